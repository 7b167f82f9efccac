// The user administration without zod: roles, districts and statuses of the list's filters, its
// addresses, the forms' intents and outcomes (the browser loads this module; the schemas are in
// ./schema.server).
import type { DistrictCode, Role } from "~/modules/auth/roles";

export const ROLE_LIST = ["candidate", "guardian", "trainer", "legal_consultant", "coordinator", "admin"] as const satisfies readonly Role[];
export const DISTRICT_LIST = ["MI", "BS"] as const satisfies readonly DistrictCode[];
export const PAGE_SIZE = 25;

/** Italian words used in the query string (?ruolo=tutore); English role keys are accepted too. */
export const ROLE_SLUGS: Record<Role, string> = {
  candidate: "aspirante",
  guardian: "tutore",
  trainer: "formatore",
  legal_consultant: "consulente",
  coordinator: "coordinatore",
  admin: "amministratore",
};
export const STATUS_LIST = ["attivi", "disabilitati"] as const;
export type UserStatus = (typeof STATUS_LIST)[number];

export interface UserListQuery {
  q: string;
  role: Role | null;
  district: DistrictCode | null;
  status: UserStatus | null;
  page: number;
}

/** The canonical address of a list page: only non-default parameters, always in the same order. */
export function userListHref(query: UserListQuery, overrides: Partial<UserListQuery> = {}): string {
  const merged = { ...query, ...overrides };
  const params = new URLSearchParams();
  if (merged.q) params.set("q", merged.q);
  if (merged.role) params.set("ruolo", ROLE_SLUGS[merged.role]);
  if (merged.district) params.set("distretto", merged.district);
  if (merged.status) params.set("stato", merged.status);
  if (merged.page > 1) params.set("pagina", String(merged.page));
  const search = params.toString();
  return search ? `/amministrazione?${search}` : "/amministrazione";
}

export const INTENTS = ["grant", "revoke", "disable", "enable"] as const;
export type Intent = (typeof INTENTS)[number];

/** Outcomes shown after a redirect (?esito=…), so a reload does not repeat the change. */
export const OUTCOMES = ["ruolo-assegnato", "ruolo-revocato", "disabilitato", "riabilitato"] as const;
export type Outcome = (typeof OUTCOMES)[number];
