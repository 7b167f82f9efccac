// The coordinators' dashboard: which district a request works on, the district's figures and lists
// (a fixed number of queries whatever the district holds) and the CSV export of each list, written
// to the audit log.
import { waitingSince } from "./waiting.server";
import { and, asc, desc, eq, gte, inArray, isNull, lte, ne, sql } from "drizzle-orm";
import * as z from "zod";
import { appointments, guardianProfiles, minorFlags, minors, users } from "../../../db/schema";
import { db } from "~/db.server";
import { translate, type Locale, type MessageKey } from "~/i18n";
import { recordAudit } from "~/modules/audit/log.server";
import type { DistrictCode } from "~/modules/auth/roles";
import type { CurrentUser } from "~/modules/auth/user.server";
import { trainingSummaries } from "~/modules/training/record.server";
import { csvResponse, toCsv, type CsvValue } from "~/modules/training/reports.server";
import { addYears, daysBetween } from "./deadlines";
import { romeToday } from "./minors.server";
import { caseloadDistribution, fillMonths, lastMonths, type CaseloadBucket } from "./stats";
import { TRAINING_HOURS_PER_YEAR } from "./suggestions";



// ---------------------------------------------------------------- the lists

/** Shown on the dashboard; the CSV holds them all. */
export const WAITING_SHOWN = 20;

/** Guardians behind with training shown on the dashboard; the CSV holds them all. */
export const BEHIND_SHOWN = 20;

/** Days ahead in which an 18th birthday is listed. */
export const MAJORITY_WINDOW_DAYS = 90;


export interface WaitingMinor {
  code: string;
  arrivalDate: string | null;
  daysWaiting: number;
  openProposal: boolean;
}

/** Minors of the district waiting for a guardian, longest first (one query); `total` counts them all. */
export async function waitingMinors(district: string, today: string, limit: number | null): Promise<{ rows: WaitingMinor[]; total: number }> {
  const days = sql<number>`(${today}::date - ${waitingSince})`;
  const query = db()
    .select({
      code: minors.code,
      arrivalDate: minors.arrivalDate,
      daysWaiting: days.mapWith(Number),
      // At most one open proposal per minor (a partial unique index), so the join keeps one row each.
      openProposal: sql<boolean>`(${appointments.id} is not null)`,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(minors)
    .leftJoin(appointments, and(eq(appointments.minorId, minors.id), inArray(appointments.status, ["proposed", "accepted"])))
    .where(and(eq(minors.districtCode, district), eq(minors.status, "waiting")))
    .orderBy(desc(days), asc(minors.code))
    .$dynamic();
  const rows = limit === null ? await query : await query.limit(limit);
  return {
    rows: rows.map((r) => ({ code: r.code, arrivalDate: r.arrivalDate, daysWaiting: r.daysWaiting, openProposal: Boolean(r.openProposal) })),
    total: rows[0]?.total ?? 0,
  };
}

export interface MonthMedian {
  month: string;
  medianDays: number | null;
  appointments: number;
}

/**
 * Median days from arrival to the first appointment (decree date of the first active or ended
 * appointment), by month of that decree, over the last 12 months; months without any: null.
 */
export async function appointmentDelays(district: string, today: string): Promise<MonthMedian[]> {
  const months = lastMonths(today, 12);
  const from = `${months[0]}-01`;
  const decreed = sql`${appointments.status} in ('active','ended') and ${appointments.decreeDate} is not null`;
  // The period's decrees first (an index on the decree date), each kept only when no earlier decree
  // of the same minor exists: the district's whole history is not read on every view (issue 7).
  const firsts = db()
    .selectDistinctOn([minors.id], {
      // From arrival (or registration) to the first decree: not the restart after a revocation.
      since: sql<string>`coalesce(${minors.arrivalDate}, (${minors.createdAt} at time zone 'Europe/Rome')::date)`.as("since"),
      appointed: sql<string>`${appointments.decreeDate}`.as("appointed"),
    })
    .from(appointments)
    .innerJoin(minors, eq(minors.id, appointments.minorId))
    .where(
      and(
        decreed,
        eq(minors.districtCode, district),
        gte(appointments.decreeDate, from),
        lte(appointments.decreeDate, today),
        sql`not exists (select 1 from ${appointments} earlier where earlier.minor_id = ${appointments.minorId}
          and earlier.status in ('active','ended') and earlier.decree_date < ${appointments.decreeDate})`,
      ),
    )
    .orderBy(minors.id)
    .as("firsts");
  const month = sql<string>`to_char(${firsts.appointed}, 'YYYY-MM')`;
  const rows = await db()
    .select({
      month,
      medianDays: sql<number>`percentile_cont(0.5) within group (order by (${firsts.appointed} - ${firsts.since}))`.mapWith(Number),
      appointments: sql<number>`count(*)`.mapWith(Number),
    })
    .from(firsts)
    .groupBy(month);
  return fillMonths(months, rows).map(({ month: m, row }) => ({
    month: m,
    medianDays: row ? Math.round(row.medianDays * 10) / 10 : null,
    appointments: row?.appointments ?? 0,
  }));
}

export interface ListedGuardian {
  userId: string;
  name: string;
  available: boolean;
  maxMinors: number;
  activeMinors: number;
  openAppointments: number;
}

/** The district's listed guardians with their active and open (proposed, accepted, active) appointments. */
export async function listedGuardians(district: string): Promise<ListedGuardian[]> {
  const rows = await db()
    .select({
      userId: guardianProfiles.userId,
      name: users.name,
      available: guardianProfiles.available,
      disabledAt: users.disabledAt,
      maxMinors: guardianProfiles.maxMinors,
      activeMinors: sql<number>`counts.active`.mapWith(Number),
      openAppointments: sql<number>`counts.total`.mapWith(Number),
    })
    .from(guardianProfiles)
    .innerJoin(users, eq(users.id, guardianProfiles.userId))
    // Each guardian's open appointments read once, both counts from the same rows.
    .innerJoin(
      sql`lateral (select count(*) filter (where ap.status = 'active') as active, count(*) as total from ${appointments} ap
        where ap.guardian_id = ${guardianProfiles.userId} and ap.status in ('proposed','accepted','active')) counts`,
      sql`true`,
    )
    .where(and(eq(guardianProfiles.districtCode, district), eq(guardianProfiles.state, "listed")))
    .orderBy(asc(users.name));
  return rows.map((r) => ({
    userId: r.userId,
    name: r.name,
    available: r.available && r.disabledAt === null,
    maxMinors: r.maxMinors,
    activeMinors: r.activeMinors,
    openAppointments: r.openAppointments,
  }));
}

export interface GuardianFigures {
  listed: number;
  /**
   * Who could be proposed today, as the suggestions decide: listed, available, with the mandatory
   * course, under their cap (counting open proposals, as the cap does).
   */
  available: number;
  /** With at least one active minor. */
  active: number;
  distribution: { bucket: CaseloadBucket; guardians: number }[];
}

export function guardianFigures(guardians: readonly ListedGuardian[], untrained: ReadonlySet<string> = new Set()): GuardianFigures {
  return {
    listed: guardians.length,
    available: guardians.filter((g) => g.available && !untrained.has(g.userId) && g.openAppointments < g.maxMinors).length,
    active: guardians.filter((g) => g.activeMinors > 0).length,
    distribution: caseloadDistribution(guardians.map((g) => g.activeMinors)),
  };
}

export interface TrainingBehind {
  userId: string;
  name: string;
  mandatoryCompleted: boolean;
  hoursThisYear: number;
}

/** Listed guardians without the mandatory course or short of this year's hours (one query). */
export async function trainingBehind(guardians: readonly ListedGuardian[], now: Date): Promise<TrainingBehind[]> {
  const summaries = await trainingSummaries(guardians.map((g) => g.userId), now);
  return guardians
    .map((g) => ({
      userId: g.userId,
      name: g.name,
      mandatoryCompleted: summaries.get(g.userId)?.mandatoryCompleted ?? false,
      hoursThisYear: summaries.get(g.userId)?.hoursThisYear ?? 0,
    }))
    .filter((g) => !g.mandatoryCompleted || g.hoursThisYear < TRAINING_HOURS_PER_YEAR);
}

export interface TurningEighteen {
  code: string;
  birthday: string;
  daysLeft: number;
  guardianName: string | null;
}

/** Minors of the district (not ended) whose 18th birthday falls within the next 90 days, soonest first. */
export async function turningEighteen(district: string, today: string): Promise<TurningEighteen[]> {
  // A day of margin either side in SQL; the exact anniversary (29 February → 1 March) comes from addYears.
  const rows = await db()
    .select({ code: minors.code, birthDate: minors.birthDate, guardianName: users.name })
    .from(minors)
    .leftJoin(appointments, and(eq(appointments.minorId, minors.id), eq(appointments.status, "active")))
    .leftJoin(users, eq(users.id, appointments.guardianId))
    .where(
      and(
        eq(minors.districtCode, district),
        ne(minors.status, "ended"),
        sql`${minors.birthDate} > (${today}::date - interval '18 years' - interval '2 days')`,
        sql`${minors.birthDate} <= (${today}::date + interval '${sql.raw(String(MAJORITY_WINDOW_DAYS + 2))} days' - interval '18 years')`,
      ),
    );
  return rows
    .flatMap((r) => {
      if (!r.birthDate) return [];
      const birthday = addYears(r.birthDate, 18);
      const daysLeft = daysBetween(today, birthday);
      return daysLeft >= 0 && daysLeft <= MAJORITY_WINDOW_DAYS ? [{ code: r.code, birthday, daysLeft, guardianName: r.guardianName }] : [];
    })
    .sort((a, b) => a.daysLeft - b.daysLeft || a.code.localeCompare(b.code));
}

export interface OpenFlag {
  code: string;
  reason: string;
  addressBy: string | null;
  raisedAt: Date;
  overdue: boolean;
}

/** Open flags on the district's minors, the earliest "address by" first (one query). */
export async function openFlags(district: string, today: string): Promise<OpenFlag[]> {
  const rows = await db()
    .select({ code: minors.code, reason: minorFlags.reason, addressBy: minorFlags.addressBy, raisedAt: minorFlags.raisedAt })
    .from(minorFlags)
    .innerJoin(minors, eq(minors.id, minorFlags.minorId))
    .where(and(eq(minors.districtCode, district), isNull(minorFlags.removedAt)))
    .orderBy(sql`${minorFlags.addressBy} asc nulls last`, asc(minorFlags.raisedAt));
  return rows.map((r) => ({ ...r, overdue: r.addressBy !== null && r.addressBy < today }));
}

// ---------------------------------------------------------------- the dashboard

export async function dashboard(district: DistrictCode, now = new Date()) {
  const today = romeToday(now);
  const [waiting, delays, guardians, eighteen, flags] = await Promise.all([
    waitingMinors(district, today, WAITING_SHOWN),
    appointmentDelays(district, today),
    listedGuardians(district),
    turningEighteen(district, today),
    openFlags(district, today),
  ]);
  const behind = await trainingBehind(guardians, now);
  const untrained = new Set(behind.filter((b) => !b.mandatoryCompleted).map((b) => b.userId));
  // A district of hundreds of guardians would list hundreds here (issue 7: a 170 KB page): the
  // furthest behind are shown, the CSV holds them all.
  const furthestBehind = [...behind]
    .sort((a, b) => Number(a.mandatoryCompleted) - Number(b.mandatoryCompleted) || a.hoursThisYear - b.hoursThisYear || a.name.localeCompare(b.name, "it"))
    .slice(0, BEHIND_SHOWN);
  return {
    today,
    waiting,
    delays,
    guardians: guardianFigures(guardians, untrained),
    eighteen,
    behind: { rows: furthestBehind, total: behind.length },
    flags,
    hoursPerYear: TRAINING_HOURS_PER_YEAR,
  };
}

export type Dashboard = Awaited<ReturnType<typeof dashboard>>;

// ---------------------------------------------------------------- CSV

export const EXPORT_LISTS = ["attesa", "diciottesimo", "formazione", "segnalazioni"] as const;
export type ExportList = (typeof EXPORT_LISTS)[number];
export const exportListParam = z.enum(EXPORT_LISTS);

/** dd/mm/yyyy from a calendar date, as spreadsheets on Italian settings read it. */
const csvCalendarDate = (date: string | null) => (date ? date.split("-").reverse().join("/") : "");

async function exportRows(list: ExportList, district: DistrictCode, locale: Locale, now: Date): Promise<{ header: MessageKey[]; rows: CsvValue[][] }> {
  const t = (key: MessageKey) => translate(locale, key);
  const today = romeToday(now);
  switch (list) {
    case "attesa": {
      const { rows } = await waitingMinors(district, today, null);
      return {
        header: ["tutelastats.csv.code", "tutelastats.csv.arrival", "tutelastats.csv.daysWaiting", "tutelastats.csv.openProposal"],
        rows: rows.map((r) => [r.code, csvCalendarDate(r.arrivalDate), r.daysWaiting, t(r.openProposal ? "tutelastats.yes" : "tutelastats.no")]),
      };
    }
    case "diciottesimo": {
      const rows = await turningEighteen(district, today);
      return {
        header: ["tutelastats.csv.code", "tutelastats.csv.birthday", "tutelastats.csv.daysLeft", "tutelastats.csv.guardian"],
        rows: rows.map((r) => [r.code, csvCalendarDate(r.birthday), r.daysLeft, r.guardianName]),
      };
    }
    case "formazione": {
      const rows = await trainingBehind(await listedGuardians(district), now);
      return {
        header: ["tutelastats.csv.guardian", "tutelastats.csv.mandatory", "tutelastats.csv.hoursThisYear"],
        rows: rows.map((r) => [r.name, t(r.mandatoryCompleted ? "tutelastats.yes" : "tutelastats.no"), r.hoursThisYear]),
      };
    }
    case "segnalazioni": {
      const rows = await openFlags(district, today);
      return {
        header: ["tutelastats.csv.code", "tutelastats.csv.reason", "tutelastats.csv.addressBy", "tutelastats.csv.overdue"],
        rows: rows.map((r) => [r.code, r.reason, csvCalendarDate(r.addressBy), t(r.overdue ? "tutelastats.yes" : "tutelastats.no")]),
      };
    }
  }
}

/** One list of the dashboard as a CSV download; each export is written to the audit log first. */
export async function exportDashboardList(
  actor: Pick<CurrentUser, "id">,
  district: DistrictCode,
  list: ExportList,
  locale: Locale,
  now = new Date(),
): Promise<Response> {
  const { header, rows } = await exportRows(list, district, locale, now);
  await recordAudit({
    actorId: actor.id,
    action: "dashboard.export",
    entityType: "district",
    entityId: district,
    districtCode: district,
    details: { list, rows: rows.length },
  });
  const body = toCsv([header.map((key) => translate(locale, key)), ...rows]);
  return csvResponse(`${list}-${district}-${romeToday(now)}.csv`, body);
}
