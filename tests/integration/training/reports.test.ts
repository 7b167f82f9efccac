// Trainers' views: participants of the viewer's districts with progress, the share of right
// answers per quiz question (computed in SQL), the CSV, and who may open these pages.
import { describe, expect, it } from "vitest";
import { courseParticipants, participationByCourse, questionStats } from "../../../app/modules/training/reports.server";
import * as overview from "../../../app/routes/formazione.partecipanti._index";
import * as list from "../../../app/routes/formazione.partecipanti.$corso._index";
import * as csv from "../../../app/routes/formazione.partecipanti.$corso.csv";
import * as questions from "../../../app/routes/formazione.partecipanti.$corso.domande";
import { createCourse, createPublishedModule, sampleQuiz } from "../../fixtures/training";
import { enrol, markProgress, recordAttempt } from "../../fixtures/training-record";
import { createUser, type UserOptions } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";
import { getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const context = { cspNonce: "test", clientIp: "127.0.0.1" };
const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context });
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

async function setting() {
  const course = await createCourse({ title: "Corso partecipanti" });
  const m1 = await createPublishedModule(course.id, { position: 1, quiz: sampleQuiz() });
  const m2 = await createPublishedModule(course.id, { position: 2 });
  const anna = await createUser({ name: "Anna Milanese", roles: [["candidate", "MI"]] });
  const bruno = await createUser({ name: "Bruno Milanese", roles: [["guardian", "MI"]] });
  const carla = await createUser({ name: "Carla Bresciana", roles: [["guardian", "BS"]] });
  await enrol(anna.id, course.id, { enrolledAt: minutesAgo(300), lastActivityAt: minutesAgo(200), completedAt: minutesAgo(5) });
  await markProgress(anna.id, m1.id, { quizPassed: true, at: minutesAgo(10) });
  await markProgress(anna.id, m2.id, { at: minutesAgo(5) });
  await enrol(bruno.id, course.id, { enrolledAt: minutesAgo(100), lastActivityAt: minutesAgo(50) });
  await markProgress(bruno.id, m1.id, { at: minutesAgo(60) });
  await enrol(carla.id, course.id, { lastActivityAt: minutesAgo(1) });
  // q1 right = [b]; q2 right = [a, c].
  await recordAttempt(anna.id, m1.id, m1.version.id, { q1: ["a"], q2: ["a", "c"] }, 1);
  await recordAttempt(anna.id, m1.id, m1.version.id, { q1: ["b"], q2: ["a", "c"] }, 2);
  await recordAttempt(bruno.id, m1.id, m1.version.id, { q1: ["b"], q2: ["a"] }, 1);
  await recordAttempt(carla.id, m1.id, m1.version.id, { q1: ["b"], q2: ["c", "a"] }, 2);
  return { course, m1, anna, bruno, carla };
}

describe(`participants and question statistics (${engine})`, () => {
  it("lists the district's participants with progress, sorted by last activity, paged", async () => {
    const { course, anna, bruno, carla } = await setting();
    const milano = await courseParticipants(course.id, ["MI"], "recenti", 1);
    expect(milano).toMatchObject({ moduleCount: 2, quizCount: 1, total: 2, pages: 1 });
    expect(milano.participants.map((p) => [p.name, p.doneCount, p.quizPassed, p.completedAt !== null])).toEqual([
      ["Anna Milanese", 2, 1, true],
      ["Bruno Milanese", 0, 0, false],
    ]);
    // Last activity is the latest of the enrolment and the module progress.
    expect(Math.abs(milano.participants[0].lastActivityAt.getTime() - minutesAgo(5).getTime())).toBeLessThan(5_000);
    const oldest = await courseParticipants(course.id, ["MI"], "meno-recenti", 1);
    expect(oldest.participants.map((p) => p.userId)).toEqual([bruno.id, anna.id]);
    expect((await courseParticipants(course.id, ["BS"], "nome", 1)).participants.map((p) => p.userId)).toEqual([carla.id]);
    expect((await courseParticipants(course.id, "all", "nome", null)).total).toBe(3);
    expect((await courseParticipants(course.id, [], "nome", 1)).total).toBe(0);
    const counts = (await participationByCourse(["MI"])).find((c) => c.id === course.id);
    expect(counts).toMatchObject({ participants: 2, completed: 1 });
  });

  it("computes the share of right answers per question from the district's attempts", async () => {
    const { course } = await setting();
    const mi = await questionStats(course.id, ["MI"]);
    expect(mi.map((q) => [q.questionId, q.attempts, q.right])).toEqual([
      ["q1", 3, 2],
      ["q2", 3, 2],
    ]);
    const bs = await questionStats(course.id, ["BS"]);
    expect(bs.map((q) => [q.questionId, q.attempts, q.right])).toEqual([
      ["q1", 1, 1],
      ["q2", 1, 1],
    ]);
    expect((await questionStats(course.id, "all")).map((q) => q.right)).toEqual([3, 3]);
  });
});

describe(`participants pages (${engine})`, () => {
  it("sends anonymous visitors to the login page", async () => {
    const result = await outcome(() => overview.loader(args(getRequest("/formazione/partecipanti"))));
    expect(result).toMatchObject({ status: 302, location: `/accedi?redirectTo=${encodeURIComponent("/formazione/partecipanti")}` });
  });

  it("is for trainers, coordinators and admins; a guardian or consultant gets 403", async () => {
    const { course } = await setting();
    const status = async (roles: UserOptions["roles"], fn: (cookie: string) => Promise<unknown>) =>
      (await outcome(async () => fn(await sessionCookieFor((await createUser({ roles })).id)))).status;
    const p = { corso: course.slug };
    const pages = [
      (c: string) => overview.loader(args(getRequest("/formazione/partecipanti", c))),
      (c: string) => list.loader(args(getRequest(`/formazione/partecipanti/${course.slug}`, c), p)),
      (c: string) => csv.loader(args(getRequest(`/formazione/partecipanti/${course.slug}/csv`, c), p)),
      (c: string) => questions.loader(args(getRequest(`/formazione/partecipanti/${course.slug}/domande`, c), p)),
    ];
    for (const page of pages) {
      expect(await status([["guardian", "MI"]], page)).toBe(403);
      expect(await status([["candidate", "MI"]], page)).toBe(403);
      expect(await status([["legal_consultant", "MI"]], page)).toBe(403);
      expect(await status([["trainer", "MI"]], page)).toBe(200);
      expect(await status([["coordinator", "BS"]], page)).toBe(200);
      expect(await status([["admin", null]], page)).toBe(200);
    }
    const trainer = await sessionCookieFor((await createUser({ roles: [["trainer", "MI"]] })).id);
    expect((await outcome(() => list.loader(args(getRequest("/formazione/partecipanti/nessuno", trainer), { corso: "nessuno" })))).status).toBe(404);
    expect((await outcome(() => list.loader(args(getRequest("/formazione/partecipanti/NO!", trainer), { corso: "NO!" })))).status).toBe(404);
    expect((await outcome(() => list.loader(args(getRequest(`/formazione/partecipanti/${course.slug}?pagina=9`, trainer), p)))).status).toBe(404);
  });

  it("shows a Milano trainer only Milano participants, in the page and in the CSV", async () => {
    const { course } = await setting();
    const trainer = await sessionCookieFor((await createUser({ roles: [["trainer", "MI"]] })).id);
    const page = (await list.loader(args(getRequest(`/formazione/partecipanti/${course.slug}?ordine=nome`, trainer), { corso: course.slug }))) as Awaited<
      ReturnType<typeof list.loader>
    >;
    expect(page.participants.map((p) => p.name)).toEqual(["Anna Milanese", "Bruno Milanese"]);
    // Only training data: no e-mail, phone or anything else about the person.
    expect(Object.keys(page.participants[0]).sort()).toEqual(["completedAt", "doneCount", "enrolledAt", "lastActivityAt", "name", "quizPassed", "userId"]);
    const response = (await csv.loader(args(getRequest(`/formazione/partecipanti/${course.slug}/csv`, trainer), { corso: course.slug }))) as Response;
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain(`partecipanti-${course.slug}.csv`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe("Nome;Iscrizione;Moduli completati;Moduli del corso;Quiz superati;Completato il;Ultima attività");
    expect(lines).toHaveLength(3);
    expect(text).not.toContain("Carla");
    expect(lines.find((l) => l.startsWith("Anna"))).toMatch(/^Anna Milanese;\d\d\/\d\d\/\d{4};2;2;1;\d\d\/\d\d\/\d{4};\d\d\/\d\d\/\d{4} \d\d:\d\d$/);
    const stats = await questions.loader(args(getRequest(`/formazione/partecipanti/${course.slug}/domande`, trainer), { corso: course.slug }));
    expect(stats.stats.map((s) => s.attempts)).toEqual([3, 3]);
  });
});
