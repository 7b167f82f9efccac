// The coordinators' appointment desk /tutele/:codice/tutela through its loader and action: only the
// district's coordinators get in (the active guardian too gets 404); suggestions with reasons,
// propose → accept → decree → end, refusals (future decree date, over the cap, not listed) shown
// on the field concerned with nothing written, withdrawal and a declined proposal.
import { createRemixStub } from "@remix-run/testing";
import { and, eq } from "drizzle-orm";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { appointments, auditLog, enrolments } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { proposeGuardian, recordDecree, respondToProposal } from "../../../app/modules/guardianship/appointments.server";
import { setGuardianState, updateGuardianProfile } from "../../../app/modules/guardianship/guardians.server";
import { createMinor, romeToday } from "../../../app/modules/guardianship/minors.server";
import type { MinorInput } from "../../../app/modules/guardianship/schema";
import * as page from "../../../app/routes/tutele.$codice.tutela";
import { member } from "../../fixtures/forum";
import { createCourse } from "../../fixtures/training";
import { useTestDatabase } from "../../support/database";
import { formRequest, getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const ctx = { cspNonce: "", clientIp: "127.0.0.1" };
const TODAY = romeToday(new Date());

type Member = Awaited<ReturnType<typeof member>>;
type Person = Member & { cookie: string };

async function person(options: Parameters<typeof member>[0]): Promise<Person> {
  const m = await member(options);
  return { ...m, cookie: await sessionCookieFor(m.id) };
}

const minorInput = (over: Partial<MinorInput> = {}): MinorInput => ({
  firstName: "Karim",
  lastName: "Benali",
  birthDate: "2010-03-15",
  languages: ["ar", "fr"],
  arrivalDate: "2026-01-10",
  facilityName: "Comunità Aurora",
  facilityMunicipality: "Monza",
  facilityProvince: "MB",
  specialNeeds: [],
  ...over,
});

let coordinator: Person;
let coordinatorBs: Person;
let trainer: Person;
let admin: Person;
let course: { id: string };

/** A guardian of Milano listed in the elenco, with the mandatory course done. */
async function listedGuardian(name: string, profile: { province: string; languages: string[]; maxMinors?: number }) {
  const g = await person({ name, roles: [["guardian", "MI"]] });
  await db().insert(enrolments).values({ userId: g.id, courseId: course.id, completedAt: new Date() });
  expect(await setGuardianState(coordinator, g.id, "MI", { state: "listed", listedSince: "2026-01-10" })).toEqual({ ok: true });
  const max = profile.maxMinors ?? 3;
  await updateGuardianProfile(coordinator, g.id, "MI", {
    available: true,
    maxMinors: max,
    maxMinorsReason: max === 3 ? undefined : "Lavora su turni",
    province: profile.province,
    languages: profile.languages,
    notes: "",
  });
  return g;
}

async function newMinor(over: Partial<MinorInput> = {}) {
  const created = await createMinor(coordinator, "MI", minorInput(over));
  if (!created.ok) throw new Error("minor not created");
  return created;
}

const open = (code: string, cookie?: string) =>
  outcome(() => page.loader({ request: getRequest(`/tutele/${code}/tutela`, cookie), params: { codice: code }, context: ctx }));

async function desk(code: string, who: Person = coordinator) {
  const result = await open(code, who.cookie);
  expect(result.status).toBe(200);
  return result.value!;
}

const post = (code: string, fields: Record<string, string>, cookie?: string) =>
  outcome(() => page.action({ request: formRequest(`/tutele/${code}/tutela`, fields, cookie), params: { codice: code }, context: ctx }));

/** The refusal a 400 carries: its per-field errors and the input kept. */
function refusal(result: Awaited<ReturnType<typeof post>>) {
  expect(result.status).toBe(400);
  return (result.value as unknown as { data: { errors: Record<string, string>; values: Record<string, string> } }).data;
}

/** The page's visible text as the server renders it from the loader's (and action's) data. */
function render(code: string, loaderData: unknown, actionData?: unknown): string {
  const Stub = createRemixStub([{ id: "page", path: "/tutele/:codice/tutela", Component: page.default, loader: () => loaderData as never }]);
  // React warns that links' layout effects do nothing on the server: that is expected here.
  const quiet = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes("useLayoutEffect does nothing on the server")) throw new Error(args.map(String).join(" "));
  });
  try {
    const html = renderToString(
      createElement(Stub, {
        initialEntries: [`/tutele/${code}/tutela`],
        hydrationData: { loaderData: { page: loaderData }, actionData: actionData ? { page: actionData } : undefined },
      }),
    );
    return html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");
  } finally {
    quiet.mockRestore();
  }
}

const appointmentsOf = (minorId: string) => db().select().from(appointments).where(eq(appointments.minorId, minorId));

beforeAll(async () => {
  course = await createCourse({ mandatory: true, status: "published" });
  coordinator = await person({ roles: [["coordinator", "MI"]] });
  coordinatorBs = await person({ roles: [["coordinator", "BS"]] });
  trainer = await person({ roles: [["trainer", "MI"]] });
  admin = await person({ roles: [["admin", null]] });
});

describe("who may open the appointment desk", () => {
  let code: string;
  let minorId: string;
  let activeGuardian: Person;
  let otherGuardian: Person;

  beforeAll(async () => {
    activeGuardian = await listedGuardian("Giulia Attiva", { province: "CO", languages: ["en"] });
    otherGuardian = await person({ roles: [["guardian", "MI"]] });
    const minor = await newMinor({ firstName: "Yusuf" });
    code = minor.code;
    minorId = minor.id;
    const proposed = await proposeGuardian(coordinator, minorId, activeGuardian.id, undefined);
    if (!proposed.ok) throw new Error(proposed.error);
    await respondToProposal(activeGuardian, proposed.id, true, undefined);
    expect(await recordDecree(coordinator, proposed.id, TODAY)).toEqual({ ok: true });
  });

  it("lets the district's coordinator in, shows the minor and audits the read", async () => {
    const data = await desk(code);
    expect(data.minor).toMatchObject({ code, firstName: "Yusuf", lastName: "Benali", status: "with_guardian", facilityProvince: "MB" });
    expect(data.open?.status).toBe("active");
    expect(data.open?.guardianName).toBe("Giulia Attiva");
    const reads = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, coordinator.id), eq(auditLog.action, "minor.read"), eq(auditLog.entityId, minorId)));
    expect(reads.length).toBeGreaterThanOrEqual(1);
  });

  it("answers 404 to Brescia's coordinator, the active guardian, another guardian, a trainer and an admin", async () => {
    for (const who of [coordinatorBs, activeGuardian, otherGuardian, trainer, admin]) {
      expect((await open(code, who.cookie)).status).toBe(404);
      expect((await post(code, { intent: "end", appointmentId: "00000000-0000-4000-8000-000000000000", endReason: "other", endedOn: TODAY }, who.cookie)).status).toBe(404);
    }
    // Nothing changed: the guardianship is still active.
    expect((await appointmentsOf(minorId)).map((a) => a.status)).toEqual(["active"]);
  });

  it("sends an anonymous visitor to the login page, and 404s an unknown code", async () => {
    const anonymous = await open(code);
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/accedi\?redirectTo=/);
    expect((await post(code, { intent: "propose" })).location).toMatch(/^\/accedi/);
    expect((await open("MI-2026-9999", coordinator.cookie)).status).toBe(404);
    expect((await open("not-a-code", coordinator.cookie)).status).toBe(404);
  });
});

describe("from suggestion to the end of the guardianship", () => {
  let best: Person;
  let unlisted: Person;

  beforeAll(async () => {
    best = await listedGuardian("Marta Vicina", { province: "MB", languages: ["ar", "it"] });
    unlisted = await person({ name: "Paolo Nonelenco", roles: [["guardian", "MI"]] });
  });

  it("suggests guardians with readable reasons, proposes, and follows the decree to the end", async () => {
    const minor = await newMinor();
    const first = await desk(minor.code);
    expect(first.waiting).toBe(true);
    const top = first.suggestions[0];
    expect(top.candidate.name).toBe("Marta Vicina");
    expect(top.reasons).toEqual(expect.arrayContaining(["same_province", "shared_language"]));
    expect(top.sharedLanguages).toEqual(["ar"]);
    expect(first.excluded.find((x) => x.candidate.userId === unlisted.id)?.why).toBe("not_listed");
    const shown = render(minor.code, first);
    expect(shown).toContain("Tutori suggeriti");
    expect(shown).toContain("Stessa provincia");
    expect(shown).toContain("Lingua in comune: AR");
    expect(shown).toContain("Proponi Marta Vicina");
    expect(shown).toContain("Paolo Nonelenco — non iscritto nell'elenco del tribunale");
    expect(shown).toContain(`Scheda del minore ${minor.code}`);

    const proposed = await post(minor.code, { intent: "propose", guardianId: best.id }, coordinator.cookie);
    expect(proposed.status).toBe(302);
    expect(proposed.location).toBe(`/tutele/${minor.code}/tutela?esito=proposta`);
    const waitingAnswer = await desk(minor.code);
    expect(waitingAnswer.open).toMatchObject({ status: "proposed", guardianName: "Marta Vicina" });
    expect(waitingAnswer.suggestions).toEqual([]);

    expect(await respondToProposal(best, waitingAnswer.open!.id, true, undefined)).toEqual({ ok: true });
    const accepted = await desk(minor.code);
    expect(accepted.open?.status).toBe("accepted");

    const future = refusal(await post(minor.code, { intent: "decree", appointmentId: accepted.open!.id, decreeDate: "2199-01-01" }, coordinator.cookie));
    expect(future.errors.decreeDate).toBe("tutele.error.dateFuture");
    expect(future.values.decreeDate).toBe("2199-01-01");
    expect(render(minor.code, accepted, future)).toContain("La data non può essere nel futuro.");
    expect((await desk(minor.code)).open?.status).toBe("accepted");

    const decreed = await post(minor.code, { intent: "decree", appointmentId: accepted.open!.id, decreeDate: TODAY }, coordinator.cookie);
    expect(decreed.status).toBe(302);
    const active = await desk(minor.code);
    expect(active.open).toMatchObject({ status: "active", decreeDate: TODAY });
    expect(active.minor.status).toBe("with_guardian");
    expect(render(minor.code, active)).toContain("Chiudi la tutela");

    // Withdrawing is for proposals: an active guardianship is ended with a reason.
    const wrong = refusal(await post(minor.code, { intent: "withdraw", appointmentId: active.open!.id }, coordinator.cookie));
    expect(wrong.errors._form).toBe("tutelamatch.error.withdrawActive");
    const noReason = refusal(await post(minor.code, { intent: "end", appointmentId: active.open!.id, endedOn: TODAY }, coordinator.cookie));
    expect(noReason.errors.endReason).toBe("tutele.error.endReason");

    const ended = await post(
      minor.code,
      { intent: "end", appointmentId: active.open!.id, endReason: "eighteenth_birthday", endedOn: TODAY },
      coordinator.cookie,
    );
    expect(ended.status).toBe(302);
    expect(ended.location).toBe(`/tutele/${minor.code}/tutela?esito=chiusa`);
    const after = await desk(minor.code);
    expect(after.minor.status).toBe("ended");
    expect(after.open).toBeNull();
    expect(after.waiting).toBe(false);
    expect(after.history).toHaveLength(1);
    expect(after.history[0]).toMatchObject({ status: "ended", endReason: "eighteenth_birthday", guardianName: "Marta Vicina", decreeDate: TODAY });
    const history = render(minor.code, after);
    expect(history).toContain("Storico degli abbinamenti");
    expect(history).toContain("Motivo: Compimento dei 18 anni.");
  });

  it("refuses to propose someone not listed in the elenco, with a clear message", async () => {
    const minor = await newMinor({ firstName: "Amir" });
    const result = refusal(await post(minor.code, { intent: "propose", guardianId: unlisted.id }, coordinator.cookie));
    expect(result.errors._form).toBe("tutele.error.notListed");
    const bogus = refusal(await post(minor.code, { intent: "propose", guardianId: "nobody" }, coordinator.cookie));
    expect(bogus.errors.guardianId).toBe("tutele.error.guardian");
    expect(await appointmentsOf(minor.id)).toHaveLength(0);
  });

  it("withdraws a proposal, and after a decline suggests again with the decline in the history", async () => {
    const minor = await newMinor({ firstName: "Bilal" });
    await post(minor.code, { intent: "propose", guardianId: best.id }, coordinator.cookie);
    const proposed = await desk(minor.code);
    const withdrawn = await post(minor.code, { intent: "withdraw", appointmentId: proposed.open!.id }, coordinator.cookie);
    expect(withdrawn.location).toBe(`/tutele/${minor.code}/tutela?esito=ritirata`);
    const again = await desk(minor.code);
    expect(again.waiting).toBe(true);
    expect(again.history[0].status).toBe("withdrawn");

    await post(minor.code, { intent: "propose", guardianId: best.id }, coordinator.cookie);
    const second = await desk(minor.code);
    expect(await respondToProposal(best, second.open!.id, false, "Troppo lontano dal lavoro")).toEqual({ ok: true });
    const afterDecline = await desk(minor.code);
    expect(afterDecline.waiting).toBe(true);
    expect(afterDecline.suggestions.some((s) => s.candidate.userId === best.id)).toBe(true);
    expect(afterDecline.history.map((a) => a.status)).toEqual(expect.arrayContaining(["declined", "withdrawn"]));
    expect(afterDecline.history.find((a) => a.status === "declined")?.declineReason).toBe("Troppo lontano dal lavoro");
    expect(render(minor.code, afterDecline)).toContain("Rifiutata: «Troppo lontano dal lavoro»");
  });

  it("asks for a reason to propose a guardian over the cap, writes nothing without it, and records it", async () => {
    const full = await listedGuardian("Sara Piena", { province: "MB", languages: ["ar"], maxMinors: 1 });
    const taken = await newMinor({ firstName: "Omar" });
    expect((await post(taken.code, { intent: "propose", guardianId: full.id }, coordinator.cookie)).status).toBe(302);

    const minor = await newMinor({ firstName: "Idris" });
    const shown = await desk(minor.code);
    expect(shown.suggestions.some((s) => s.candidate.userId === full.id)).toBe(false);
    expect(shown.excluded.find((x) => x.candidate.userId === full.id)?.why).toBe("at_capacity");

    const refused = refusal(await post(minor.code, { intent: "propose", guardianId: full.id, overrideReason: "  " }, coordinator.cookie));
    expect(refused.errors.overrideReason).toBe("tutele.error.overCap");
    expect(refused.values.guardianId).toBe(full.id);
    expect(render(minor.code, shown, refused)).toContain(
      "Questa persona ha già il numero massimo di minori: per proporla comunque scrivi il motivo.",
    );
    expect(await appointmentsOf(minor.id)).toHaveLength(0);

    const forced = await post(minor.code, { intent: "propose", guardianId: full.id, overrideReason: "Fratello di Omar" }, coordinator.cookie);
    expect(forced.status).toBe(302);
    const after = await desk(minor.code);
    expect(after.open).toMatchObject({ status: "proposed", guardianName: "Sara Piena", overrideReason: "Fratello di Omar" });
  });

  it("closes the record of a waiting minor who no longer needs a guardian, never while a proposal is open", async () => {
    const minor = await newMinor({ firstName: "Yonas" });
    await post(minor.code, { intent: "propose", guardianId: best.id }, coordinator.cookie);
    const today = romeToday(new Date());
    const blocked = refusal(await post(minor.code, { intent: "close", endReason: "transfer", endedOn: today }, coordinator.cookie));
    expect(blocked.errors._form).toBe("tutele.error.openProposal");
    const proposed = await desk(minor.code);
    await post(minor.code, { intent: "withdraw", appointmentId: proposed.open!.id }, coordinator.cookie);

    // "Revocation" is a reason to end a guardianship, not to close a record without one.
    const wrong = refusal(await post(minor.code, { intent: "close", endReason: "revocation", endedOn: today }, coordinator.cookie));
    expect(wrong.errors.endReason).toBe("tutelamatch.error.closeReason");
    // The other district's coordinator cannot do it.
    expect((await post(minor.code, { intent: "close", endReason: "transfer", endedOn: today }, coordinatorBs.cookie)).status).toBe(404);

    const closed = await post(minor.code, { intent: "close", endReason: "transfer", endedOn: today }, coordinator.cookie);
    expect(closed.location).toBe(`/tutele/${minor.code}/tutela?esito=archiviata`);
    const after = await desk(minor.code);
    expect(after.minor.status).toBe("ended");
    expect(after.waiting).toBe(false);
    const audit = await db().select().from(auditLog).where(and(eq(auditLog.action, "minor.close"), eq(auditLog.entityId, minor.id)));
    expect(audit[0]?.details).toMatchObject({ code: minor.code, endReason: "transfer" });
  });

  it("refuses an unknown intent and an appointment of another minor", async () => {
    const minor = await newMinor({ firstName: "Tariq" });
    expect(refusal(await post(minor.code, { intent: "delete" }, coordinator.cookie)).errors._form).toBe("tutelamatch.error.intent");
    const other = await newMinor({ firstName: "Zaid" });
    await post(other.code, { intent: "propose", guardianId: best.id }, coordinator.cookie);
    const [foreign] = await appointmentsOf(other.id);
    expect((await post(minor.code, { intent: "withdraw", appointmentId: foreign.id }, coordinator.cookie)).status).toBe(404);
    expect((await appointmentsOf(other.id))[0].status).toBe("proposed");
  });
});
