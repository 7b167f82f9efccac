// Taking a course: enrolling, reading a module, marking it done, submitting its quiz, and the
// completion check that issues the certificate (in the same transaction; never revoked).
import { and, eq, isNull, sql } from "drizzle-orm";
import * as z from "zod";
import { enrolments, moduleProgress, moduleVersions, modules, quizAttempts, type Quiz } from "../../../db/schema";
import { db, type Tx } from "~/db.server";
import type { CurrentUser } from "~/modules/auth/user.server";
import { courseModules, courseStatus, getCourseBySlug, moduleDone } from "./catalogue.server";
import { issueCertificate } from "./certificates.server";
import { canAuthor, requireContent } from "./policy.server";
import { notFound } from "~/utils/http.server";
import { gradeQuiz, publicQuiz, type QuizAnswers, type QuizGrade } from "./quiz";

type Who = Pick<CurrentUser, "id" | "roles">;

/** A published course (drafts only for authors) or 404. */
export async function requireCourse(user: Who, slug: string) {
  return requireContent(user, await getCourseBySlug(slug));
}

/**
 * A module page: the published version (authors may also look at a never-published module's
 * latest version), its neighbours and the user's progress. Anything else is 404.
 */
export async function getModuleView(user: Who, courseSlug: string, moduleSlug: string) {
  const course = await requireCourse(user, courseSlug);
  const [module] = await db()
    .select()
    .from(modules)
    .where(and(eq(modules.courseId, course.id), eq(modules.slug, moduleSlug), isNull(modules.archivedAt)));
  const versionId = module?.publishedVersionId ?? (module && canAuthor(user) ? module.latestVersionId : null);
  if (!module || !versionId) return null;
  const [version] = await db().select().from(moduleVersions).where(eq(moduleVersions.id, versionId));
  if (!version) return null;
  const list = await courseModules(user.id, course.id);
  const index = list.findIndex((m) => m.id === module.id);
  const status = await courseStatus(user.id, course.id);
  const mine = index >= 0 ? list[index] : null;
  return {
    course: { id: course.id, slug: course.slug, title: course.title },
    module: { id: module.id, slug: module.slug, draft: module.publishedVersionId === null },
    version: {
      id: version.id,
      title: version.title,
      summary: version.summary,
      minutes: version.minutes,
      bodyHtml: version.bodyHtml,
      quiz: version.quiz ? publicQuiz(version.quiz) : null,
    },
    position: { index: index + 1, total: list.length },
    previous: index > 0 ? { slug: list[index - 1].slug, title: list[index - 1].title } : null,
    next: index >= 0 && index < list.length - 1 ? { slug: list[index + 1].slug, title: list[index + 1].title } : null,
    progress: { readAt: mine?.readAt ?? null, quizPassedAt: mine?.quizPassedAt ?? null },
    status,
    doneCount: list.filter((m) => m.done).length,
  };
}

/** The published module and version a learner acts on, or null (draft, archived, unknown). */
export async function publishedModule(courseId: string, moduleSlug: string) {
  const [row] = await db()
    .select({ moduleId: modules.id, versionId: moduleVersions.id, quiz: moduleVersions.quiz })
    .from(modules)
    .innerJoin(moduleVersions, eq(moduleVersions.id, modules.publishedVersionId))
    .where(and(eq(modules.courseId, courseId), eq(modules.slug, moduleSlug), isNull(modules.archivedAt)));
  return row ?? null;
}

async function ensureEnrolment(tx: Tx, userId: string, courseId: string, now: Date) {
  await tx
    .insert(enrolments)
    .values({ userId, courseId, enrolledAt: now, lastActivityAt: now })
    .onConflictDoUpdate({ target: [enrolments.userId, enrolments.courseId], set: { lastActivityAt: now } });
}

/** Enrols the user (idempotent). */
export async function enrol(userId: string, courseId: string, now = new Date()): Promise<void> {
  await db().transaction((tx) => ensureEnrolment(tx, userId, courseId, now));
}

export interface Completion {
  /** The course was completed by this action. */
  completedNow: boolean;
  completedAt: Date | null;
  certificateId: string | null;
}

/**
 * Completes the course when every published module is done (read, and its quiz passed if it has
 * one), and issues the certificate. A completed enrolment stays completed, whatever comes later.
 */
export async function evaluateCompletion(tx: Tx, userId: string, courseId: string, now = new Date()): Promise<Completion> {
  const [enrolment] = await tx
    .select()
    .from(enrolments)
    .where(and(eq(enrolments.userId, userId), eq(enrolments.courseId, courseId)))
    .for("update");
  if (!enrolment) return { completedNow: false, completedAt: null, certificateId: null };
  if (enrolment.completedAt) return { completedNow: false, completedAt: enrolment.completedAt, certificateId: null };
  const [counts] = await tx
    .select({
      total: sql<number>`count(*)`.mapWith(Number),
      done: sql<number>`count(*) filter (where coalesce(${moduleDone}, false))`.mapWith(Number),
    })
    .from(modules)
    .innerJoin(moduleVersions, eq(moduleVersions.id, modules.publishedVersionId))
    .leftJoin(moduleProgress, and(eq(moduleProgress.moduleId, modules.id), eq(moduleProgress.userId, userId)))
    .where(and(eq(modules.courseId, courseId), isNull(modules.archivedAt)));
  if (!counts || counts.total === 0 || counts.done < counts.total) return { completedNow: false, completedAt: null, certificateId: null };
  await tx.update(enrolments).set({ completedAt: now }).where(eq(enrolments.id, enrolment.id));
  const certificate = await issueCertificate(tx, userId, courseId, now);
  return { completedNow: true, completedAt: now, certificateId: certificate.id };
}

/**
 * After the course's modules changed under the learners (a module archived, a version without
 * its quiz published), completes at once every enrolment that is now complete: the learner may
 * have nothing left to click. Finds them in one query; completion is never taken away here.
 */
export async function reevaluateCourseCompletions(tx: Tx, courseId: string, now = new Date()): Promise<number> {
  const live = sql`${modules.courseId} = ${courseId} and ${modules.archivedAt} is null`;
  const candidates = await tx
    .select({ userId: enrolments.userId })
    .from(enrolments)
    .where(
      and(
        eq(enrolments.courseId, courseId),
        isNull(enrolments.completedAt),
        sql`exists (select 1 from ${modules} join ${moduleVersions} on ${moduleVersions.id} = ${modules.publishedVersionId} where ${live})`,
        sql`not exists (
          select 1 from ${modules}
          join ${moduleVersions} on ${moduleVersions.id} = ${modules.publishedVersionId}
          left join ${moduleProgress} on ${moduleProgress.moduleId} = ${modules.id} and ${moduleProgress.userId} = ${enrolments.userId}
          where ${live} and not coalesce(${moduleDone}, false)
        )`,
      ),
    );
  let completed = 0;
  for (const { userId } of candidates) {
    if ((await evaluateCompletion(tx, userId, courseId, now)).completedNow) completed++;
  }
  return completed;
}

/** Marks a module as read (the first date is kept), enrolling if needed; then checks completion. */
export async function markModuleRead(userId: string, courseId: string, moduleId: string, now = new Date()): Promise<Completion> {
  return db().transaction(async (tx) => {
    await ensureEnrolment(tx, userId, courseId, now);
    await tx
      .insert(moduleProgress)
      .values({ userId, moduleId, readAt: now, lastActivityAt: now })
      .onConflictDoUpdate({
        target: [moduleProgress.userId, moduleProgress.moduleId],
        set: { readAt: sql`coalesce(${moduleProgress.readAt}, ${now.toISOString()}::timestamptz)`, lastActivityAt: now },
      });
    return evaluateCompletion(tx, userId, courseId, now);
  });
}

/**
 * Grades and records a quiz attempt against the given version; a pass sets quizPassedAt (the
 * first pass date is kept) and may complete the course.
 */
export async function submitQuiz(
  userId: string,
  courseId: string,
  target: { moduleId: string; versionId: string; quiz: Quiz },
  answers: QuizAnswers,
  now = new Date(),
): Promise<{ grade: QuizGrade; completion: Completion }> {
  const grade = gradeQuiz(target.quiz, answers);
  const completion = await db().transaction(async (tx) => {
    await ensureEnrolment(tx, userId, courseId, now);
    await tx.insert(quizAttempts).values({
      userId,
      moduleId: target.moduleId,
      versionId: target.versionId,
      answers,
      correctCount: grade.correctCount,
      questionCount: grade.questionCount,
      passed: grade.passed,
      createdAt: now,
    });
    await tx
      .insert(moduleProgress)
      .values({ userId, moduleId: target.moduleId, quizPassedAt: grade.passed ? now : null, lastActivityAt: now })
      .onConflictDoUpdate({
        target: [moduleProgress.userId, moduleProgress.moduleId],
        set: grade.passed ? { quizPassedAt: sql`coalesce(${moduleProgress.quizPassedAt}, ${now.toISOString()}::timestamptz)`, lastActivityAt: now } : { lastActivityAt: now },
      });
    return evaluateCompletion(tx, userId, courseId, now);
  });
  return { grade, completion };
}

const slugSchema = z.string().max(100).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/** A course or module slug from the URL; anything else is a 404. */
export function parseSlug(value: string | undefined): string {
  const parsed = slugSchema.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data as string;
}
