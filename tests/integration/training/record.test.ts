// The training record (courses, certificates with renewal, events, hours, mandatory course), the
// summaries for many people, and who may open /formazione/percorso and /formazione/persone/:id.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { courses } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { trainingRecord, trainingSummaries } from "../../../app/modules/training/record.server";
import * as own from "../../../app/routes/formazione.percorso";
import * as person from "../../../app/routes/formazione.persone.$id";
import { createCourse, createPublishedModule, sampleQuiz } from "../../fixtures/training";
import { attendEvent, enrol, giveCertificate, markProgress } from "../../fixtures/training-record";
import { createUser } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";
import { getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const context = { cspNonce: "test", clientIp: "127.0.0.1" };
const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context });
const year = new Date().getUTCFullYear();
const midYear = (y: number) => new Date(Date.UTC(y, 5, 15, 10));

describe(`training record (${engine})`, () => {
  it("lists courses with progress, certificates (valid, expired, renewed), attended events and hours", async () => {
    const learner = await createUser({ roles: [["guardian", "MI"]] });
    const base = await createCourse({ title: "Corso base", hours: 24, mandatory: true, validityMonths: 24 });
    const m1 = await createPublishedModule(base.id, { position: 1 });
    const m2 = await createPublishedModule(base.id, { position: 2, quiz: sampleQuiz() });
    await createPublishedModule(base.id, { position: 3 });
    await createPublishedModule(base.id, { position: 4, published: false });
    const refresher = await createCourse({ title: "Aggiornamento", hours: 6, validityMonths: 24 });
    await db().update(courses).set({ renewsCourseId: base.id }).where(eq(courses.id, refresher.id));

    await enrol(learner.id, base.id, { completedAt: midYear(year - 2) });
    await enrol(learner.id, refresher.id);
    await markProgress(learner.id, m1.id);
    await markProgress(learner.id, m2.id); // read, quiz not passed: not done
    const old = await giveCertificate(learner, base, { issuedAt: midYear(year - 2), expiresAt: new Date(Date.now() - 86_400_000) });
    const renewal = await giveCertificate(learner, refresher, { issuedAt: new Date(), expiresAt: new Date(Date.now() + 700 * 86_400_000) });
    await attendEvent(learner.id, { hours: 3, startsAt: new Date() });
    await attendEvent(learner.id, { hours: 2, startsAt: midYear(year - 1) });
    await attendEvent(learner.id, { hours: 5, attended: false });
    await attendEvent(learner.id, { hours: 7, cancelled: true });

    const record = await trainingRecord(learner.id);
    expect(record.courses.map((c) => [c.title, c.doneCount, c.moduleCount, c.completedAt !== null])).toEqual([
      ["Corso base", 1, 3, true],
      ["Aggiornamento", 0, 0, false],
    ]);
    const byCode = new Map(record.certificates.map((c) => [c.code, c]));
    expect(byCode.get(old.code)).toMatchObject({ state: "expired", renewedBy: { code: renewal.code, courseTitle: "Aggiornamento" } });
    expect(byCode.get(renewal.code)).toMatchObject({ state: "valid", renewedBy: null, hours: 6 });
    expect(record.events.map((e) => e.hours)).toEqual([3, 2]);
    expect(record.mandatoryCompleted).toBe(true);
    // This year: the refresher certificate (6 h) and this year's event (3 h); overall + 24 + 2.
    expect(record.hoursThisYear).toBe(9);
    expect(record.hoursTotal).toBe(35);
  });

  it("summarises many people at once: mandatory course done and hours this year", async () => {
    // One mandatory course in the curriculum for this test (the previous one's is set aside).
    await db().update(courses).set({ mandatory: false });
    const mandatory = await createCourse({ mandatory: true, hours: 24 });
    const done = await createUser();
    const notDone = await createUser();
    const nothing = await createUser();
    await enrol(done.id, mandatory.id, { completedAt: new Date() });
    await giveCertificate(done, mandatory);
    await enrol(notDone.id, mandatory.id);
    await attendEvent(notDone.id, { hours: 2.5, startsAt: new Date() });
    const map = await trainingSummaries([done.id, notDone.id, nothing.id, "00000000-0000-4000-8000-000000000000"]);
    expect(map.size).toBe(3);
    expect(map.get(done.id)).toMatchObject({ mandatoryCompleted: true, hoursThisYear: 24 });
    expect(map.get(notDone.id)).toMatchObject({ mandatoryCompleted: false, hoursThisYear: 2.5, hoursTotal: 2.5 });
    expect(map.get(nothing.id)).toMatchObject({ mandatoryCompleted: false, hoursThisYear: 0, hoursTotal: 0 });
    expect((await trainingSummaries([])).size).toBe(0);
  });
});

describe(`record pages (${engine})`, () => {
  it("sends anonymous visitors to the login page", async () => {
    const other = await createUser();
    for (const [fn, path] of [
      [() => own.loader(args(getRequest("/formazione/percorso"))), "/formazione/percorso"],
      [() => person.loader(args(getRequest(`/formazione/persone/${other.id}`), { id: other.id })), `/formazione/persone/${other.id}`],
    ] as const) {
      const result = await outcome(fn as () => Promise<unknown>);
      expect(result.status).toBe(302);
      expect(result.location).toBe(`/accedi?redirectTo=${encodeURIComponent(path)}`);
    }
  });

  it("shows each signed-in user their own record", async () => {
    const user = await createUser({ roles: [["legal_consultant", "BS"]] });
    const mine = await own.loader(args(getRequest("/formazione/percorso", await sessionCookieFor(user.id))));
    expect(mine.record.courses).toEqual([]);
  });

  it("lets trainers and coordinators of the person's district and admins see it; others get 404", async () => {
    const milanGuardian = await createUser({ roles: [["guardian", "MI"]] });
    const see = async (viewer: { id: string }, id = milanGuardian.id) =>
      (await outcome(async () => person.loader(args(getRequest(`/formazione/persone/${id}`, await sessionCookieFor(viewer.id)), { id })))).status;
    expect(await see(await createUser({ roles: [["trainer", "MI"]] }))).toBe(200);
    expect(await see(await createUser({ roles: [["coordinator", "MI"]] }))).toBe(200);
    expect(await see(await createUser({ roles: [["admin", null]] }))).toBe(200);
    expect(await see(await createUser({ roles: [["guardian", "MI"]] }))).toBe(404);
    expect(await see(await createUser({ roles: [["coordinator", "BS"]] }))).toBe(404);
    expect(await see(await createUser({ roles: [["trainer", "BS"]] }))).toBe(404);
    expect(await see(await createUser({ roles: [["legal_consultant", "MI"]] }))).toBe(404);
    const admin = await createUser({ roles: [["admin", null]] });
    expect(await see(admin, "00000000-0000-4000-8000-000000000000")).toBe(404);
    expect(await see(admin, "not-a-uuid")).toBe(404);
    const self = await outcome(async () =>
      person.loader(args(getRequest(`/formazione/persone/${milanGuardian.id}`, await sessionCookieFor(milanGuardian.id)), { id: milanGuardian.id })),
    );
    expect(self).toMatchObject({ status: 302, location: "/formazione/percorso" });
  });
});
