// Zod schemas of the user administration (server only): list filters from the query string, the
// user id, the forms.
import * as z from "zod";
import type { DistrictCode, Role } from "~/modules/auth/roles";
import { DISTRICT_LIST, INTENTS, OUTCOMES, ROLE_LIST, ROLE_SLUGS, STATUS_LIST, type UserListQuery, type UserStatus } from "./fields";

const ROLE_BY_SLUG = new Map<string, Role>(
  ROLE_LIST.flatMap((role) => [
    [ROLE_SLUGS[role], role],
    [role, role],
  ]),
);

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

export const intentSchema = z.enum(INTENTS);

export const outcomeSchema = z.enum(OUTCOMES);
