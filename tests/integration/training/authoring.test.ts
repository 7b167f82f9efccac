// Authoring through the pages' loaders and actions: courses, drafts that learners do not see,
// publishing, restoring, reordering, archiving, the quiz editor's validation and Markdown safety.
import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, courses, moduleVersions, modules } from "../../../db/schema";
import { db } from "../../../app/db.server";
import * as newCourse from "../../../app/routes/formazione.gestione.corsi.nuovo";
import * as course from "../../../app/routes/formazione.gestione.corsi.$corso._index";
import * as newModule from "../../../app/routes/formazione.gestione.corsi.$corso.moduli.nuovo";
import * as editor from "../../../app/routes/formazione.gestione.moduli.$id._index";
import * as versions from "../../../app/routes/formazione.gestione.moduli.$id.versioni";
import * as quiz from "../../../app/routes/formazione.gestione.moduli.$id.quiz";
import { createCourse, createPublishedModule, sampleQuiz } from "../../fixtures/training";
import { createUser } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";
import { formRequest, getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const context = { cspNonce: "test", clientIp: "127.0.0.1" };
type Fn = (args: { request: Request; params: Record<string, string>; context: typeof context }) => Promise<unknown>;
let cookie = "";
let trainerId = "";

beforeAll(async () => {
  const trainer = await createUser({ roles: [["trainer", "MI"]], name: "Fabio Formatore" });
  trainerId = trainer.id;
  cookie = await sessionCookieFor(trainer.id);
});

async function post(fn: unknown, path: string, params: Record<string, string>, fields: Record<string, string | string[]>) {
  return outcome(() => (fn as Fn)({ request: formRequest(path, fields, cookie), params, context }));
}
async function get(fn: unknown, path: string, params: Record<string, string>) {
  return outcome(() => (fn as Fn)({ request: getRequest(path, cookie), params, context }));
}
/** The payload of an action's data() answer. */
function payload<T = Record<string, unknown>>(result: { value?: unknown }): T {
  return (result.value as { data: T }).data;
}
async function moduleRow(id: string) {
  const [row] = await db().select().from(modules).where(eq(modules.id, id));
  return row;
}
async function versionRows(moduleId: string) {
  return db().select().from(moduleVersions).where(eq(moduleVersions.moduleId, moduleId)).orderBy(asc(moduleVersions.number));
}
const moduleFields = (over: Record<string, string> = {}) => ({
  title: "Il permesso di soggiorno",
  summary: "Quale permesso, quando e come.",
  minutes: "25",
  bodyMd: "## Il permesso\n\nTesto **nuovo**.",
  ...over,
});

describe(`courses (${engine})`, () => {
  it("creates a course; slug format and uniqueness are reported at the field, input kept", async () => {
    const fields = { intent: "save", title: "Corso nuovo", slug: "Corso Nuovo", summary: "S", bodyMd: "Ciao", audience: "guardian", hours: "2,5", validityMonths: "", renewsCourseId: "", status: "draft" };
    const bad = await post(newCourse.action, "/formazione/gestione/corsi/nuovo", {}, fields);
    expect(bad.status).toBe(400);
    expect(payload(bad)).toMatchObject({ errors: { slug: "authoring.course.slugFormat" }, values: { title: "Corso nuovo" } });

    const ok = await post(newCourse.action, "/formazione/gestione/corsi/nuovo", {}, { ...fields, slug: `corso-nuovo-${engine}`, mandatory: "on" });
    expect(ok.status).toBe(302);
    expect(ok.location).toBe(`/formazione/gestione/corsi/corso-nuovo-${engine}?esito=creato`);
    const [created] = await db().select().from(courses).where(eq(courses.slug, `corso-nuovo-${engine}`));
    expect(created).toMatchObject({ title: "Corso nuovo", hours: 2.5, mandatory: true, status: "draft", validityMonths: null, audience: "guardian" });
    expect(created.bodyHtml).toContain("<p>Ciao</p>");

    const again = await post(newCourse.action, "/formazione/gestione/corsi/nuovo", {}, { ...fields, slug: `corso-nuovo-${engine}` });
    expect(again.status).toBe(409);
    expect(payload(again)).toMatchObject({ errors: { slug: "authoring.course.slugTaken" } });

    const audit = await db().select().from(auditLog).where(and(eq(auditLog.entityId, created.id), eq(auditLog.action, "training.course.create")));
    expect(audit).toHaveLength(1);
  });

  it("edits a course (mandatory, validity, renews, status) with messages at the fields", async () => {
    const c = await createCourse();
    const other = await createCourse();
    const path = `/formazione/gestione/corsi/${c.slug}`;
    const base = { intent: "save", title: "Aggiornamento", summary: "", bodyMd: "", audience: "guardian", hours: "4", status: "published" };
    const bad = await post(course.action, path, { corso: c.slug }, { ...base, title: " ", hours: "-1", validityMonths: "0" });
    expect(bad.status).toBe(400);
    expect(payload(bad)).toMatchObject({
      errors: { title: "authoring.course.titleRequired", hours: "authoring.course.hoursInvalid", validityMonths: "authoring.course.validityInvalid" },
    });
    const self = await post(course.action, path, { corso: c.slug }, { ...base, renewsCourseId: c.id });
    expect(payload(self)).toMatchObject({ errors: { renewsCourseId: "authoring.course.renewsInvalid" } });
    const ok = await post(course.action, path, { corso: c.slug }, { ...base, mandatory: "on", validityMonths: "24", renewsCourseId: other.id });
    expect(ok.location).toBe(`${path}?esito=salvato`);
    const [row] = await db().select().from(courses).where(eq(courses.id, c.id));
    expect(row).toMatchObject({ title: "Aggiornamento", mandatory: true, validityMonths: 24, renewsCourseId: other.id, status: "published" });
  });
});

describe(`modules and versions (${engine})`, () => {
  it("creates a module as a draft: a slug from its title, at the end, not published", async () => {
    const c = await createCourse();
    await createPublishedModule(c.id, { position: 1 });
    const path = `/formazione/gestione/corsi/${c.slug}/moduli/nuovo`;
    const bad = await post(newModule.action, path, { corso: c.slug }, { intent: "save", title: "", minutes: "0", bodyMd: "  " });
    expect(bad.status).toBe(400);
    expect(payload(bad)).toMatchObject({
      errors: { title: "authoring.module.titleRequired", minutes: "authoring.module.minutesInvalid", bodyMd: "authoring.module.bodyRequired" },
      values: { minutes: "0" },
    });
    const ok = await post(newModule.action, path, { corso: c.slug }, { intent: "save", ...moduleFields({ title: "Perché è già così?" }) });
    expect(ok.status).toBe(302);
    const id = ok.location!.match(/moduli\/([0-9a-f-]{36})\?esito=salvato&numero=1$/)![1];
    const m = await moduleRow(id);
    expect(m).toMatchObject({ slug: "perche-e-gia-cosi", position: 2, publishedVersionId: null });
    const [v] = await versionRows(id);
    expect(v).toMatchObject({ source: "portal", authorId: trainerId, number: 1, minutes: 25 });
    expect(m.latestVersionId).toBe(v.id);
  });

  it("saving a draft adds a version but leaves what learners read alone; publishing changes it", async () => {
    const c = await createCourse();
    const m = await createPublishedModule(c.id, { bodyMd: "## Vecchio\n\nTesto pubblicato.", quiz: sampleQuiz() });
    const path = `/formazione/gestione/moduli/${m.id}`;
    const saved = await post(editor.action, path, { id: m.id }, { intent: "save", ...moduleFields() });
    expect(saved.location).toBe(`${path}?esito=salvato&numero=2`);
    let row = await moduleRow(m.id);
    expect(row.publishedVersionId).toBe(m.version.id);
    let all = await versionRows(m.id);
    expect(all).toHaveLength(2);
    expect(row.latestVersionId).toBe(all[1].id);
    expect(all[1].quiz).toEqual(sampleQuiz()); // the quiz goes along with the text
    expect(all[1].bodyHtml).toContain("<strong>nuovo</strong>");

    // Saving the same content again adds nothing.
    const same = await post(editor.action, path, { id: m.id }, { intent: "save", ...moduleFields() });
    expect(same.location).toBe(`${path}?esito=invariato&numero=2`);
    expect(await versionRows(m.id)).toHaveLength(2);

    // The editor shows the latest version and says which one is published.
    const page = await get(editor.loader, path, { id: m.id });
    expect(page.value).toMatchObject({ latest: { number: 2, title: "Il permesso di soggiorno" }, published: { number: 1 } });

    // Publishing a changed form saves first, then publishes that version.
    const published = await post(editor.action, path, { id: m.id }, { intent: "publish", ...moduleFields({ minutes: "30" }) });
    expect(published.location).toBe(`${path}?esito=pubblicato&numero=3`);
    row = await moduleRow(m.id);
    all = await versionRows(m.id);
    expect(all).toHaveLength(3);
    expect(row.publishedVersionId).toBe(all[2].id);
    expect(row.latestVersionId).toBe(all[2].id);
    const actions = (await db().select().from(auditLog).where(eq(auditLog.entityId, m.id))).map((a) => a.action).sort();
    expect(actions).toEqual(["training.module.publish", "training.module.save", "training.module.save"]);
  });

  it("restores an old version as a new, unpublished latest version; the history lists them all", async () => {
    const c = await createCourse();
    const m = await createPublishedModule(c.id, { bodyMd: "Prima stesura." });
    const path = `/formazione/gestione/moduli/${m.id}`;
    await post(editor.action, path, { id: m.id }, { intent: "save", ...moduleFields({ bodyMd: "Seconda stesura." }) });
    const restored = await post(versions.action, `${path}/versioni`, { id: m.id }, { intent: "restore", versionId: m.version.id });
    expect(restored.location).toBe(`${path}/versioni?esito=ripristinata&numero=3&da=1`);
    const all = await versionRows(m.id);
    expect(all[2]).toMatchObject({ source: "restore", restoredFromId: m.version.id, bodyMd: "Prima stesura.", authorId: trainerId });
    const row = await moduleRow(m.id);
    expect(row.latestVersionId).toBe(all[2].id);
    expect(row.publishedVersionId).toBe(m.version.id);

    const history = await get(versions.loader, `${path}/versioni?versione=2`, { id: m.id });
    const d = history.value as Awaited<ReturnType<typeof versions.loader>>;
    expect(d.versions.map((v) => [v.number, v.source, v.authorName])).toEqual([
      [3, "restore", "Fabio Formatore"],
      [2, "portal", "Fabio Formatore"],
      [1, "portal", null],
    ]);
    expect(d.viewing).toMatchObject({ number: 2 });
    expect(d.viewing!.bodyHtml).toContain("Seconda stesura.");
    expect((await get(versions.loader, `${path}/versioni?versione=9`, { id: m.id })).status).toBe(404);

    // A version of another module cannot be restored here.
    const other = await createPublishedModule(c.id);
    expect((await post(versions.action, `${path}/versioni`, { id: m.id }, { intent: "restore", versionId: other.version.id })).status).toBe(404);
  });

  it("reorders modules with up/down (positions rewritten 1..n) and archives one", async () => {
    const c = await createCourse();
    const a = await createPublishedModule(c.id, { position: 10, title: "A" });
    const b = await createPublishedModule(c.id, { position: 20, title: "B" });
    const d = await createPublishedModule(c.id, { position: 30, title: "C" });
    const path = `/formazione/gestione/corsi/${c.slug}`;
    const params = { corso: c.slug };
    const order = async () =>
      (await db().select().from(modules).where(eq(modules.courseId, c.id)).orderBy(asc(modules.position))).map((m) => [m.id, m.position]);

    expect((await post(course.action, path, params, { intent: `down:${a.id}` })).location).toBe(`${path}?esito=spostato#moduli`);
    expect(await order()).toEqual([[b.id, 1], [a.id, 2], [d.id, 3]]);
    await post(course.action, path, params, { intent: `up:${d.id}` });
    expect(await order()).toEqual([[b.id, 1], [d.id, 2], [a.id, 3]]);
    expect((await post(course.action, path, params, { intent: `up:${b.id}` })).location).toBe(`${path}?esito=invariato#moduli`);

    expect((await post(course.action, path, params, { intent: `archive:${d.id}` })).location).toBe(`${path}?esito=archiviato#moduli`);
    expect((await moduleRow(d.id)).archivedAt).not.toBeNull();
    await post(course.action, path, params, { intent: `down:${b.id}` });
    expect((await moduleRow(b.id)).position).toBe(2);
    expect((await moduleRow(a.id)).position).toBe(1);

    const page = await get(course.loader, path, params);
    const listed = (page.value as Awaited<ReturnType<typeof course.loader>>).modules;
    expect(listed.map((m) => [m.title, m.archivedAt !== null])).toEqual([["A", false], ["B", false], ["C", true]]);

    await post(course.action, path, params, { intent: `unarchive:${d.id}` });
    expect(await moduleRow(d.id)).toMatchObject({ archivedAt: null, position: 3 });
    // Another course's module cannot be moved from here.
    const elsewhere = await createPublishedModule((await createCourse()).id);
    expect((await post(course.action, path, params, { intent: `archive:${elsewhere.id}` })).location).toBe(`${path}?esito=invariato#moduli`);
    expect((await post(course.action, path, params, { intent: "drop-table" })).status).toBe(400);
  });
});

describe(`quiz editor (${engine})`, () => {
  const question = (i: number, q: { type: string; text: string; options: [string, boolean][]; explanation?: string }) => {
    const fields: Record<string, string> = { [`q-${i}-type`]: q.type, [`q-${i}-text`]: q.text, [`q-${i}-explanation`]: q.explanation ?? "" };
    q.options.forEach(([text, correct], j) => {
      fields[`q-${i}-o-${j}-text`] = text;
      if (correct) fields[`q-${i}-o-${j}-correct`] = "on";
    });
    return fields;
  };

  it("puts each message at its question and keeps what was typed", async () => {
    const c = await createCourse();
    const m = await createPublishedModule(c.id);
    const path = `/formazione/gestione/moduli/${m.id}/quiz`;
    const result = await post(quiz.action, path, { id: m.id }, {
      intent: "save",
      passMark: "101",
      ...question(0, { type: "single", text: "Due giuste?", options: [["Sì", true], ["No", true]] }),
      ...question(1, { type: "multiple", text: "Nessuna giusta", options: [["A", false], ["B", false]] }),
      ...question(2, { type: "single", text: " ", options: [["", true], ["Altra", false]] }),
      ...question(3, { type: "single", text: "Una sola risposta", options: [["Unica", true]] }),
    });
    expect(result.status).toBe(400);
    const d = payload<{ errors: Record<string, string>; draft: { questions: { text: string; id: string }[] } }>(result);
    expect(d.errors).toEqual({
      passMark: "authoring.quiz.passMarkInvalid",
      "q-0-options": "authoring.quiz.singleOneCorrect",
      "q-1-options": "authoring.quiz.multipleSomeCorrect",
      "q-2-text": "authoring.quiz.textRequired",
      "q-2-o-0-text": "authoring.quiz.optionRequired",
      "q-3-options": "authoring.quiz.optionCount",
    });
    expect(d.draft.questions.map((q) => q.text)).toEqual(["Due giuste?", "Nessuna giusta", " ", "Una sola risposta"]);
    expect(d.draft.questions.map((q) => q.id)).toEqual(["q1", "q2", "q3", "q4"]);
    expect(await versionRows(m.id)).toHaveLength(1);
  });

  it("adds, removes and moves questions and options without saving, then saves a new version", async () => {
    const c = await createCourse();
    const m = await createPublishedModule(c.id);
    const path = `/formazione/gestione/moduli/${m.id}/quiz`;
    const added = await post(quiz.action, path, { id: m.id }, { intent: "add-question", passMark: "80" });
    const draft = payload<{ draft: { questions: { id: string; options: unknown[] }[] } }>(added).draft;
    expect(draft.questions).toHaveLength(1);
    expect(draft.questions[0].options).toHaveLength(2);
    const q = question(0, { type: "single", text: "Prima", options: [["a", true], ["b", false]] });
    const q2 = question(1, { type: "multiple", text: "Seconda", options: [["x", true], ["y", true]], explanation: "Perché." });
    const moved = await post(quiz.action, path, { id: m.id }, { intent: "up-question:1", passMark: "80", ...q, ...q2, "q-0-id": "q1", "q-1-id": "q2" });
    const movedDraft = payload<{ draft: { questions: { id: string; text: string }[] } }>(moved).draft;
    expect(movedDraft.questions.map((x) => [x.id, x.text])).toEqual([["q2", "Seconda"], ["q1", "Prima"]]);
    const more = await post(quiz.action, path, { id: m.id }, { intent: "add-option:0", passMark: "80", ...q });
    expect(payload<{ draft: { questions: { options: { id: string }[] }[] } }>(more).draft.questions[0].options.map((o) => o.id)).toEqual(["a", "b", "c"]);
    expect(await versionRows(m.id)).toHaveLength(1);

    const saved = await post(quiz.action, path, { id: m.id }, { intent: "save", passMark: "50", ...q, ...q2 });
    expect(saved.location).toBe(`${path}?esito=salvato&numero=2`);
    const [, v2] = await versionRows(m.id);
    expect(v2.quiz).toEqual({
      passMark: 50,
      questions: [
        { id: "q1", type: "single", text: "Prima", explanation: "", options: [{ id: "a", text: "a", correct: true }, { id: "b", text: "b", correct: false }] },
        { id: "q2", type: "multiple", text: "Seconda", explanation: "Perché.", options: [{ id: "a", text: "x", correct: true }, { id: "b", text: "y", correct: true }] },
      ],
    });
    expect(v2.bodyMd).toBe(m.version.bodyMd);
    expect((await moduleRow(m.id)).publishedVersionId).toBe(m.version.id);
    const page = await get(quiz.loader, path, { id: m.id });
    expect((page.value as { draft: { passMark: string } }).draft.passMark).toBe("50");
  });
});

describe(`Markdown safety (${engine})`, () => {
  it("renders a preview of hostile Markdown inert, and saves nothing", async () => {
    const c = await createCourse();
    const m = await createPublishedModule(c.id);
    const bodyMd = [
      "## Prova",
      "<script>alert('x')</script>",
      '<img src=x onerror="alert(1)">',
      "[clicca](javascript:alert(1)) e [anche](JaVaScRiPt:alert(2))",
      "[ok](https://www.example.org)",
    ].join("\n\n");
    const result = await post(editor.action, `/formazione/gestione/moduli/${m.id}`, { id: m.id }, { intent: "preview", ...moduleFields({ bodyMd }) });
    expect(result.status).toBe(200);
    const { preview, values } = payload<{ preview: string; values: Record<string, string> }>(result);
    expect(values.bodyMd).toBe(bodyMd);
    expect(preview).not.toMatch(/<script/i);
    expect(preview).not.toMatch(/<img/i);
    expect(preview).not.toMatch(/<[^>]+\son\w+=/i);
    expect(preview).not.toMatch(/href="\s*javascript:/i);
    expect(preview).toContain("&lt;script&gt;");
    expect(preview).toContain('<a href="https://www.example.org"');
    expect(await versionRows(m.id)).toHaveLength(1);

    // The same body saved as a draft is cached just as inert.
    await post(editor.action, `/formazione/gestione/moduli/${m.id}`, { id: m.id }, { intent: "save", ...moduleFields({ bodyMd }) });
    const [, saved] = await versionRows(m.id);
    expect(saved.bodyHtml).toBe(preview);
  });
});
