// One minor's page (/tutele/:codice): who gets in (the district's coordinators and the active
// guardian; everyone else 404, anonymous to the login), the audit of every read, deadlines (done and
// undone by the guardian, added by hand, deleted by their author, ids of other minors refused),
// flags (added, removed with a reason, kept as history) and each user's private diary.
import { createRemixStub } from "@remix-run/testing";
import { and, eq } from "drizzle-orm";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { appointments, auditLog, enrolments, minorDeadlines, minorFlags, type Role } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { endAppointment, proposeGuardian, recordDecree, respondToProposal } from "../../../app/modules/guardianship/appointments.server";
import { addDays, addYears } from "../../../app/modules/guardianship/deadlines";
import { setGuardianState, updateGuardianProfile } from "../../../app/modules/guardianship/guardians.server";
import { createMinor, romeToday } from "../../../app/modules/guardianship/minors.server";
import type { MinorInput } from "../../../app/modules/guardianship/schema";
import * as page from "../../../app/routes/tutele.$codice._index";
import { createCourse } from "../../fixtures/training";
import { createUser } from "../../fixtures/users";
import { useTestDatabase } from "../../support/database";
import { formRequest, getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const ctx = { cspNonce: "", clientIp: "127.0.0.1" };
const TODAY = romeToday(new Date());

type Person = Awaited<ReturnType<typeof person>>;
async function person(roles: [Role, "MI" | "BS" | null][]) {
  const user = await createUser({ roles });
  const actor = { ...user, roles: roles.map(([role, districtCode]) => ({ role, districtCode })) };
  return { user, actor, cookie: await sessionCookieFor(user.id) };
}

const minorInput = (over: Partial<MinorInput> = {}): MinorInput => ({
  firstName: "Karim",
  lastName: "Mansour-Prova",
  birthDate: addYears(TODAY, -16),
  sex: "M",
  nationality: "EG",
  languages: ["ar"],
  arrivalDate: addDays(TODAY, -40),
  facilityName: "Comunità Aurora di prova",
  facilityMunicipality: "Monza",
  facilityProvince: "MB",
  courtFileNumber: "RG-0815/2026",
  specialNeeds: ["asylum_application"],
  ...over,
});

let course: { id: string };
let coordinator: Person, guardian: Person, otherGuardian: Person;

async function listedGuardian(): Promise<Person> {
  const p = await person([["guardian", "MI"]]);
  await db().insert(enrolments).values({ userId: p.user.id, courseId: course.id, completedAt: new Date() });
  expect(await setGuardianState(coordinator.actor, p.user.id, "MI", { state: "listed", listedSince: addDays(TODAY, -300) })).toEqual({ ok: true });
  await updateGuardianProfile(coordinator.actor, p.user.id, "MI", {
    available: true,
    maxMinors: 10,
    maxMinorsReason: "Molti minori nei test",
    province: "MB",
    languages: ["ar"],
    notes: "",
  });
  return p;
}

/** A Milano minor with `to` as its active guardian (proposed, accepted, decree recorded). */
async function appointed(to: Person, over: Partial<MinorInput> = {}) {
  const created = await createMinor(coordinator.actor, "MI", minorInput(over));
  if (!created.ok) throw new Error("minor not created");
  // The tests of this file appoint the same guardians many times: past their cap, with a reason.
  const proposed = await proposeGuardian(coordinator.actor, created.id, to.user.id, "Molti minori nei test");
  if (!proposed.ok) throw new Error(proposed.error);
  expect((await respondToProposal(to.actor, proposed.id, true, undefined)).ok).toBe(true);
  expect(await recordDecree(coordinator.actor, proposed.id, addDays(TODAY, -10))).toEqual({ ok: true });
  return created;
}

beforeAll(async () => {
  course = await createCourse({ mandatory: true, status: "published" });
  coordinator = await person([["coordinator", "MI"]]);
  guardian = await listedGuardian();
  otherGuardian = await listedGuardian();
});

const open = (code: string, cookie?: string, search = "") =>
  outcome(() => page.loader({ request: getRequest(`/tutele/${code}${search}`, cookie), params: { codice: code }, context: ctx }));
const post = (code: string, fields: Record<string, string>, cookie?: string) =>
  outcome(() => page.action({ request: formRequest(`/tutele/${code}`, fields, cookie), params: { codice: code }, context: ctx }));
async function shown(code: string, cookie: string) {
  const result = await open(code, cookie);
  expect(result.status).toBe(200);
  return result.value!;
}
/** The body of a refused form (status 400). */
function refusal(result: { status: number; value?: unknown }) {
  expect(result.status).toBe(400);
  return (result.value as { data: { intent: string; target: string | null; errors: Record<string, string>; values: Record<string, string> } }).data;
}
const reads = (minorId: string, actorId: string) =>
  db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, "minor.read"), eq(auditLog.entityId, minorId), eq(auditLog.actorId, actorId)));

describe("/tutele/:codice: who gets in", () => {
  it("shows the record to the district's coordinator and to the active guardian, and audits each read", async () => {
    const minor = await appointed(guardian);
    const asCoordinator = await shown(minor.code, coordinator.cookie);
    expect(asCoordinator.viewer).toBe("coordinator");
    expect(asCoordinator.minor.firstName).toBe("Karim");
    expect(asCoordinator.minor.nationality?.code).toBe("EG");
    expect(asCoordinator.minor.age).toBe(16);
    expect(asCoordinator.appointment).toMatchObject({ guardianName: guardian.user.name, decreeDate: addDays(TODAY, -10), mine: false });
    const asGuardian = await shown(minor.code, guardian.cookie);
    expect(asGuardian.viewer).toBe("guardian");
    expect(asGuardian.appointment?.mine).toBe(true);
    expect(asGuardian.districtName).toMatch(/Milano/);
    // The rule deadlines are there: the 18th birthday, two years ahead.
    expect(asGuardian.deadlines.some((d) => d.kind === "eighteenth_birthday" && d.dueDate === addYears(TODAY, 2))).toBe(true);

    await shown(minor.code, guardian.cookie);
    expect(await reads(minor.id, coordinator.user.id)).toHaveLength(1);
    expect(await reads(minor.id, guardian.user.id)).toHaveLength(2);
    const [entry] = await reads(minor.id, guardian.user.id);
    expect(entry.districtCode).toBe("MI");
    expect(JSON.stringify(entry.details)).not.toContain("Karim");
  });

  it("answers 404 to everyone else, the same as for an unknown code, on the page and on its forms", async () => {
    const minor = await appointed(guardian);
    const brescia = await person([["coordinator", "BS"]]);
    const trainer = await person([["trainer", "MI"]]);
    const admin = await person([["admin", null]]);
    const consultant = await person([["legal_consultant", "MI"]]);
    // Proposed only (not accepted, no decree): sees the code on /tutele, not the record.
    const waiting = await createMinor(coordinator.actor, "MI", minorInput());
    if (!waiting.ok) throw new Error("minor not created");
    const proposed = await proposeGuardian(coordinator.actor, waiting.id, otherGuardian.user.id, undefined);
    expect(proposed.ok).toBe(true);
    expect((await open(waiting.code, otherGuardian.cookie)).status).toBe(404);

    for (const p of [brescia, otherGuardian, trainer, admin, consultant]) {
      expect((await open(minor.code, p.cookie)).status).toBe(404);
      expect((await post(minor.code, { intent: "addNote", body: "Prova" }, p.cookie)).status).toBe(404);
    }
    expect((await open("MI-2026-9999", coordinator.cookie)).status).toBe(404);
    expect((await open("not-a-code", coordinator.cookie)).status).toBe(404);
    // None of those refusals is an audited read.
    const rows = await db().select().from(auditLog).where(and(eq(auditLog.action, "minor.read"), eq(auditLog.entityId, minor.id)));
    expect(rows).toHaveLength(0);
  });

  it("sends an anonymous visitor to the login page, for the page and the forms", async () => {
    const minor = await appointed(guardian);
    const page = await open(minor.code);
    expect(page.status).toBe(302);
    expect(page.location).toBe(`/accedi?redirectTo=${encodeURIComponent(`/tutele/${minor.code}`)}`);
    const form = await post(minor.code, { intent: "addNote", body: "Prova" });
    expect(form.status).toBe(302);
    expect(form.location).toMatch(/^\/accedi/);
  });

  it("stops showing the record to a guardian once the appointment has ended", async () => {
    const minor = await appointed(otherGuardian);
    expect((await open(minor.code, otherGuardian.cookie)).status).toBe(200);
    const [active] = await db().select().from(appointments).where(and(eq(appointments.minorId, minor.id), eq(appointments.status, "active")));
    expect((await endAppointment(coordinator.actor, active.id, "transfer", TODAY)).ok).toBe(true);
    expect((await open(minor.code, otherGuardian.cookie)).status).toBe(404);
  });
});

describe("deadlines", () => {
  it("lets the guardian mark a deadline done (who and when recorded) and undo it; the coordinator may not", async () => {
    const minor = await appointed(guardian);
    const before = await shown(minor.code, guardian.cookie);
    const birthday = before.deadlines.find((d) => d.kind === "eighteenth_birthday")!;
    expect(birthday.state).toBe("later");

    expect((await post(minor.code, { intent: "done", id: birthday.id }, coordinator.cookie)).status).toBe(403);

    const done = await post(minor.code, { intent: "done", id: birthday.id }, guardian.cookie);
    expect(done.status).toBe(302);
    expect(done.location).toBe(`/tutele/${minor.code}?esito=scadenza-fatta#scadenze`);
    const [row] = await db().select().from(minorDeadlines).where(eq(minorDeadlines.id, birthday.id));
    expect(row.doneById).toBe(guardian.user.id);
    expect(row.doneAt).not.toBeNull();

    const after = await open(minor.code, guardian.cookie, "?esito=scadenza-fatta");
    const value = after.value!;
    expect(value.outcome).toBe("tutelaminor.outcome.scadenza-fatta");
    const shownDone = value.deadlines.find((d) => d.id === birthday.id)!;
    expect(shownDone.state).toBe("done");
    expect(shownDone.doneByName).toBe(guardian.user.name);
    // Done ones come after every open one.
    expect(value.deadlines.at(-1)!.id).toBe(birthday.id);
    // The coordinator sees it done too.
    expect((await shown(minor.code, coordinator.cookie)).deadlines.find((d) => d.id === birthday.id)!.state).toBe("done");

    expect((await post(minor.code, { intent: "reopen", id: birthday.id }, guardian.cookie)).status).toBe(302);
    expect((await shown(minor.code, guardian.cookie)).deadlines.find((d) => d.id === birthday.id)!.state).toBe("later");

    const audited = await db().select().from(auditLog).where(and(eq(auditLog.entityId, minor.id), eq(auditLog.actorId, guardian.user.id)));
    expect(audited.map((a) => a.action)).toEqual(expect.arrayContaining(["deadline.done", "deadline.reopen"]));
  });

  it("answers 404 for a deadline of another minor, and leaves it untouched", async () => {
    const mine = await appointed(guardian);
    const theirs = await appointed(otherGuardian);
    const [foreign] = await db().select().from(minorDeadlines).where(eq(minorDeadlines.minorId, theirs.id)).limit(1);
    expect((await post(mine.code, { intent: "done", id: foreign.id }, guardian.cookie)).status).toBe(404);
    expect((await post(mine.code, { intent: "done", id: "not-a-uuid" }, guardian.cookie)).status).toBe(404);
    expect((await post(mine.code, { intent: "deleteDeadline", id: foreign.id }, guardian.cookie)).status).toBe(404);
    const [row] = await db().select().from(minorDeadlines).where(eq(minorDeadlines.id, foreign.id));
    expect(row.doneAt).toBeNull();
  });

  it("adds a manual deadline; a bad date is refused beside its field with the title kept", async () => {
    const minor = await appointed(guardian);
    const bad = refusal(await post(minor.code, { intent: "addDeadline", title: "Rinnovo tessera sanitaria", dueDate: "2026-02-31", remindDaysBefore: "7" }, guardian.cookie));
    expect(bad.intent).toBe("addDeadline");
    expect(bad.errors.dueDate).toBe("tutele.error.date");
    expect(bad.errors.title).toBeUndefined();
    expect(bad.values.title).toBe("Rinnovo tessera sanitaria");
    expect(bad.values.remindDaysBefore).toBe("7");

    const noTitle = refusal(await post(minor.code, { intent: "addDeadline", title: " ", dueDate: addDays(TODAY, 20) }, coordinator.cookie));
    expect(noTitle.errors.title).toBe("tutele.error.deadlineTitle");

    const due = addDays(TODAY, 20);
    const added = await post(minor.code, { intent: "addDeadline", title: "Rinnovo tessera sanitaria", dueDate: due, remindDaysBefore: "7" }, guardian.cookie);
    expect(added.status).toBe(302);
    const asGuardian = await shown(minor.code, guardian.cookie);
    const manual = asGuardian.deadlines.find((d) => d.kind === "manual")!;
    expect(manual).toMatchObject({ title: "Rinnovo tessera sanitaria", dueDate: due, remindDaysBefore: [7], state: "soon", deletable: true });

    // The coordinator adds one too; each may delete only their own, never a rule deadline.
    expect((await post(minor.code, { intent: "addDeadline", title: "Udienza in tribunale", dueDate: addDays(TODAY, 60) }, coordinator.cookie)).status).toBe(302);
    const asCoordinator = await shown(minor.code, coordinator.cookie);
    const theirs = asCoordinator.deadlines.find((d) => d.title === "Udienza in tribunale")!;
    expect(theirs.remindDaysBefore).toEqual([]);
    expect(asCoordinator.deadlines.find((d) => d.id === manual.id)!.deletable).toBe(false);
    expect((await post(minor.code, { intent: "deleteDeadline", id: manual.id }, coordinator.cookie)).status).toBe(403);
    const rule = asCoordinator.deadlines.find((d) => d.kind === "eighteenth_birthday")!;
    expect(rule.deletable).toBe(false);
    expect((await post(minor.code, { intent: "deleteDeadline", id: rule.id }, coordinator.cookie)).status).toBe(403);

    expect((await post(minor.code, { intent: "deleteDeadline", id: manual.id }, guardian.cookie)).status).toBe(302);
    const left = await db().select().from(minorDeadlines).where(eq(minorDeadlines.minorId, minor.id));
    expect(left.some((d) => d.id === manual.id)).toBe(false);
    expect(left.some((d) => d.id === rule.id)).toBe(true);

    const actions = await db().select().from(auditLog).where(eq(auditLog.entityId, minor.id));
    const adds = actions.filter((a) => a.action === "deadline.add");
    expect(adds).toHaveLength(2);
    expect(JSON.stringify(adds.map((a) => a.details))).not.toContain("tessera");
  });
});

describe("flags", () => {
  it("adds a flag with a reason, removes it only with a reason, and keeps it as history", async () => {
    const minor = await appointed(guardian);
    const empty = refusal(await post(minor.code, { intent: "addFlag", reason: "", addressBy: addDays(TODAY, 5) }, coordinator.cookie));
    expect(empty.errors.reason).toBe("tutele.error.flagReason");
    expect(empty.values.addressBy).toBe(addDays(TODAY, 5));

    expect(
      (await post(minor.code, { intent: "addFlag", reason: "Documenti scolastici mancanti", addressBy: addDays(TODAY, -2) }, coordinator.cookie)).status,
    ).toBe(302);
    expect((await post(minor.code, { intent: "addFlag", reason: "Visita medica da prenotare" }, guardian.cookie)).status).toBe(302);

    const seen = await shown(minor.code, guardian.cookie);
    expect(seen.openFlags).toHaveLength(2);
    const late = seen.openFlags.find((f) => f.reason === "Documenti scolastici mancanti")!;
    expect(late).toMatchObject({ overdue: true, raisedByName: coordinator.user.name, addressBy: addDays(TODAY, -2) });
    expect(seen.openFlags.find((f) => f.reason === "Visita medica da prenotare")!.overdue).toBe(false);

    const noReason = refusal(await post(minor.code, { intent: "removeFlag", id: late.id, removalReason: "  " }, guardian.cookie));
    expect(noReason).toMatchObject({ intent: "removeFlag", target: late.id, errors: { removalReason: "tutele.error.removalReason" } });
    expect((await db().select().from(minorFlags).where(eq(minorFlags.id, late.id)))[0].removedAt).toBeNull();

    const removed = await post(minor.code, { intent: "removeFlag", id: late.id, removalReason: "Consegnati alla scuola" }, guardian.cookie);
    expect(removed.status).toBe(302);
    expect(removed.location).toBe(`/tutele/${minor.code}?esito=segnalazione-rimossa#segnalazioni`);

    const after = await shown(minor.code, coordinator.cookie);
    expect(after.openFlags.map((f) => f.reason)).toEqual(["Visita medica da prenotare"]);
    expect(after.removedFlags).toHaveLength(1);
    expect(after.removedFlags[0]).toMatchObject({ reason: "Documenti scolastici mancanti", removalReason: "Consegnati alla scuola", removedByName: guardian.user.name });
    // Never deleted; a second removal changes nothing.
    expect(await db().select().from(minorFlags).where(eq(minorFlags.minorId, minor.id))).toHaveLength(2);
    expect(refusal(await post(minor.code, { intent: "removeFlag", id: late.id, removalReason: "Ancora" }, coordinator.cookie)).errors._form).toBe(
      "tutelaminor.error.stale",
    );

    const other = await appointed(otherGuardian);
    expect((await post(other.code, { intent: "removeFlag", id: after.openFlags[0].id, removalReason: "Non mio" }, otherGuardian.cookie)).status).toBe(404);

    const actions = (await db().select().from(auditLog).where(eq(auditLog.entityId, minor.id))).map((a) => a.action);
    expect(actions.filter((a) => a === "flag.add")).toHaveLength(2);
    expect(actions.filter((a) => a === "flag.remove")).toHaveLength(1);
  });
});

describe("diary", () => {
  it("keeps each user's notes private: the guardian's are not shown to the coordinator and vice versa", async () => {
    const minor = await appointed(guardian);
    const empty = refusal(await post(minor.code, { intent: "addNote", body: "   " }, guardian.cookie));
    expect(empty.errors.body).toBe("tutele.error.noteBody");

    expect((await post(minor.code, { intent: "addNote", body: "Primo colloquio: sereno." }, guardian.cookie)).status).toBe(302);
    await new Promise((r) => setTimeout(r, 5)); // distinct timestamps: the diary is ordered by time
    expect((await post(minor.code, { intent: "addNote", body: "Chiamata con la comunità." }, guardian.cookie)).status).toBe(302);
    expect((await post(minor.code, { intent: "addNote", body: "Nota del coordinamento." }, coordinator.cookie)).status).toBe(302);

    const asGuardian = await shown(minor.code, guardian.cookie);
    expect(asGuardian.notes.map((n) => n.body)).toEqual(["Chiamata con la comunità.", "Primo colloquio: sereno."]);
    const asCoordinator = await shown(minor.code, coordinator.cookie);
    expect(asCoordinator.notes.map((n) => n.body)).toEqual(["Nota del coordinamento."]);
    // Another coordinator of the district sees the record but not a colleague's notes.
    const colleague = await person([["coordinator", "MI"]]);
    expect((await shown(minor.code, colleague.cookie)).notes).toEqual([]);

    const audited = await db().select().from(auditLog).where(and(eq(auditLog.entityId, minor.id), eq(auditLog.action, "note.add")));
    expect(audited).toHaveLength(3);
    expect(JSON.stringify(audited.map((a) => a.details))).not.toMatch(/colloquio|comunità|coordinamento\./);
  });

  it("refuses an unknown intent with a message for the whole form", async () => {
    const minor = await appointed(guardian);
    expect(refusal(await post(minor.code, { intent: "explode" }, guardian.cookie)).errors._form).toBe("tutelaminor.error.intent");
  });
});

/** The page as the server renders it, from the loader's (and action's) data. */
function render(code: string, loaderData: unknown, actionData?: unknown): string {
  const path = `/tutele/${code}`;
  const Stub = createRemixStub([{ id: "page", path, Component: page.default, loader: () => loaderData as never }]);
  const quiet = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes("useLayoutEffect does nothing on the server")) throw new Error(args.map(String).join(" "));
  });
  try {
    return renderToString(
      createElement(Stub, {
        initialEntries: [path],
        hydrationData: { loaderData: { page: loaderData }, actionData: actionData ? { page: actionData } : undefined },
      }),
    );
  } finally {
    quiet.mockRestore();
  }
}
const text = (html: string) =>
  html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");

describe("the page as rendered", () => {
  it("shows the guardian the record, the deadlines with their buttons, the flags, the private diary and the link to Consulenze", async () => {
    const minor = await appointed(guardian);
    await post(minor.code, { intent: "addFlag", reason: "Iscrizione scolastica", addressBy: addDays(TODAY, -1) }, coordinator.cookie);
    await post(minor.code, { intent: "addNote", body: "Colloquio andato bene." }, guardian.cookie);
    const html = render(minor.code, await shown(minor.code, guardian.cookie));
    const shownText = text(html);
    expect(shownText).toContain(`Scheda del minore ${minor.code}`);
    expect(shownText).toContain("Karim Mansour-Prova");
    expect(shownText).toContain("Egitto (EG)");
    expect(shownText).toContain("Compimento dei 18 anni");
    expect(shownText).toContain("Segna come fatta");
    expect(shownText).toContain("Visibili solo a te");
    expect(shownText).toContain("Colloquio andato bene.");
    expect(shownText).toContain("Iscrizione scolastica");
    expect(shownText).toContain("In ritardo");
    expect(shownText).toMatch(/Tu, dal /);
    expect(html).toContain(`href="/consulenze/nuova?minore=${minor.id}"`);
    expect(shownText).toContain("Chiedi ai consulenti legali su questo minore");
    expect(html).not.toContain(`/tutele/${minor.code}/tutela"`);
  });

  it("shows the coordinator the links to edit and to the appointment desk, no done buttons, not the guardian's diary", async () => {
    const minor = await appointed(guardian);
    await post(minor.code, { intent: "addNote", body: "Segreto del tutore." }, guardian.cookie);
    const html = render(minor.code, await shown(minor.code, coordinator.cookie));
    const shownText = text(html);
    expect(html).toContain(`href="/tutele/${minor.code}/modifica"`);
    expect(html).toContain(`href="/tutele/${minor.code}/tutela"`);
    expect(shownText).toContain(guardian.user.name);
    expect(shownText).not.toContain("Segna come fatta");
    expect(shownText).not.toContain("Segreto del tutore.");
    expect(html).not.toContain("/consulenze/nuova");
  });

  it("shows a refused deadline's error beside its field and keeps the title", async () => {
    const minor = await appointed(guardian);
    const refused = refusal(await post(minor.code, { intent: "addDeadline", title: "Visita oculistica", dueDate: "domani" }, guardian.cookie));
    const html = render(minor.code, await shown(minor.code, guardian.cookie), refused);
    expect(html).toMatch(/id="field-dueDate-error"[^>]*>Scrivi una data valida/);
    expect(html).toMatch(/<input[^>]*name="title"[^>]*value="Visita oculistica"/);
  });
});
