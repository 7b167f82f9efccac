// The consultants' desk: the queue of a district's requests with filters, sorted by due date,
// the "due within 24 hours" and "overdue" lists, and counts per status.
import { and, asc, count, eq, gt, inArray, isNotNull, isNull, lte, sql, type SQL } from "drizzle-orm";
import { consultations, minors, users } from "../../../db/schema";
import { db } from "~/db.server";
import type { DistrictCode } from "~/modules/auth/roles";
import type { CurrentUser } from "~/modules/auth/user.server";
import { CLOCK_STATUSES, OPEN_STATUSES, STATUSES, type ConsultationStatus } from "./constants";
import { deskDistricts } from "./policy.server";
import type { QueueQuery } from "./schema";

type Who = Pick<CurrentUser, "id" | "roles">;

export const QUEUE_PAGE_SIZE = 25;
const HOUR = 3600 * 1000;
const ALL_DISTRICTS: readonly DistrictCode[] = ["MI", "BS"];

/** The condition limiting requests to the user's desk districts (and the chosen one); false when none. */
export function deskScope(user: Who, district?: string): SQL | undefined | false {
  return scope(user, district);
}

/** Districts the user may pick in a district filter (admins: both; consultants: their own). */
export function deskDistrictChoices(user: Who): DistrictCode[] {
  const districts = deskDistricts(user);
  return districts === "all" ? [...ALL_DISTRICTS] : districts;
}

function scope(user: Who, district?: string): SQL | undefined | false {
  const districts = deskDistricts(user);
  if (districts === "all") return district ? eq(consultations.districtCode, district) : undefined;
  const allowed = district ? districts.filter((d) => d === district) : districts;
  if (allowed.length === 0) return false;
  return inArray(consultations.districtCode, allowed);
}

/** Requests whose response is due within the next 24 hours (clock running). */
function due24h(now: Date): SQL {
  return and(
    inArray(consultations.status, [...CLOCK_STATUSES]),
    isNull(consultations.pausedAt),
    gt(consultations.dueAt, now),
    lte(consultations.dueAt, new Date(now.getTime() + 24 * HOUR)),
  )!;
}

/** Requests whose response is overdue (clock running). */
function overdue(now: Date): SQL {
  return and(inArray(consultations.status, [...CLOCK_STATUSES]), isNull(consultations.pausedAt), isNotNull(consultations.dueAt), lte(consultations.dueAt, now))!;
}

export async function queue(user: Who, query: QueueQuery, now = new Date()) {
  const where = scope(user, query.district);
  if (where === false) return { rows: [], total: 0, page: 1, pages: 1 };
  const filters: (SQL | undefined)[] = [where];
  if (query.list === "due24h") filters.push(due24h(now));
  else if (query.list === "overdue") filters.push(overdue(now));
  else if (query.status === "open") filters.push(inArray(consultations.status, [...OPEN_STATUSES]));
  else if (query.status !== "all") filters.push(eq(consultations.status, query.status));
  if (query.category) filters.push(eq(consultations.category, query.category));
  if (query.urgency) filters.push(eq(consultations.urgent, query.urgency === "urgent"));
  if (query.assignee === "me") filters.push(eq(consultations.assigneeId, user.id));
  else if (query.assignee === "none") filters.push(isNull(consultations.assigneeId));
  else if (query.assignee) filters.push(eq(consultations.assigneeId, query.assignee));
  const condition = and(...filters);
  const [{ total }] = await db().select({ total: count() }).from(consultations).where(condition);
  const pages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  // Looked up for the page's rows only, after sorting (a join made PostgreSQL read every minor).
  const assignee = sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${consultations.assigneeId})`;
  const minorCode = sql<string | null>`(select ${minors.code} from ${minors} where ${minors.id} = ${consultations.minorId})`;
  const rows = await db()
    .select({
      id: consultations.id,
      number: consultations.number,
      districtCode: consultations.districtCode,
      subject: consultations.subject,
      category: consultations.category,
      status: consultations.status,
      urgent: consultations.urgent,
      deadlineDate: consultations.deadlineDate,
      dueAt: consultations.dueAt,
      pausedAt: consultations.pausedAt,
      assigneeId: consultations.assigneeId,
      assigneeName: assignee,
      minorCode,
      createdAt: consultations.createdAt,
      lastActivityAt: consultations.lastActivityAt,
    })
    .from(consultations)
    .where(condition)
    // By due date: paused and nothing-owed requests after those with a running clock.
    .orderBy(sql`case when ${consultations.pausedAt} is null then ${consultations.dueAt} end asc nulls last`, asc(consultations.createdAt))
    .limit(QUEUE_PAGE_SIZE)
    .offset((page - 1) * QUEUE_PAGE_SIZE);
  return { rows, total, page, pages };
}

/** Counts per status, and the sizes of the two service-level lists, in the user's districts. */
export async function deskCounts(user: Who, now = new Date(), district?: string) {
  const where = scope(user, district);
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ConsultationStatus, number>;
  if (where === false) return { byStatus, due24h: 0, overdue: 0 };
  // Two aggregates in one statement: the counts per status read the (district, status, due)
  // index alone; only the requests with a running clock are read for the two lists (issue 7: one
  // filtered aggregate read every request of the district, closed ones included).
  const clock = and(where, inArray(consultations.status, [...CLOCK_STATUSES]));
  const rows = await db()
    .select({
      status: sql<ConsultationStatus | null>`${consultations.status}`,
      n: count(),
      due24h: sql<number>`0`.mapWith(Number),
      overdue: sql<number>`0`.mapWith(Number),
    })
    .from(consultations)
    .where(where)
    .groupBy(consultations.status)
    .unionAll(
      db()
        .select({
          status: sql<ConsultationStatus | null>`null`,
          n: sql<number>`0`.mapWith(Number),
          due24h: sql<number>`count(*) filter (where ${due24h(now)})`.mapWith(Number),
          overdue: sql<number>`count(*) filter (where ${overdue(now)})`.mapWith(Number),
        })
        .from(consultations)
        .where(clock),
    );
  let soon = 0;
  let late = 0;
  for (const r of rows) {
    if (r.status !== null) byStatus[r.status] = r.n;
    soon += r.due24h;
    late += r.overdue;
  }
  return { byStatus, due24h: soon, overdue: late };
}

/** Consultants that requests in the user's districts can be filtered by (assignee filter). */
export async function assigneeOptions(user: Who) {
  const where = scope(user);
  if (where === false) return [];
  // The district's distinct assignees first (an index-only scan of consultations_district_assignee_idx),
  // then their names: not a join of every request of the district with its assignee.
  const assigned = db().selectDistinct({ id: consultations.assigneeId }).from(consultations).where(and(where, isNotNull(consultations.assigneeId)));
  return db()
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, assigned))
    .orderBy(asc(users.name));
}
