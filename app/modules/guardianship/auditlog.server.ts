// The audit log as admins (every district) and district coordinators (their districts) read it:
// filters from the address (minor's code, action, dates), newest first, 50 a page. Entries show
// who, when, what and the minor's code — never the details' contents, never a minor's name.
import { and, count, desc, eq, gte, inArray, like, lt, or, sql, type SQL } from "drizzle-orm";
import * as z from "zod";
import { auditLog, minors, users } from "../../../db/schema";
import { db } from "~/db.server";
import { isMessageKey, type MessageKey } from "~/i18n";
import { requireUser } from "~/modules/auth/policy.server";
import type { DistrictCode } from "~/modules/auth/roles";
import type { CurrentUser } from "~/modules/auth/user.server";
import type { FieldErrors } from "~/utils/forms";
import { romeLocalToUtc } from "~/utils/dates";
import { forbidden } from "~/utils/http.server";
import { addDays } from "./deadlines";
import { auditDistricts } from "./policy.server";
import { isValidDate } from "./schema";

export const AUDIT_PAGE_SIZE = 50;

/** The choices of the action filter: single actions and families ("appointment.*", "*.export"). */
export const ACTION_FILTERS = [
  "minor.read",
  "minor.create",
  "minor.update",
  "minor.close",
  "appointment.*",
  "deadline.*",
  "flag.*",
  "note.add",
  "guardian.*",
  "*.export",
] as const;
export type ActionFilter = (typeof ACTION_FILTERS)[number];

const CODE_RE = /^[A-Z]{2}-\d{4}-\d{4,}$/;
const districtParam = z.enum(["MI", "BS"]);
const codeParam = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .pipe(z.string().regex(CODE_RE, "tutelastats.log.error.code"));
const dateParam = z.string().trim().refine(isValidDate, "tutelastats.log.error.date");
const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);
const actionParam = z.enum(ACTION_FILTERS);

export interface AuditQuery {
  district: DistrictCode | null;
  code: string | null;
  action: ActionFilter | null;
  from: string | null;
  to: string | null;
  page: number;
}

/**
 * Reads the filters from the address. A bad code or date is reported next to its field and left
 * out of the search; an unknown action or page is ignored.
 */
export function parseAuditQuery(params: URLSearchParams): { query: AuditQuery; errors: FieldErrors; values: Record<string, string> } {
  const errors: FieldErrors = {};
  const raw = (name: string) => (params.get(name) ?? "").trim();
  const field = <T>(name: string, schema: z.ZodType<T>): T | null => {
    const value = raw(name);
    if (!value) return null;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    errors[name] = (parsed.error.issues[0]?.message ?? "tutelastats.log.error.date") as MessageKey;
    return null;
  };
  const district = districtParam.safeParse(raw("distretto"));
  const action = actionParam.safeParse(raw("azione"));
  const query: AuditQuery = {
    district: district.success ? district.data : null,
    code: field("codice", codeParam),
    action: action.success ? action.data : null,
    from: field("dal", dateParam),
    to: field("al", dateParam),
    page: pageParam.parse(raw("pagina") || 1),
  };
  if (query.from && query.to && query.to < query.from) {
    errors.al = "tutelastats.log.error.range";
    query.to = null;
  }
  const values = Object.fromEntries(["distretto", "codice", "azione", "dal", "al"].map((k) => [k, raw(k)]));
  return { query, errors, values };
}

/** The signed-in admin or coordinator and the districts whose entries they read; others 403. */
export async function requireAuditLog(request: Request): Promise<{ user: CurrentUser; scope: DistrictCode[] | "all" }> {
  const user = await requireUser(request);
  const scope = auditDistricts(user);
  if (scope !== "all" && scope.length === 0) forbidden();
  return { user, scope };
}

function actionCondition(action: ActionFilter): SQL {
  if (action.startsWith("*.")) return like(auditLog.action, `%${action.slice(1)}`);
  if (action.endsWith(".*")) return like(auditLog.action, `${action.slice(0, -1)}%`);
  return eq(auditLog.action, action);
}

function conditions(scope: DistrictCode[] | "all", query: AuditQuery): SQL | undefined {
  const fromAt = query.from ? romeLocalToUtc(query.from, "00:00") : null;
  const toAt = query.to ? romeLocalToUtc(addDays(query.to, 1), "00:00") : null;
  return and(
    // Only Tutele's entries: the log is shared with other areas (e.g. reads of confidential
    // consultations by legal consultants), which coordinators must not learn about here.
    or(
      eq(auditLog.entityType, "minor"),
      like(auditLog.action, "guardian.%"),
      inArray(auditLog.action, ["minors.export", "guardians.export", "dashboard.export"]),
    ),
    scope === "all" ? undefined : inArray(auditLog.districtCode, scope),
    query.district ? eq(auditLog.districtCode, query.district) : undefined,
    query.action ? actionCondition(query.action) : undefined,
    query.code
      ? or(
          sql`${auditLog.details}->>'code' = ${query.code}`,
          and(eq(auditLog.entityType, "minor"), sql`${auditLog.entityId} in (select mc.id::text from ${minors} mc where mc.code = ${query.code})`),
        )
      : undefined,
    fromAt ? gte(auditLog.createdAt, fromAt) : undefined,
    toAt ? lt(auditLog.createdAt, toAt) : undefined,
  );
}

export interface AuditRow {
  id: string;
  at: Date;
  actorName: string | null;
  action: string;
  /** The catalog key of the action's label, when there is one. */
  actionKey: MessageKey | null;
  code: string | null;
  district: string | null;
}

/** The label of an action: its own, its family's ("deadline.*"), or none (the raw action is shown). */
export function actionLabelKey(action: string): MessageKey | null {
  const own = `tutelastats.action.${action}`;
  if (isMessageKey(own)) return own;
  const family = action.endsWith(".export") ? "tutelastats.action.*.export" : `tutelastats.action.${action.split(".")[0]}.*`;
  return isMessageKey(family) ? family : null;
}

/** One page of the log (two queries: the count and the rows). */
export async function auditPage(scope: DistrictCode[] | "all", query: AuditQuery) {
  const where = conditions(scope, query);
  const [{ total }] = await db().select({ total: count() }).from(auditLog).where(where);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const rows = await db()
    .select({
      id: auditLog.id,
      at: auditLog.createdAt,
      actorName: users.name,
      action: auditLog.action,
      code: sql<string | null>`coalesce(${auditLog.details}->>'code', ${minors.code})`,
      district: auditLog.districtCode,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(minors, and(eq(auditLog.entityType, "minor"), sql`${minors.id}::text = ${auditLog.entityId}`))
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE);
  const entries: AuditRow[] = rows.map((r) => ({
    ...r,
    code: r.code && CODE_RE.test(r.code) ? r.code : null,
    actionKey: actionLabelKey(r.action),
  }));
  return { entries, total, page, pages };
}
