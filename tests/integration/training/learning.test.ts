// Taking a course end to end through the loaders and actions: enrol, read, quiz (fail, pass),
// completion with its certificate (PDF and public check), and completion never revoked.
import { and, eq } from "drizzle-orm";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { certificates, enrolments, moduleProgress, notifications, quizAttempts } from "../../../db/schema";
import { db } from "../../../app/db.server";
import * as catalogue from "../../../app/routes/formazione._index";
import * as coursePage from "../../../app/routes/formazione.corsi.$corso._index";
import * as modulePage from "../../../app/routes/formazione.corsi.$corso.$modulo";
import * as download from "../../../app/routes/attestati.$id";
import * as verifyForm from "../../../app/routes/attestati.verifica._index";
import * as verify from "../../../app/routes/attestati.verifica.$codice";
import { createCourse, createPublishedModule, sampleQuiz } from "../../fixtures/training";
import { createUser } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";
import { formRequest, getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const context = { cspNonce: "test", clientIp: "127.0.0.1" };
const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context });
type ModuleData = Awaited<ReturnType<typeof modulePage.loader>>;
type CatalogueData = Awaited<ReturnType<typeof catalogue.loader>>;
type CourseData = Awaited<ReturnType<typeof coursePage.loader>>;
// The action's data() result: { type, data, init }.
type Wrapped = { data: { kind: string; grade?: { passed: boolean; correctCount: number; questions: { correct: boolean; explanation: string }[] }; errors?: Record<string, string>; answers?: Record<string, string[]>; completedNow?: boolean } };

describe(`learning (${engine})`, () => {
  it("enrols, fails and passes a quiz, completes the course and gets a certificate that can be checked", async () => {
    const course = await createCourse({ validityMonths: 24, hours: 6, mandatory: true, title: "Corso àèìòù di prova" });
    const withQuiz = await createPublishedModule(course.id, { slug: "primo", position: 1, quiz: sampleQuiz() });
    const plain = await createPublishedModule(course.id, { slug: "secondo", position: 2 });
    await createPublishedModule(course.id, { slug: "bozza", position: 3, published: false });
    const learner = await createUser({ roles: [["candidate", "MI"]], name: "Sara Prova Accentata è" });
    const cookie = await sessionCookieFor(learner.id);
    const moduleUrl = (m: string) => `/formazione/corsi/${course.slug}/${m}`;
    const params = (m: string) => ({ corso: course.slug, modulo: m });

    const list = (await catalogue.loader(args(getRequest("/formazione", cookie))))! as CatalogueData;
    const listed = list.courses.find((c) => c.id === course.id)!;
    expect(listed).toMatchObject({ moduleCount: 2, doneCount: 0, enrolledAt: null, completedAt: null, certificateId: null });
    expect(list.learner).toBe(true);

    const enrolled = await outcome(() => coursePage.action(args(formRequest(`/formazione/corsi/${course.slug}`, { intent: "enrol" }, cookie), { corso: course.slug })));
    expect(enrolled).toMatchObject({ status: 302, location: `/formazione/corsi/${course.slug}?stato=iscritto` });
    const page = (await coursePage.loader(args(getRequest(`/formazione/corsi/${course.slug}`, cookie), { corso: course.slug }))) as CourseData;
    expect(page.status.enrolledAt).not.toBeNull();
    expect(page.modules.map((m) => m.slug)).toEqual(["primo", "secondo"]);

    const view = (await modulePage.loader(args(getRequest(moduleUrl("primo"), cookie), params("primo")))) as ModuleData;
    expect(view.view.version.quiz?.questions).toHaveLength(2);
    expect(JSON.stringify(view.view.version.quiz)).not.toContain("correct");
    expect(view.view.next?.slug).toBe("secondo");
    expect(view.view.previous).toBeNull();
    const versionId = view.view.version.id;

    // Unanswered: 400, the answer given is kept, nothing stored.
    const missing = await outcome(() => modulePage.action(args(formRequest(moduleUrl("primo"), { intent: "quiz", versionId, q2: ["a"] }, cookie), params("primo"))));
    expect(missing.status).toBe(400);
    expect((missing.value as unknown as Wrapped).data).toMatchObject({ kind: "invalid", errors: { q1: "training.quiz.unanswered" }, answers: { q1: [], q2: ["a"] } });
    expect(await db().select().from(quizAttempts).where(eq(quizAttempts.userId, learner.id))).toHaveLength(0);

    // Wrong (q2 only partly right): graded, stored, not passed, explanations returned.
    const failed = await outcome(() => modulePage.action(args(formRequest(moduleUrl("primo"), { intent: "quiz", versionId, q1: "b", q2: ["a"] }, cookie), params("primo"))));
    expect(failed.status).toBe(200);
    const failedData = (failed.value as unknown as Wrapped).data;
    expect(failedData.grade).toMatchObject({ passed: false, correctCount: 1 });
    expect(failedData.grade!.questions[1]).toMatchObject({ correct: false, explanation: expect.stringContaining("Milano e Brescia") });

    const passed = await outcome(() => modulePage.action(args(formRequest(moduleUrl("primo"), { intent: "quiz", versionId, q1: "b", q2: ["a", "c"] }, cookie), params("primo"))));
    expect((passed.value as unknown as Wrapped).data).toMatchObject({ kind: "graded", grade: { passed: true }, completedNow: false });
    const attempts = await db().select().from(quizAttempts).where(eq(quizAttempts.userId, learner.id));
    expect(attempts.map((a) => a.passed).sort()).toEqual([false, true]);
    expect(attempts.every((a) => a.versionId === versionId)).toBe(true);
    const [afterPass] = await db().select().from(moduleProgress).where(and(eq(moduleProgress.userId, learner.id), eq(moduleProgress.moduleId, withQuiz.id)));
    expect(afterPass.quizPassedAt).not.toBeNull();

    // A second pass keeps the first pass date.
    await modulePage.action(args(formRequest(moduleUrl("primo"), { intent: "quiz", versionId, q1: "b", q2: ["a", "c"] }, cookie), params("primo")));
    const [again] = await db().select().from(moduleProgress).where(and(eq(moduleProgress.userId, learner.id), eq(moduleProgress.moduleId, withQuiz.id)));
    expect(again.quizPassedAt!.getTime()).toBe(afterPass.quizPassedAt!.getTime());

    // A stale version id grades nothing.
    const stale = await outcome(() => modulePage.action(args(formRequest(moduleUrl("primo"), { intent: "quiz", versionId: plain.version.id, q1: "b", q2: ["a", "c"] }, cookie), params("primo"))));
    expect(stale.status).toBe(409);

    const read1 = await outcome(() => modulePage.action(args(formRequest(moduleUrl("primo"), { intent: "read" }, cookie), params("primo"))));
    expect(read1).toMatchObject({ status: 302, location: `${moduleUrl("primo")}?stato=letto` });
    expect((await db().select().from(certificates).where(eq(certificates.userId, learner.id))).length).toBe(0);
    const read2 = await outcome(() => modulePage.action(args(formRequest(moduleUrl("secondo"), { intent: "read" }, cookie), params("secondo"))));
    expect(read2).toMatchObject({ status: 302, location: `${moduleUrl("secondo")}?stato=completato` });

    const [enrolment] = await db().select().from(enrolments).where(eq(enrolments.userId, learner.id));
    expect(enrolment.completedAt).not.toBeNull();
    const [certificate] = await db().select().from(certificates).where(eq(certificates.userId, learner.id));
    expect(certificate).toMatchObject({ courseId: course.id, hours: 6, holderName: learner.name });
    expect(certificate.code).toMatch(/^PT-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const months = (certificate.expiresAt!.getFullYear() - certificate.issuedAt.getFullYear()) * 12 + certificate.expiresAt!.getMonth() - certificate.issuedAt.getMonth();
    expect(months).toBe(24);
    const notes = await db().select().from(notifications).where(eq(notifications.userId, learner.id));
    expect(notes.map((n) => n.kind)).toContain("certificate_issued");

    const done = ((await catalogue.loader(args(getRequest("/formazione", cookie)))) as CatalogueData).courses.find((c) => c.id === course.id)!;
    expect(done).toMatchObject({ doneCount: 2, certificateId: certificate.id });
    expect(done.completedAt).not.toBeNull();

    // The PDF.
    const pdf = await download.loader(args(getRequest(`/attestati/${certificate.id}`, cookie), { id: certificate.id }));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toBe(`attachment; filename="attestato-${certificate.code}.pdf"`);
    expect(pdf.headers.get("x-content-type-options")).toBe("nosniff");
    expect(pdf.headers.get("cache-control")).toBe("no-store");
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const parsed = await PDFDocument.load(bytes);
    expect(parsed.getSubject()).toBe(certificate.code);
    const [w, h] = [parsed.getPage(0).getWidth(), parsed.getPage(0).getHeight()];
    expect(w).toBeGreaterThan(h);

    // The public check: no login.
    const ok = await outcome(() => verify.loader(args(getRequest(`/attestati/verifica/${certificate.code}`), { codice: certificate.code })));
    expect(ok.status).toBe(200);
    expect((ok.value as unknown as { data: { certificate: { holderName: string; courseTitle: string } } }).data.certificate).toMatchObject({ holderName: learner.name, courseTitle: course.title });
    const lower = await outcome(() => verify.loader(args(getRequest("/x"), { codice: certificate.code.toLowerCase().replace(/-/g, "") })));
    expect(lower).toMatchObject({ status: 302, location: `/attestati/verifica/${certificate.code}` });
    const unknown = await outcome(() => verify.loader(args(getRequest("/x"), { codice: "PT-AAAA-AAAA-AAAA" })));
    expect(unknown.status).toBe(404);
    expect(JSON.stringify(unknown.value)).not.toContain(learner.name);
    expect((await outcome(() => verify.loader(args(getRequest("/x"), { codice: "<script>" })))).status).toBe(404);
    const viaForm = await outcome(() => verifyForm.loader(args(getRequest(`/attestati/verifica?codice=${encodeURIComponent(` ${certificate.code.toLowerCase()} `)}`))));
    expect(viaForm).toMatchObject({ status: 302, location: `/attestati/verifica/${certificate.code}` });
    expect((await outcome(() => verifyForm.loader(args(getRequest("/attestati/verifica?codice=abc"))))).status).toBe(400);
    expect((await outcome(() => verifyForm.loader(args(getRequest("/attestati/verifica"))))).status).toBe(200);
  });

  it("never revokes a completion: a module added later leaves it completed with its date", async () => {
    const course = await createCourse();
    await createPublishedModule(course.id, { slug: "unico", position: 1 });
    const learner = await createUser({ roles: [["guardian", "BS"]] });
    const cookie = await sessionCookieFor(learner.id);
    await modulePage.action(args(formRequest(`/formazione/corsi/${course.slug}/unico`, { intent: "read" }, cookie), { corso: course.slug, modulo: "unico" }));
    const [before] = await db().select().from(enrolments).where(eq(enrolments.userId, learner.id));
    expect(before.completedAt).not.toBeNull();

    await createPublishedModule(course.id, { slug: "nuovo", position: 2, quiz: sampleQuiz() });
    const page = (await coursePage.loader(args(getRequest(`/formazione/corsi/${course.slug}`, cookie), { corso: course.slug }))) as CourseData;
    expect(page.modules).toHaveLength(2);
    expect(new Date(page.status.completedAt!).getTime()).toBe(before.completedAt!.getTime());
    expect(page.status.certificateId).not.toBeNull();

    // Working on the new module does not touch the completion either.
    await modulePage.action(args(formRequest(`/formazione/corsi/${course.slug}/nuovo`, { intent: "read" }, cookie), { corso: course.slug, modulo: "nuovo" }));
    const [after] = await db().select().from(enrolments).where(eq(enrolments.userId, learner.id));
    expect(after.completedAt!.getTime()).toBe(before.completedAt!.getTime());
    expect(await db().select().from(certificates).where(eq(certificates.userId, learner.id))).toHaveLength(1);
  });

  it("renders a module's Markdown inert: no script, no event handler, no javascript: link", async () => {
    const course = await createCourse();
    const bodyMd = [
      "## Titolo",
      "",
      "<script>alert('x')</script>",
      "",
      '<img src="x" onerror="alert(1)">',
      "",
      "[clicca qui](javascript:alert(1)) e [anche qui](JaVaScRiPt:alert(2))",
      "",
      '<a href="javascript:alert(3)" onclick="alert(4)">link</a>',
    ].join("\n");
    await createPublishedModule(course.id, { slug: "pericoloso", bodyMd });
    const learner = await createUser({ roles: [["candidate", "MI"]] });
    const cookie = await sessionCookieFor(learner.id);
    const view = (await modulePage.loader(args(getRequest(`/formazione/corsi/${course.slug}/pericoloso`, cookie), { corso: course.slug, modulo: "pericoloso" }))) as ModuleData;
    const html = view.view.version.bodyHtml;
    expect(html).toContain("<h2");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<[^>]+\son\w+\s*=/i);
    expect(html).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
    expect(html).toContain("&lt;script&gt;");
  });
});
