// Completion is evaluated at once also when the course changes under the learners: archiving the
// one module they were missing, or publishing a version without the quiz, completes their course.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { certificates, enrolments } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { saveQuiz } from "../../../app/modules/training/authoring.server";
import * as coursePage from "../../../app/routes/formazione.gestione.corsi.$corso._index";
import * as editor from "../../../app/routes/formazione.gestione.moduli.$id._index";
import { createCourse, createPublishedModule, sampleQuiz } from "../../fixtures/training";
import { enrol, markProgress } from "../../fixtures/training-record";
import { createUser } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";
import { formRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const context = { cspNonce: "test", clientIp: "127.0.0.1" };

async function enrolment(userId: string, courseId: string) {
  const [row] = await db().select().from(enrolments).where(and(eq(enrolments.userId, userId), eq(enrolments.courseId, courseId)));
  return row;
}
async function certificateCount(userId: string, courseId: string) {
  return (await db().select().from(certificates).where(and(eq(certificates.userId, userId), eq(certificates.courseId, courseId)))).length;
}

describe(`completion after course changes (${engine})`, () => {
  it("archiving the only module a learner was missing completes the course and issues the certificate", async () => {
    const trainer = await createUser({ roles: [["trainer", "MI"]] });
    const cookie = await sessionCookieFor(trainer.id);
    const course = await createCourse();
    const done = await createPublishedModule(course.id, { slug: "fatto", position: 1 });
    const missing = await createPublishedModule(course.id, { slug: "mancante", position: 2 });
    const learner = await createUser({ roles: [["guardian", "MI"]] });
    const other = await createUser({ roles: [["guardian", "BS"]] });
    await enrol(learner.id, course.id);
    await enrol(other.id, course.id);
    await markProgress(learner.id, done.id, { read: true });

    const path = `/formazione/gestione/corsi/${course.slug}`;
    const result = await outcome(() =>
      coursePage.action({ request: formRequest(path, { intent: `archive:${missing.id}` }, cookie), params: { corso: course.slug }, context }),
    );
    expect(result.status).toBe(302);
    expect((await enrolment(learner.id, course.id)).completedAt).not.toBeNull();
    expect(await certificateCount(learner.id, course.id)).toBe(1);
    // Someone who had done nothing stays where they were.
    expect((await enrolment(other.id, course.id)).completedAt).toBeNull();
    expect(await certificateCount(other.id, course.id)).toBe(0);
  });

  it("publishing a version without the quiz completes the course of those who had read the module", async () => {
    const trainer = await createUser({ roles: [["trainer", "MI"]] });
    const cookie = await sessionCookieFor(trainer.id);
    const course = await createCourse();
    const withQuiz = await createPublishedModule(course.id, { slug: "con-quiz", position: 1, quiz: sampleQuiz() });
    const learner = await createUser({ roles: [["candidate", "MI"]] });
    await enrol(learner.id, course.id);
    await markProgress(learner.id, withQuiz.id, { read: true });
    expect((await enrolment(learner.id, course.id)).completedAt).toBeNull();

    // Save a version without the quiz (the quiz editor with no questions), then publish it.
    await saveQuiz({ id: trainer.id }, withQuiz.id, null);
    expect((await enrolment(learner.id, course.id)).completedAt).toBeNull();
    const path = `/formazione/gestione/moduli/${withQuiz.id}`;
    const fields = { intent: "publish", title: withQuiz.version.title, summary: withQuiz.version.summary, minutes: String(withQuiz.version.minutes), bodyMd: withQuiz.version.bodyMd };
    const result = await outcome(() => editor.action({ request: formRequest(path, fields, cookie), params: { id: withQuiz.id }, context }));
    expect(result.status).toBe(302);
    expect((await enrolment(learner.id, course.id)).completedAt).not.toBeNull();
    expect(await certificateCount(learner.id, course.id)).toBe(1);
  });
});
