// The training record of a person (courses, certificates, events, hours) and, for many people at
// once, its summary (mandatory course done, hours this year) — each read with a fixed set of queries.
import { asc, desc, eq, sql, type SQL } from "drizzle-orm";
import {
  certificates,
  courses,
  enrolments,
  eventRegistrations,
  moduleProgress,
  moduleVersions,
  modules,
  trainingEvents,
  userRoles,
  users,
} from "../../../db/schema";
import { db, type DbOrTx } from "~/db.server";
import { TIME_ZONE } from "~/i18n";
import type { RoleGrant } from "~/modules/auth/roles";
import { moduleDone } from "./catalogue.server";
import { eventHistory } from "./events-history.server";

const yearInRome = new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone: TIME_ZONE });

/** The calendar year (in Europe/Rome) that a moment falls in. */
export function romeYear(at: Date): number {
  return Number(yearInRome.format(at));
}

const yearOf = (column: SQL) => sql`extract(year from (${column} at time zone ${TIME_ZONE}))::int`;

export interface TrainingSummary {
  userId: string;
  mandatoryCompleted: boolean;
  hoursThisYear: number;
  hoursTotal: number;
}

/**
 * Mandatory course done and training hours (certificates' course hours + attended events) for
 * many people, in ONE query. "Mandatory done": every published mandatory course is completed
 * (and there is at least one). People not found are left out of the map.
 */
export async function trainingSummaries(
  userIds: readonly string[],
  now = new Date(),
  tx: DbOrTx = db(),
): Promise<Map<string, TrainingSummary>> {
  const result = new Map<string, TrainingSummary>();
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return result;
  const year = romeYear(now);
  // Written with aliases: a one-table select leaves drizzle's column names unqualified.
  const uid = sql.raw(`"users"."id"`);
  // Each person's certificates and attended events are read once (a lateral aggregate each),
  // with this year's part as a filter of the same sum.
  const certYear = sql`${yearOf(sql`c.issued_at`)} = ${year}`;
  const eventYear = sql`${yearOf(sql`e.starts_at`)} = ${year}`;
  const rows = await tx
    .select({
      userId: users.id,
      certTotal: sql<number>`cert.total`.mapWith(Number),
      certYear: sql<number>`cert.this_year`.mapWith(Number),
      eventTotal: sql<number>`ev.total`.mapWith(Number),
      eventYear: sql<number>`ev.this_year`.mapWith(Number),
      mandatory: sql<boolean>`(
        exists (select 1 from ${courses} mc where mc.mandatory and mc.status = 'published')
        and not exists (
          select 1 from ${courses} mc where mc.mandatory and mc.status = 'published'
          and not exists (
            select 1 from ${enrolments} me where me.course_id = mc.id and me.user_id = ${uid} and me.completed_at is not null
          )
        )
      )`,
    })
    .from(users)
    .innerJoin(
      sql`lateral (select coalesce(sum(c.hours), 0) as total, coalesce(sum(c.hours) filter (where ${certYear}), 0) as this_year
        from ${certificates} c where c.user_id = ${uid}) cert`,
      sql`true`,
    )
    .innerJoin(
      sql`lateral (select coalesce(sum(e.hours), 0) as total, coalesce(sum(e.hours) filter (where ${eventYear}), 0) as this_year
        from ${eventRegistrations} r join ${trainingEvents} e on e.id = r.event_id
        where r.user_id = ${uid} and r.attended and r.status <> 'cancelled' and e.cancelled_at is null) ev`,
      sql`true`,
    )
    // One array parameter, not one per person: a district's hundreds of ids would make drizzle build
    // and PostgreSQL plan a list as long on every view (issue 7).
    .where(sql`${users.id} = any(${sql.param(ids)}::uuid[])`);
  for (const r of rows) {
    result.set(r.userId, {
      userId: r.userId,
      mandatoryCompleted: Boolean(r.mandatory),
      hoursThisYear: round1(r.certYear + r.eventYear),
      hoursTotal: round1(r.certTotal + r.eventTotal),
    });
  }
  return result;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export interface RecordCourse {
  courseId: string;
  slug: string;
  title: string;
  hours: number;
  mandatory: boolean;
  published: boolean;
  enrolledAt: Date;
  completedAt: Date | null;
  lastActivityAt: Date;
  moduleCount: number;
  doneCount: number;
}

export interface RecordCertificate {
  id: string;
  code: string;
  courseId: string;
  courseTitle: string;
  hours: number;
  issuedAt: Date;
  expiresAt: Date | null;
  state: "valid" | "expired";
  renewedBy: { code: string; courseTitle: string; issuedAt: Date } | null;
}

export interface RecordEvent {
  id: string;
  title: string;
  startsAt: Date;
  hours: number;
  mode: "in_person" | "online";
  districtCode: string;
}

export interface TrainingRecord {
  courses: RecordCourse[];
  certificates: RecordCertificate[];
  events: RecordEvent[];
  year: number;
  hoursThisYear: number;
  hoursTotal: number;
  mandatoryCompleted: boolean;
}

/** Events a person attended (attendance recorded as present, event not cancelled), newest first. */
async function attendedEvents(userId: string): Promise<RecordEvent[]> {
  const history = (await eventHistory([userId])).get(userId) ?? [];
  return history
    .filter((e) => e.attended === true && !e.eventCancelled)
    .map((e) => ({ id: e.eventId, title: e.title, startsAt: e.startsAt, hours: e.hours, mode: e.mode, districtCode: e.districtCode }));
}

/** Everything the person did in Formazione. */
export async function trainingRecord(userId: string, now = new Date()): Promise<TrainingRecord> {
  const moduleCount = sql<number>`(select count(*) from ${modules} where ${modules.courseId} = ${courses.id} and ${modules.publishedVersionId} is not null and ${modules.archivedAt} is null)`.mapWith(Number);
  const doneCount = sql<number>`(
    select count(*) from ${modules}
    join ${moduleVersions} on ${moduleVersions.id} = ${modules.publishedVersionId}
    join ${moduleProgress} on ${moduleProgress.moduleId} = ${modules.id} and ${moduleProgress.userId} = ${userId}
    where ${modules.courseId} = ${courses.id} and ${modules.archivedAt} is null and ${moduleDone}
  )`.mapWith(Number);
  // The certificates query has no join, so the outer row is named explicitly.
  const renewal = sql`(
    select json_build_object('code', later.code, 'courseTitle', later.course_title, 'issuedAt', later.issued_at)
    from ${certificates} later join ${courses} renewing on renewing.id = later.course_id
    where later.user_id = "certificates"."user_id" and later.issued_at > "certificates"."issued_at"
      and (renewing.renews_course_id = "certificates"."course_id" or renewing.id = "certificates"."course_id")
    order by later.issued_at asc limit 1
  )`;
  const [courseRows, certificateRows, events, summaries] = await Promise.all([
    db()
      .select({
        courseId: courses.id,
        slug: courses.slug,
        title: courses.title,
        hours: courses.hours,
        mandatory: courses.mandatory,
        status: courses.status,
        enrolledAt: enrolments.enrolledAt,
        completedAt: enrolments.completedAt,
        lastActivityAt: enrolments.lastActivityAt,
        moduleCount,
        doneCount,
      })
      .from(enrolments)
      .innerJoin(courses, eq(courses.id, enrolments.courseId))
      .where(eq(enrolments.userId, userId))
      .orderBy(desc(courses.mandatory), asc(courses.position), asc(courses.title)),
    db()
      .select({
        id: certificates.id,
        code: certificates.code,
        courseId: certificates.courseId,
        courseTitle: certificates.courseTitle,
        hours: certificates.hours,
        issuedAt: certificates.issuedAt,
        expiresAt: certificates.expiresAt,
        renewal: sql<{ code: string; courseTitle: string; issuedAt: string } | null>`${renewal}`,
      })
      .from(certificates)
      .where(eq(certificates.userId, userId))
      .orderBy(desc(certificates.issuedAt)),
    attendedEvents(userId),
    trainingSummaries([userId], now),
  ]);
  const summary = summaries.get(userId);
  return {
    courses: courseRows.map(({ status, ...c }) => ({ ...c, published: status === "published" })),
    certificates: certificateRows.map(({ renewal: r, ...c }) => ({
      ...c,
      state: c.expiresAt && c.expiresAt.getTime() <= now.getTime() ? "expired" : "valid",
      renewedBy: r ? { code: r.code, courseTitle: r.courseTitle, issuedAt: new Date(r.issuedAt) } : null,
    })),
    events,
    year: romeYear(now),
    hoursThisYear: summary?.hoursThisYear ?? 0,
    hoursTotal: summary?.hoursTotal ?? 0,
    mandatoryCompleted: summary?.mandatoryCompleted ?? false,
  };
}

/** A person whose record someone wants to see: name and roles (for canSeeProgressOf), or null. */
export async function findLearner(userId: string): Promise<{ id: string; name: string; roles: RoleGrant[] } | null> {
  const [user] = await db().select({ id: users.id, name: users.name }).from(users).where(eq(users.id, userId));
  if (!user) return null;
  const roles = await db()
    .select({ role: userRoles.role, districtCode: userRoles.districtCode })
    .from(userRoles)
    .where(eq(userRoles.userId, userId));
  return { ...user, roles: roles as RoleGrant[] };
}
