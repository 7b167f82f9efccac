// Demo data for Formazione (learning): enrolments, progress, quiz attempts and certificates of the
// demo people, so learners, trainers and coordinators find a portal in use. Fictional people only.
import { and, asc, eq, isNull } from "drizzle-orm";
import { certificates, courses, enrolments, moduleProgress, moduleVersions, modules, quizAttempts, users, type Quiz } from "../schema";
import { generateCertificateCode } from "../../app/modules/training/certificates.server";
import { EXTRA_MEMBERS } from "../seed";
import type { SeedContext } from "./context";

const DAY = 24 * 3600 * 1000;

interface SeedModule {
  id: string;
  versionId: string;
  quiz: Quiz | null;
}

interface SeedCourse {
  id: string;
  title: string;
  hours: number;
  validityMonths: number | null;
  modules: SeedModule[];
}

async function loadCourse(ctx: SeedContext, slug: string): Promise<SeedCourse | null> {
  const [course] = await ctx.tx.select().from(courses).where(eq(courses.slug, slug));
  if (!course) return null;
  const rows = await ctx.tx
    .select({ id: modules.id, versionId: moduleVersions.id, quiz: moduleVersions.quiz })
    .from(modules)
    .innerJoin(moduleVersions, eq(moduleVersions.id, modules.publishedVersionId))
    .where(and(eq(modules.courseId, course.id), isNull(modules.archivedAt)))
    .orderBy(asc(modules.position));
  if (rows.length === 0) return null;
  return { id: course.id, title: course.title, hours: course.hours, validityMonths: course.validityMonths, modules: rows };
}

/** The right answers of a quiz, or (wrong) the first wrong option of the first question and right ones elsewhere. */
export function answersFor(quiz: Quiz, right: boolean): Record<string, string[]> {
  return Object.fromEntries(
    quiz.questions.map((q, i) => {
      const correct = q.options.filter((o) => o.correct).map((o) => o.id);
      const wrong = q.options.find((o) => !o.correct)?.id;
      return [q.id, !right && i === 0 && wrong ? [wrong] : correct];
    }),
  );
}

async function attempt(ctx: SeedContext, userId: string, m: SeedModule, right: boolean, at: Date) {
  if (!m.quiz) return;
  const answers = answersFor(m.quiz, right);
  const count = m.quiz.questions.length;
  await ctx.tx.insert(quizAttempts).values({
    userId,
    moduleId: m.id,
    versionId: m.versionId,
    answers,
    correctCount: right ? count : count - 1,
    questionCount: count,
    passed: right,
    createdAt: at,
  });
}

/**
 * One learner's history with a course: `done` modules read and passed from `start`, one every few
 * days; `failFirst` adds a failed attempt before the pass at that module index; a completed course
 * gets its certificate on the last day.
 */
async function follow(
  ctx: SeedContext,
  userId: string | undefined,
  course: SeedCourse | null,
  plan: { start: Date; done: number; stepDays?: number; failFirst?: number[]; readNext?: boolean },
) {
  if (!userId || !course) return;
  const step = (plan.stepDays ?? 3) * DAY;
  const done = Math.min(plan.done, course.modules.length);
  let last = plan.start;
  for (const [i, m] of course.modules.slice(0, done).entries()) {
    const readAt = new Date(plan.start.getTime() + i * step + 2 * 3600 * 1000);
    const passedAt = new Date(readAt.getTime() + 25 * 60 * 1000);
    if (plan.failFirst?.includes(i)) await attempt(ctx, userId, m, false, new Date(passedAt.getTime() - 12 * 60 * 1000));
    await attempt(ctx, userId, m, true, passedAt);
    await ctx.tx.insert(moduleProgress).values({ userId, moduleId: m.id, readAt, quizPassedAt: m.quiz ? passedAt : null, lastActivityAt: passedAt });
    last = passedAt;
  }
  if (plan.readNext && done < course.modules.length) {
    const readAt = new Date(plan.start.getTime() + done * step + 2 * 3600 * 1000);
    await ctx.tx.insert(moduleProgress).values({ userId, moduleId: course.modules[done].id, readAt, lastActivityAt: readAt });
    last = readAt;
  }
  const completed = done === course.modules.length;
  await ctx.tx
    .insert(enrolments)
    .values({ userId, courseId: course.id, enrolledAt: plan.start, lastActivityAt: last, completedAt: completed ? last : null })
    .onConflictDoNothing();
  if (completed) {
    // Issued directly (not through issueCertificate): no notification or mail for the demo past.
    const [holder] = await ctx.tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
    let expiresAt: Date | null = null;
    if (course.validityMonths) {
      expiresAt = new Date(last);
      expiresAt.setMonth(expiresAt.getMonth() + course.validityMonths);
    }
    await ctx.tx.insert(certificates).values({
      code: generateCertificateCode(),
      userId,
      courseId: course.id,
      holderName: holder.name,
      courseTitle: course.title,
      hours: course.hours,
      issuedAt: last,
      expiresAt,
    });
  }
}

export async function seedLearning(ctx: SeedContext): Promise<void> {
  const { users: ids, now } = ctx;
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const base = await loadCourse(ctx, "corso-base-tutori");
  const refresher = await loadCourse(ctx, "aggiornamento-tutori");
  if (!base && !refresher) return;
  const half = base ? Math.ceil(base.modules.length / 2) : 0;

  // The candidate: half-way through the initial course, one quiz failed once then passed.
  await follow(ctx, ids.get("aspirante@example.org"), base, { start: ago(24), done: half, stepDays: 4, failFirst: [1], readNext: true });

  // The two demo guardians completed the initial course months ago; Milano is on the refresher.
  await follow(ctx, ids.get("tutore.milano@example.org"), base, { start: ago(430), done: 99, stepDays: 5, failFirst: [3] });
  await follow(ctx, ids.get("tutore.brescia@example.org"), base, { start: ago(300), done: 99, stepDays: 4 });
  await follow(ctx, ids.get("tutore.milano@example.org"), refresher, { start: ago(12), done: 1, stepDays: 3, readNext: true });

  // The extra members: guardians completed (some long ago, some also the refresher), candidates in progress.
  for (const [i, member] of EXTRA_MEMBERS.entries()) {
    const userId = ids.get(member.email);
    if (!userId || !member.verified) continue;
    const role = member.roles[0][0];
    if (role === "guardian") {
      await follow(ctx, userId, base, { start: ago(700 - i * 37), done: 99, stepDays: 3 + (i % 3), failFirst: i % 4 === 0 ? [2, 5] : i % 3 === 0 ? [0] : [] });
      if (refresher && i % 3 === 0) await follow(ctx, userId, refresher, { start: ago(90 - i * 4), done: 99, stepDays: 6 });
      else if (refresher && i % 3 === 1) await follow(ctx, userId, refresher, { start: ago(40 - i), done: i % 2 === 0 ? 2 : 1, stepDays: 5, failFirst: [0] });
    } else if (role === "candidate") {
      const done = base ? Math.max(1, Math.round(((i - 10) / 6) * base.modules.length)) : 0;
      await follow(ctx, userId, base, { start: ago(50 - (i - 12) * 9), done, stepDays: 2, failFirst: [0, done - 1], readNext: i % 2 === 0 });
    }
  }
}
