// Zod schemas of the user administration: list filters from the query string, the user id, the forms.
import * as z from "zod";
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
const ROLE_BY_SLUG = new Map<string, Role>(
  ROLE_LIST.flatMap((role) => [
    [ROLE_SLUGS[role], role],
    [role, role],
  ]),
);

export const STATUS_LIST = ["attivi", "disabilitati"] as const;
export type UserStatus = (typeof STATUS_LIST)[number];

export interface UserListQuery {
  q: string;
  role: Role | null;
  district: DistrictCode | null;
  status: UserStatus | null;
  page: number;
}

const qSchema = z.string().trim().max(100);
const roleSchema = z.string().trim().toLowerCase().transform((v, ctx) => {
  const role = ROLE_BY_SLUG.get(v);
  if (!role) {
    ctx.addIssue({ code: "custom", message: "admin.list.badFilter" });
    return z.NEVER;
  }
  return role;
});
const districtSchema = z.string().trim().toUpperCase().pipe(z.enum(DISTRICT_LIST));
const statusSchema = z.string().trim().toLowerCase().pipe(z.enum(STATUS_LIST));
const pageSchema = z.string().trim().regex(/^\d{1,6}$/).transform(Number).pipe(z.number().int().min(1));

/**
 * Reads ?q=&ruolo=&distretto=&stato=&pagina=. A value that does not parse is ignored (the default
 * is used) and its parameter name is reported, so the page can say so instead of failing.
 */
export function parseUserListQuery(params: URLSearchParams): { query: UserListQuery; ignored: string[] } {
  const ignored: string[] = [];
  function read<T>(name: string, schema: z.ZodType<T>, fallback: T): T {
    const raw = params.get(name);
    if (raw === null || raw.trim() === "") return fallback;
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    ignored.push(name);
    return fallback;
  }
  return {
    query: {
      q: read("q", qSchema, ""),
      role: read<Role | null>("ruolo", roleSchema, null),
      district: read<DistrictCode | null>("distretto", districtSchema, null),
      status: read<UserStatus | null>("stato", statusSchema, null),
      page: read("pagina", pageSchema, 1),
    },
    ignored,
  };
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

export const userIdParam = z.object({ id: z.uuid() });

const optionalDistrict = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? v.trim().toUpperCase() : undefined),
  z.enum(DISTRICT_LIST, { error: "validation.district" }).optional(),
);

export const grantSchema = z
  .object({
    intent: z.literal("grant"),
    role: z.enum(ROLE_LIST, { error: "admin.grant.roleRequired" }),
    district: optionalDistrict,
  })
  .superRefine((v, ctx) => {
    if (v.role === "admin" && v.district) {
      ctx.addIssue({ code: "custom", path: ["district"], message: "admin.grant.adminNoDistrict" });
    }
    if (v.role !== "admin" && !v.district) {
      ctx.addIssue({ code: "custom", path: ["district"], message: "admin.grant.districtRequired" });
    }
  })
  .transform((v) => ({ intent: v.intent, role: v.role, district: v.role === "admin" ? null : (v.district ?? null) }));

export const revokeSchema = z.object({
  intent: z.literal("revoke"),
  grantId: z.uuid({ error: "admin.revoke.unknown" }),
});

export const disableSchema = z.object({
  intent: z.literal("disable"),
  reason: z
    .string({ error: "admin.disable.reasonRequired" })
    .trim()
    .min(1, "admin.disable.reasonRequired")
    .max(500, "admin.disable.reasonTooLong"),
});

export const enableSchema = z.object({ intent: z.literal("enable") });

export const INTENTS = ["grant", "revoke", "disable", "enable"] as const;
export type Intent = (typeof INTENTS)[number];
export const intentSchema = z.enum(INTENTS);

/** Outcomes shown after a redirect (?esito=…), so a reload does not repeat the change. */
export const OUTCOMES = ["ruolo-assegnato", "ruolo-revocato", "disabilitato", "riabilitato"] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const outcomeSchema = z.enum(OUTCOMES);
