// Reports of Consulenze legali for consultants (their districts) and admins (all): over the last
// 12 months (Rome time), requests per month and category, time to first response, replies within
// the service level, requests now overdue and the guardians' ratings. Everything is computed with
// SQL aggregates; consultation_notes is never read, and no guardian's name is ever returned.
import { and, count, desc, eq, gte, isNotNull, lt, ne, sql } from "drizzle-orm";
import { consultationMessages, consultations } from "../../../db/schema";
import { db } from "~/db.server";
import type { CurrentUser } from "~/modules/auth/user.server";
import { romeLocalToUtc } from "~/utils/dates";
import { romeDate, workingDaysBetween } from "~/utils/working-days";
import { CATEGORIES, type ConsultationCategory } from "./constants";
import { deskCounts, deskScope } from "./desk.server";

type Who = Pick<CurrentUser, "id" | "roles">;

export const REPORT_MONTHS = 12;
export const REPORT_COMMENTS = 10;

const month = (column: unknown) => sql<string>`to_char(${column} at time zone 'Europe/Rome', 'YYYY-MM')`;
const day = (column: unknown) => sql<string>`to_char(${column} at time zone 'Europe/Rome', 'YYYY-MM-DD')`;

/** The last `n` months as YYYY-MM, oldest first, ending with the current Rome month. */
export function reportMonths(now: Date, n = REPORT_MONTHS): string[] {
  const today = romeDate(now);
  const out: string[] = [];
  for (let i = n - 1; i >= 0; i--) {
    const index = today.year * 12 + (today.month - 1) - i;
    out.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`);
  }
  return out;
}

export interface MonthRow {
  month: string;
  requests: number;
  /** Consultants' replies that were owed (due_at set), and those in time. */
  replies: number;
  onTime: number;
}

export interface ConsultationReport {
  from: Date;
  to: Date;
  months: MonthRow[];
  categories: { category: ConsultationCategory; requests: number }[];
  total: number;
  firstResponse: { count: number; medianHours: number | null; medianWorkingDays: number | null };
  sla: { replies: number; onTime: number };
  overdue: number;
  ratings: {
    count: number;
    average: number | null;
    distribution: { score: number; count: number }[];
    comments: { score: number; comment: string; ratedAt: Date; category: ConsultationCategory }[];
  };
}

/** Median of a distribution given as (value, weight) pairs, as percentile_cont(0.5) would give it. */
export function weightedMedian(pairs: readonly { value: number; weight: number }[]): number | null {
  const sorted = [...pairs].filter((p) => p.weight > 0).sort((a, b) => a.value - b.value);
  const n = sorted.reduce((sum, p) => sum + p.weight, 0);
  if (n === 0) return null;
  const at = (rank: number) => {
    let seen = 0;
    for (const p of sorted) {
      seen += p.weight;
      if (rank < seen) return p.value;
    }
    return sorted[sorted.length - 1].value;
  };
  return n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
}

/** The report for the user's districts, or one of them; null when the user may see none of it. */
export async function consultationReport(user: Who, options: { district?: string; now?: Date } = {}): Promise<ConsultationReport | null> {
  const now = options.now ?? new Date();
  const where = deskScope(user, options.district);
  if (where === false) return null;
  const months = reportMonths(now);
  const from = romeLocalToUtc(`${months[0]}-01`, "00:00")!;
  const created = and(where, gte(consultations.createdAt, from), lt(consultations.createdAt, now));
  const rated = and(where, isNotNull(consultations.ratingScore), gte(consultations.ratedAt, from), lt(consultations.ratedAt, now));
  const responded = and(created, isNotNull(consultations.firstResponseAt));
  const hours = sql`extract(epoch from (${consultations.firstResponseAt} - ${consultations.createdAt})) / 3600.0`;

  const [perMonthCategory, [first], responseDays, replies, distribution, comments, counts] = await Promise.all([
    db()
      .select({ month: month(consultations.createdAt), category: consultations.category, n: count() })
      .from(consultations)
      .where(created)
      .groupBy(month(consultations.createdAt), consultations.category),
    db()
      .select({
        n: count(),
        median: sql<number | null>`percentile_cont(0.5) within group (order by ${hours})`.mapWith((v) => (v === null ? null : Number(v))),
      })
      .from(consultations)
      .where(responded),
    // Working days depend on the calendar: grouped by (district, day filed, day answered), so
    // that the loop below runs over day pairs, never over requests.
    db()
      .select({ district: consultations.districtCode, filed: day(consultations.createdAt), answered: day(consultations.firstResponseAt), n: count() })
      .from(consultations)
      .where(responded)
      .groupBy(consultations.districtCode, day(consultations.createdAt), day(consultations.firstResponseAt)),
    db()
      .select({
        month: month(consultationMessages.createdAt),
        n: count(),
        onTime: sql<number>`count(*) filter (where ${consultationMessages.onTime})`.mapWith(Number),
      })
      .from(consultationMessages)
      .innerJoin(consultations, eq(consultations.id, consultationMessages.consultationId))
      .where(and(where, isNotNull(consultationMessages.dueAt), gte(consultationMessages.createdAt, from), lt(consultationMessages.createdAt, now)))
      .groupBy(month(consultationMessages.createdAt)),
    db()
      .select({ score: consultations.ratingScore, n: count() })
      .from(consultations)
      .where(rated)
      .groupBy(consultations.ratingScore),
    db()
      .select({ score: consultations.ratingScore, comment: consultations.ratingComment, ratedAt: consultations.ratedAt, category: consultations.category })
      .from(consultations)
      .where(and(rated, isNotNull(consultations.ratingComment), ne(consultations.ratingComment, "")))
      .orderBy(desc(consultations.ratedAt))
      .limit(REPORT_COMMENTS),
    deskCounts(user, now, options.district),
  ]);

  const byMonth = new Map(months.map((m) => [m, { month: m, requests: 0, replies: 0, onTime: 0 }]));
  const byCategory = new Map<ConsultationCategory, number>(CATEGORIES.map((c) => [c, 0]));
  for (const r of perMonthCategory) {
    const row = byMonth.get(r.month);
    if (row) row.requests += r.n;
    byCategory.set(r.category, (byCategory.get(r.category) ?? 0) + r.n);
  }
  for (const r of replies) {
    const row = byMonth.get(r.month);
    if (row) Object.assign(row, { replies: r.n, onTime: r.onTime });
  }
  const noon = (d: string) => romeLocalToUtc(d, "12:00")!;
  const medianWorkingDays = weightedMedian(
    responseDays.map((r) => ({ value: workingDaysBetween(noon(r.filed), noon(r.answered), r.district), weight: r.n })),
  );
  const scores = [1, 2, 3, 4, 5].map((score) => ({ score, count: distribution.find((d) => d.score === score)?.n ?? 0 }));
  const ratedCount = scores.reduce((sum, s) => sum + s.count, 0);
  const monthRows = [...byMonth.values()];
  return {
    from,
    to: now,
    months: monthRows,
    categories: CATEGORIES.map((category) => ({ category, requests: byCategory.get(category) ?? 0 })),
    total: monthRows.reduce((sum, m) => sum + m.requests, 0),
    firstResponse: { count: first?.n ?? 0, medianHours: first?.median ?? null, medianWorkingDays },
    sla: { replies: monthRows.reduce((s, m) => s + m.replies, 0), onTime: monthRows.reduce((s, m) => s + m.onTime, 0) },
    overdue: counts.overdue,
    ratings: {
      count: ratedCount,
      average: ratedCount ? scores.reduce((sum, s) => sum + s.score * s.count, 0) / ratedCount : null,
      distribution: scores,
      comments: comments.map((c) => ({ score: c.score!, comment: c.comment!, ratedAt: c.ratedAt!, category: c.category })),
    },
  };
}

