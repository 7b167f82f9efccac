// Who may use the learning pages: anonymous visitors log in first, non-learners browse but do not
// enrol, drafts do not exist for learners, certificates only for the holder and their district's staff.
import { describe, expect, it } from "vitest";
import * as catalogue from "../../../app/routes/formazione._index";
import * as coursePage from "../../../app/routes/formazione.corsi.$corso._index";
import * as modulePage from "../../../app/routes/formazione.corsi.$corso.$modulo";
import * as download from "../../../app/routes/attestati.$id";
import { db } from "../../../app/db.server";
import { markModuleRead } from "../../../app/modules/training/learning.server";
import { certificates } from "../../../db/schema";
import { eq } from "drizzle-orm";
import { createCourse, createPublishedModule, sampleQuiz } from "../../fixtures/training";
import { createUser } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";
import { formRequest, getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const context = { cspNonce: "test", clientIp: "127.0.0.1" };
const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context });

describe(`learning access (${engine})`, () => {
  it("sends anonymous visitors to the login page", async () => {
    const course = await createCourse();
    await createPublishedModule(course.id, { slug: "uno" });
    const id = "00000000-0000-4000-8000-000000000000";
    const c = { corso: course.slug };
    const m = { corso: course.slug, modulo: "uno" };
    for (const [fn, path] of [
      [() => catalogue.loader(args(getRequest("/formazione"))), "/formazione"],
      [() => coursePage.loader(args(getRequest(`/formazione/corsi/${course.slug}`), c)), `/formazione/corsi/${course.slug}`],
      [() => coursePage.action(args(formRequest(`/formazione/corsi/${course.slug}`, { intent: "enrol" }), c)), `/formazione/corsi/${course.slug}`],
      [() => modulePage.loader(args(getRequest(`/formazione/corsi/${course.slug}/uno`), m)), `/formazione/corsi/${course.slug}/uno`],
      [() => modulePage.action(args(formRequest(`/formazione/corsi/${course.slug}/uno`, { intent: "read" }), m)), `/formazione/corsi/${course.slug}/uno`],
      [() => download.loader(args(getRequest(`/attestati/${id}`), { id })), `/attestati/${id}`],
    ] as const) {
      const result = await outcome(fn as () => Promise<unknown>);
      expect(result.status).toBe(302);
      expect(result.location).toBe(`/accedi?redirectTo=${encodeURIComponent(path)}`);
    }
  });

  it("lets non-learners browse the catalogue and modules but not enrol, read or take quizzes", async () => {
    const course = await createCourse();
    await createPublishedModule(course.id, { slug: "uno", quiz: sampleQuiz() });
    for (const role of ["trainer", "coordinator", "legal_consultant", "admin"] as const) {
      const user = await createUser({ roles: [[role, role === "admin" ? null : "MI"]] });
      const cookie = await sessionCookieFor(user.id);
      const list = (await catalogue.loader(args(getRequest("/formazione", cookie)))) as Awaited<ReturnType<typeof catalogue.loader>>;
      expect(list.learner).toBe(false);
      expect(list.courses.map((c) => c.id)).toContain(course.id);
      const page = (await coursePage.loader(args(getRequest(`/formazione/corsi/${course.slug}`, cookie), { corso: course.slug }))) as Awaited<ReturnType<typeof coursePage.loader>>;
      expect(page.learner).toBe(false);
      expect((await outcome(() => modulePage.loader(args(getRequest("/x", cookie), { corso: course.slug, modulo: "uno" })))).status).toBe(200);
      expect((await outcome(() => coursePage.action(args(formRequest("/x", { intent: "enrol" }, cookie), { corso: course.slug })))).status).toBe(403);
      expect((await outcome(() => modulePage.action(args(formRequest("/x", { intent: "read" }, cookie), { corso: course.slug, modulo: "uno" })))).status).toBe(403);
      expect((await outcome(() => modulePage.action(args(formRequest("/x", { intent: "quiz", q1: "b" }, cookie), { corso: course.slug, modulo: "uno" })))).status).toBe(403);
    }
  });

  it("hides drafts, unknown and malformed addresses from learners (404)", async () => {
    const course = await createCourse();
    await createPublishedModule(course.id, { slug: "pubblicato" });
    await createPublishedModule(course.id, { slug: "bozza", published: false });
    const draftCourse = await createCourse({ status: "draft" });
    await createPublishedModule(draftCourse.id, { slug: "uno" });
    const learner = await createUser({ roles: [["guardian", "MI"]] });
    const cookie = await sessionCookieFor(learner.id);
    const status = async (fn: () => Promise<unknown>) => (await outcome(fn)).status;
    expect(await status(() => modulePage.loader(args(getRequest("/x", cookie), { corso: course.slug, modulo: "pubblicato" })))).toBe(200);
    expect(await status(() => modulePage.loader(args(getRequest("/x", cookie), { corso: course.slug, modulo: "bozza" })))).toBe(404);
    expect(await status(() => modulePage.action(args(formRequest("/x", { intent: "read" }, cookie), { corso: course.slug, modulo: "bozza" })))).toBe(404);
    expect(await status(() => modulePage.loader(args(getRequest("/x", cookie), { corso: course.slug, modulo: "non-esiste" })))).toBe(404);
    expect(await status(() => modulePage.loader(args(getRequest("/x", cookie), { corso: course.slug, modulo: "Non Valido!" })))).toBe(404);
    expect(await status(() => coursePage.loader(args(getRequest("/x", cookie), { corso: draftCourse.slug })))).toBe(404);
    expect(await status(() => coursePage.action(args(formRequest("/x", { intent: "enrol" }, cookie), { corso: draftCourse.slug })))).toBe(404);
    expect(await status(() => modulePage.loader(args(getRequest("/x", cookie), { corso: draftCourse.slug, modulo: "uno" })))).toBe(404);
    expect(await status(() => coursePage.loader(args(getRequest("/x", cookie), { corso: "../etc" })))).toBe(404);
    const list = (await catalogue.loader(args(getRequest("/formazione", cookie)))) as Awaited<ReturnType<typeof catalogue.loader>>;
    expect(list.courses.map((c) => c.id)).not.toContain(draftCourse.id);
    // The draft module does not count towards the course.
    expect(list.courses.find((c) => c.id === course.id)?.moduleCount).toBe(1);
    // A trainer sees the draft module (to check it), marked as a draft.
    const trainer = await createUser({ roles: [["trainer", "MI"]] });
    const tv = (await modulePage.loader(args(getRequest("/x", await sessionCookieFor(trainer.id)), { corso: course.slug, modulo: "bozza" }))) as Awaited<ReturnType<typeof modulePage.loader>>;
    expect(tv.view.module.draft).toBe(true);
  });

  it("gives a certificate to its holder and their district's trainers, coordinators and admins only", async () => {
    const course = await createCourse();
    const module = await createPublishedModule(course.id, { slug: "uno" });
    const holder = await createUser({ roles: [["guardian", "MI"]] });
    await markModuleRead(holder.id, course.id, module.id);
    const [certificate] = await db().select().from(certificates).where(eq(certificates.userId, holder.id));
    expect(certificate).toBeDefined();
    const fetchAs = async (roles: Parameters<typeof createUser>[0]) => {
      const user = await createUser(roles);
      const cookie = await sessionCookieFor(user.id);
      return (await outcome(() => download.loader(args(getRequest(`/attestati/${certificate.id}`, cookie), { id: certificate.id })))).status;
    };
    const holderCookie = await sessionCookieFor(holder.id);
    expect((await outcome(() => download.loader(args(getRequest("/x", holderCookie), { id: certificate.id })))).status).toBe(200);
    expect(await fetchAs({ roles: [["guardian", "MI"]] })).toBe(404);
    expect(await fetchAs({ roles: [["candidate", "MI"]] })).toBe(404);
    expect(await fetchAs({ roles: [["legal_consultant", "MI"]] })).toBe(404);
    expect(await fetchAs({ roles: [["coordinator", "MI"]] })).toBe(200);
    expect(await fetchAs({ roles: [["trainer", "MI"]] })).toBe(200);
    expect(await fetchAs({ roles: [["coordinator", "BS"]] })).toBe(404);
    expect(await fetchAs({ roles: [["trainer", "BS"]] })).toBe(404);
    expect(await fetchAs({ roles: [["admin", null]] })).toBe(200);
    expect((await outcome(() => download.loader(args(getRequest("/x", holderCookie), { id: "not-a-uuid" })))).status).toBe(404);
    expect((await outcome(() => download.loader(args(getRequest("/x", holderCookie), { id: "00000000-0000-4000-8000-000000000000" })))).status).toBe(404);
  });
});
