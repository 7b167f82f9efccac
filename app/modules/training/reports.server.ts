// Trainers' and coordinators' views of their district's learners: participants per course with
// progress, the share of right answers per quiz question (in SQL), and the CSV they download.
import { and, asc, count, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import * as z from "zod";
import { courses, enrolments, moduleProgress, moduleVersions, modules, userRoles, users } from "../../../db/schema";
import { db } from "~/db.server";
import { TIME_ZONE, translate, type Locale } from "~/i18n";
import type { DistrictCode } from "~/modules/auth/roles";
import { requireUser } from "~/modules/auth/policy.server";
import { forbidden, notFound } from "~/utils/http.server";
import { moduleDone, versionHasQuiz } from "./catalogue.server";
import { canAuthor, progressDistricts } from "./policy.server";

export type Scope = DistrictCode[] | "all";

/** People holding any role in one of the scope's districts (admins: everyone). */
export function inScope(userId: SQL | AnyPgColumn, scope: Scope): SQL {
  if (scope === "all") return sql`true`;
  if (scope.length === 0) return sql`false`;
  return sql`exists (select 1 from ${userRoles} where ${userRoles.userId} = ${userId} and ${inArray(userRoles.districtCode, scope)})`;
}

// ---------------------------------------------------------------- CSV (Excel, Italian settings)

export type CsvValue = string | number | null | undefined;

/**
 * One cell: numbers with a decimal comma, text that a spreadsheet would run as a formula
 * (= + - @, tab, CR) prefixed with a quote, and quoted when it holds ; " or a line break.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "number" ? String(value).replace(".", ",") : value;
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document as Excel opens it on Italian settings: UTF-8 with BOM, `;` between cells, CRLF. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return "\uFEFF" + rows.map((row) => row.map(csvCell).join(";")).join("\r\n") + "\r\n";
}

export function csvResponse(filename: string, body: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}

/** dd/mm/yyyy (or with hh:mm) in Europe/Rome, which spreadsheets read as a date. */
export function csvDate(value: Date | null, withTime = false): string {
  if (!value) return "";
  return new Intl.DateTimeFormat("it-IT", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    ...(withTime ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" as const } : {}),
    timeZone: TIME_ZONE,
  }).format(value).replace(",", "");
}

// ---------------------------------------------------------------- participants

export interface CourseParticipation {
  id: string;
  slug: string;
  title: string;
  status: "draft" | "published";
  participants: number;
  completed: number;
}

/**
 * Every course with how many of the scope's people are enrolled and have completed it (one
 * query); drafts only for those who write courses.
 */
export async function participationByCourse(scope: Scope, withDrafts = false): Promise<CourseParticipation[]> {
  const rows = await db()
    .select({
      id: courses.id,
      slug: courses.slug,
      title: courses.title,
      status: courses.status,
      participants: sql<number>`count(${enrolments.id})`.mapWith(Number),
      completed: sql<number>`count(${enrolments.completedAt})`.mapWith(Number),
    })
    .from(courses)
    .leftJoin(enrolments, and(eq(enrolments.courseId, courses.id), inScope(enrolments.userId, scope)))
    .where(withDrafts ? undefined : eq(courses.status, "published"))
    .groupBy(courses.id)
    .orderBy(asc(courses.position), asc(courses.title));
  return rows;
}

export const PARTICIPANTS_PAGE_SIZE = 25;
export const PARTICIPANT_ORDERS = ["recenti", "meno-recenti", "nome"] as const;
export type ParticipantOrder = (typeof PARTICIPANT_ORDERS)[number];

export const participantsQuerySchema = z.object({
  ordine: z.enum(PARTICIPANT_ORDERS).catch("recenti"),
  pagina: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type ParticipantsQuery = z.infer<typeof participantsQuerySchema>;

export function parseParticipantsQuery(params: URLSearchParams): ParticipantsQuery {
  return participantsQuerySchema.parse({
    ordine: params.get("ordine") ?? undefined,
    pagina: params.get("pagina") ?? undefined,
  });
}

export interface Participant {
  userId: string;
  name: string;
  enrolledAt: Date;
  doneCount: number;
  quizPassed: number;
  completedAt: Date | null;
  lastActivityAt: Date;
}

export interface ParticipantsPage {
  moduleCount: number;
  quizCount: number;
  participants: Participant[];
  total: number;
  page: number;
  pages: number;
}

/** The course's participants in scope with their progress; all of them when `page` is null (CSV). */
export async function courseParticipants(courseId: string, scope: Scope, order: ParticipantOrder, page: number | null): Promise<ParticipantsPage> {
  const liveModule = and(eq(modules.courseId, courseId), isNull(modules.archivedAt));
  const [counts] = await db()
    .select({
      moduleCount: count(modules.id),
      quizCount: sql<number>`count(*) filter (where ${versionHasQuiz})`.mapWith(Number),
      total: sql<number>`(select count(*) from ${enrolments} where ${enrolments.courseId} = ${courseId} and ${inScope(enrolments.userId, scope)})`.mapWith(Number),
    })
    .from(modules)
    .innerJoin(moduleVersions, eq(moduleVersions.id, modules.publishedVersionId))
    .where(liveModule);
  const total = counts?.total ?? 0;
  const pages = page === null ? 1 : Math.max(1, Math.ceil(total / PARTICIPANTS_PAGE_SIZE));
  const progressOf = (what: SQL) => sql<number>`(
    select count(*) from ${modules}
    join ${moduleVersions} on ${moduleVersions.id} = ${modules.publishedVersionId}
    join ${moduleProgress} on ${moduleProgress.moduleId} = ${modules.id} and ${moduleProgress.userId} = ${enrolments.userId}
    where ${modules.courseId} = ${courseId} and ${modules.archivedAt} is null and ${what}
  )`.mapWith(Number);
  const lastProgress = sql`(
    select max(${moduleProgress.lastActivityAt}) from ${moduleProgress} join ${modules} on ${modules.id} = ${moduleProgress.moduleId}
    where ${moduleProgress.userId} = ${enrolments.userId} and ${modules.courseId} = ${courseId}
  )`;
  const lastActivity = sql<Date>`greatest(${enrolments.lastActivityAt}, ${lastProgress})`.mapWith(enrolments.lastActivityAt);
  const orderBy =
    order === "nome"
      ? [asc(users.name), asc(users.id)]
      : order === "meno-recenti"
        ? [sql`${lastActivity} asc`, asc(users.id)]
        : [sql`${lastActivity} desc`, asc(users.id)];
  const query = db()
    .select({
      userId: users.id,
      name: users.name,
      enrolledAt: enrolments.enrolledAt,
      doneCount: progressOf(moduleDone),
      quizPassed: progressOf(sql`${versionHasQuiz} and ${moduleProgress.quizPassedAt} is not null`),
      completedAt: enrolments.completedAt,
      lastActivityAt: lastActivity,
    })
    .from(enrolments)
    .innerJoin(users, eq(users.id, enrolments.userId))
    .where(and(eq(enrolments.courseId, courseId), inScope(enrolments.userId, scope)))
    .orderBy(...orderBy);
  const participants =
    page === null ? await query : await query.limit(PARTICIPANTS_PAGE_SIZE).offset((page - 1) * PARTICIPANTS_PAGE_SIZE);
  return {
    moduleCount: counts?.moduleCount ?? 0,
    quizCount: counts?.quizCount ?? 0,
    participants,
    total,
    page: page ?? 1,
    pages,
  };
}

/** The participants list as CSV, with headers in the viewer's language. */
export function participantsCsv(locale: Locale, data: ParticipantsPage): string {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  return toCsv([
    [
      t("reports.col.name"),
      t("reports.col.enrolled"),
      t("reports.col.modulesDone"),
      t("reports.col.modulesTotal"),
      t("reports.col.quizPassed"),
      t("reports.col.completed"),
      t("reports.col.lastActivity"),
    ],
    ...data.participants.map((p) => [
      p.name,
      csvDate(p.enrolledAt),
      p.doneCount,
      data.moduleCount,
      p.quizPassed,
      csvDate(p.completedAt),
      csvDate(p.lastActivityAt, true),
    ]),
  ]);
}

// ---------------------------------------------------------------- quiz questions

export interface QuestionStat {
  moduleId: string;
  moduleTitle: string;
  questionId: string;
  text: string;
  attempts: number;
  right: number;
}

/**
 * For each question of each published quiz of the course, how many attempts (on that published
 * version, by the scope's people) answered it exactly right: chosen options = the right options.
 */
export async function questionStats(courseId: string, scope: Scope): Promise<QuestionStat[]> {
  const chosen = sql`(
    select coalesce(array_agg(x order by x), '{}'::text[])
    from jsonb_array_elements_text(case when jsonb_typeof(a.answers -> (q.value ->> 'id')) = 'array' then a.answers -> (q.value ->> 'id') else '[]'::jsonb end) as x
  )`;
  const rightOptions = sql`(
    select coalesce(array_agg(o ->> 'id' order by o ->> 'id'), '{}'::text[])
    from jsonb_array_elements(q.value -> 'options') as o where (o ->> 'correct')::boolean
  )`;
  const rows = await db()
    .select({
      moduleId: sql<string>`m.id`,
      moduleTitle: sql<string>`v.title`,
      questionId: sql<string>`q.value ->> 'id'`,
      text: sql<string>`q.value ->> 'text'`,
      attempts: sql<number>`count(a.id)`.mapWith(Number),
      right: sql<number>`coalesce(sum(case when a.id is not null and ${chosen} = ${rightOptions} then 1 else 0 end), 0)`.mapWith(Number),
    })
    .from(
      sql`${modules} m
      join ${moduleVersions} v on v.id = m.published_version_id
      cross join lateral jsonb_array_elements(case when jsonb_typeof(v.quiz -> 'questions') = 'array' then v.quiz -> 'questions' else '[]'::jsonb end) with ordinality as q(value, ord)
      left join quiz_attempts a on a.version_id = v.id and ${inScope(sql`a.user_id`, scope)}`,
    )
    .where(sql`m.course_id = ${courseId} and m.archived_at is null`)
    .groupBy(sql`m.id, v.title, m.position, m.slug, q.ord, q.value`)
    .orderBy(sql`m.position, m.slug, q.ord`);
  return rows;
}

export async function findCourseBySlug(slug: string) {
  const [course] = await db()
    .select({ id: courses.id, slug: courses.slug, title: courses.title, status: courses.status, hours: courses.hours })
    .from(courses)
    .where(eq(courses.slug, slug));
  return course ?? null;
}

/** Course slugs in URLs: the same format the schema enforces. */
export const courseSlugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(120);

const reportParams = z.object({ corso: z.string() });

/**
 * The first step of every per-course report: a viewer with districts to report on (else 403)
 * and an existing course (else 404).
 */
export async function requireCourseReport(request: Request, params: Record<string, string | undefined>) {
  const user = await requireUser(request);
  const scope = progressDistricts(user);
  if (scope !== "all" && scope.length === 0) forbidden();
  const parsed = reportParams.safeParse(params);
  const slug = parsed.success ? courseSlugSchema.safeParse(parsed.data.corso) : null;
  const course = slug?.success ? await findCourseBySlug(slug.data) : null;
  if (!course || (course.status === "draft" && !canAuthor(user))) return notFound();
  return { user, scope, course };
}
