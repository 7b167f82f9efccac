// The learners' view of courses: the catalogue with each course's progress, and one course's
// published modules with the user's state — each list read with one query.
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { certificates, courses, enrolments, moduleProgress, moduleVersions, modules } from "../../../db/schema";
import { db, type DbOrTx } from "~/db.server";
import { hasRole } from "~/modules/auth/roles";
import type { CurrentUser } from "~/modules/auth/user.server";

type Who = Pick<CurrentUser, "id" | "roles">;

/** Whether a module version has a quiz (jsonb null or SQL null mean none). */
export const versionHasQuiz = sql<boolean>`coalesce(jsonb_typeof(${moduleVersions.quiz}), 'null') = 'object'`;

/** A module counts as done when it is read and, if its published version has a quiz, the quiz is passed. */
export const moduleDone = sql<boolean>`(${moduleProgress.readAt} is not null and (not ${versionHasQuiz} or ${moduleProgress.quizPassedAt} is not null))`;

export interface CatalogueCourse {
  id: string;
  slug: string;
  title: string;
  summary: string;
  hours: number;
  mandatory: boolean;
  audience: "candidate" | "guardian" | "all";
  validityMonths: number | null;
  moduleCount: number;
  doneCount: number;
  enrolledAt: Date | null;
  completedAt: Date | null;
  certificateId: string | null;
}

/** Courses meant for the user's role come first: candidates the initial course, guardians the refresher. */
function priority(user: Who, course: Pick<CatalogueCourse, "audience" | "mandatory">): number {
  const candidate = hasRole(user.roles, "candidate");
  const guardian = hasRole(user.roles, "guardian");
  if (candidate && (course.audience === "candidate" || course.mandatory)) return 0;
  if (guardian && course.audience === "guardian") return 0;
  return 1;
}

/** All published courses with the user's progress, in one query. */
export async function listCatalogue(user: Who): Promise<CatalogueCourse[]> {
  const moduleCount = sql<number>`(select count(*) from ${modules} where ${modules.courseId} = ${courses.id} and ${modules.publishedVersionId} is not null and ${modules.archivedAt} is null)`.mapWith(Number);
  const doneCount = sql<number>`(
    select count(*) from ${modules}
    join ${moduleVersions} on ${moduleVersions.id} = ${modules.publishedVersionId}
    join ${moduleProgress} on ${moduleProgress.moduleId} = ${modules.id} and ${moduleProgress.userId} = ${user.id}
    where ${modules.courseId} = ${courses.id} and ${modules.archivedAt} is null and ${moduleDone}
  )`.mapWith(Number);
  const certificateId = sql<string | null>`(select ${certificates.id} from ${certificates} where ${certificates.courseId} = ${courses.id} and ${certificates.userId} = ${user.id} order by ${certificates.issuedAt} desc limit 1)`;
  const rows = await db()
    .select({
      id: courses.id,
      slug: courses.slug,
      title: courses.title,
      summary: courses.summary,
      hours: courses.hours,
      mandatory: courses.mandatory,
      audience: courses.audience,
      validityMonths: courses.validityMonths,
      position: courses.position,
      moduleCount,
      doneCount,
      enrolledAt: enrolments.enrolledAt,
      completedAt: enrolments.completedAt,
      certificateId,
    })
    .from(courses)
    .leftJoin(enrolments, and(eq(enrolments.courseId, courses.id), eq(enrolments.userId, user.id)))
    .where(eq(courses.status, "published"))
    .orderBy(asc(courses.position), asc(courses.title));
  return rows
    .map((r, i) => ({ row: r, i }))
    .sort((a, b) => priority(user, a.row) - priority(user, b.row) || a.i - b.i)
    .map(({ row: { position: _position, ...course } }) => course);
}

export async function getCourseBySlug(slug: string) {
  const [course] = await db().select().from(courses).where(eq(courses.slug, slug));
  return course ?? null;
}

export interface CourseModule {
  id: string;
  slug: string;
  position: number;
  versionId: string;
  title: string;
  summary: string;
  minutes: number;
  hasQuiz: boolean;
  readAt: Date | null;
  quizPassedAt: Date | null;
  done: boolean;
}

/** The course's published modules in order, with the user's progress on each (one query). */
export async function courseModules(userId: string, courseId: string, conn: DbOrTx = db()): Promise<CourseModule[]> {
  return conn
    .select({
      id: modules.id,
      slug: modules.slug,
      position: modules.position,
      versionId: moduleVersions.id,
      title: moduleVersions.title,
      summary: moduleVersions.summary,
      minutes: moduleVersions.minutes,
      hasQuiz: versionHasQuiz,
      readAt: moduleProgress.readAt,
      quizPassedAt: moduleProgress.quizPassedAt,
      done: sql<boolean>`coalesce(${moduleDone}, false)`,
    })
    .from(modules)
    .innerJoin(moduleVersions, eq(moduleVersions.id, modules.publishedVersionId))
    .leftJoin(moduleProgress, and(eq(moduleProgress.moduleId, modules.id), eq(moduleProgress.userId, userId)))
    .where(and(eq(modules.courseId, courseId), isNull(modules.archivedAt)))
    .orderBy(asc(modules.position), asc(modules.slug));
}

/** The user's enrolment in the course and the certificate it gave, if any. */
export async function courseStatus(userId: string, courseId: string) {
  const [row] = await db()
    .select({
      enrolledAt: enrolments.enrolledAt,
      completedAt: enrolments.completedAt,
      certificateId: sql<string | null>`(select ${certificates.id} from ${certificates} where ${certificates.courseId} = ${courseId} and ${certificates.userId} = ${userId} order by ${certificates.issuedAt} desc limit 1)`,
    })
    .from(enrolments)
    .where(and(eq(enrolments.userId, userId), eq(enrolments.courseId, courseId)));
  return row ?? { enrolledAt: null, completedAt: null, certificateId: null };
}
