// The coordinators' guardians list (elenco), a person's profile in it and its CSV, through the
// routes: who gets in (MI coordinator only; BS coordinator 403 on MI, 404 on a MI person; guardian,
// trainer, admin 403; anonymous to the login), what the list shows, the two forms' refusals and
// the export's audit entry.
import { createRemixStub } from "@remix-run/testing";
import { and, eq } from "drizzle-orm";
import { createElement, type ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog, certificates, enrolments, guardianProfiles, guardianStateHistory, type Role } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { proposeGuardian, recordDecree, respondToProposal } from "../../../app/modules/guardianship/appointments.server";
import { setGuardianState, updateGuardianProfile } from "../../../app/modules/guardianship/guardians.server";
import { createMinor } from "../../../app/modules/guardianship/minors.server";
import * as listRoute from "../../../app/routes/coordinamento.tutori._index";
import * as profileRoute from "../../../app/routes/coordinamento.tutori.$id";
import * as csvRoute from "../../../app/routes/coordinamento.tutori.esporta";
import { createCourse } from "../../fixtures/training";
import { createUser } from "../../fixtures/users";
import { useTestDatabase } from "../../support/database";
import { formRequest, getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const ctx = { cspNonce: "", clientIp: "127.0.0.1" };

type District = "MI" | "BS";
async function person(role: Role, district: District | null, name?: string) {
  const user = await createUser({ name, roles: [[role, district]] });
  return { user, actor: { ...user, roles: [{ role, districtCode: district }] }, cookie: await sessionCookieFor(user.id) };
}
type Person = Awaited<ReturnType<typeof person>>;

let coordinator: Person, brescia: Person, guardian: Person, candidate: Person, bsGuardian: Person, trainer: Person, admin: Person;
let minorCode: string;

beforeAll(async () => {
  const now = new Date();
  const course = await createCourse({ mandatory: true, status: "published" });
  coordinator = await person("coordinator", "MI");
  brescia = await person("coordinator", "BS");
  guardian = await person("guardian", "MI", "Anna Bianchi");
  candidate = await person("candidate", "MI", "Carlo Verdi");
  bsGuardian = await person("guardian", "BS", "Bruno Bresciani");
  trainer = await person("trainer", "MI");
  admin = await person("admin", null);
  // Anna: mandatory course done (24 hours this year), listed, one active minor.
  await db().insert(enrolments).values({ userId: guardian.user.id, courseId: course.id, completedAt: now });
  await db().insert(certificates).values({
    code: "PT-TEST-ROST-0001",
    userId: guardian.user.id,
    courseId: course.id,
    holderName: "Anna Bianchi",
    courseTitle: "Corso obbligatorio",
    hours: 24,
    issuedAt: now,
  });
  expect(await setGuardianState(coordinator.actor, guardian.user.id, "MI", { state: "listed", listedSince: "2026-01-10" }, now)).toEqual({ ok: true });
  await updateGuardianProfile(coordinator.actor, guardian.user.id, "MI", { available: true, maxMinors: 3, province: "MI", languages: ["ar", "fr"], notes: "=HYPERLINK(\"x\") parla bene arabo" }, now);
  const minor = await createMinor(coordinator.actor, "MI", {
    firstName: "Samir",
    lastName: "Haddad",
    birthDate: "2010-03-15",
    languages: ["ar"],
    arrivalDate: "2026-09-01",
    facilityProvince: "MI",
    specialNeeds: [],
  }, now);
  if (!minor.ok) throw new Error("minor refused");
  minorCode = minor.code;
  const proposed = await proposeGuardian(coordinator.actor, minor.id, guardian.user.id, undefined, now);
  if (!proposed.ok) throw new Error(proposed.error);
  await respondToProposal(guardian.actor, proposed.id, true, undefined, now);
  expect(await recordDecree(coordinator.actor, proposed.id, "2026-10-01", now)).toEqual({ ok: true });
  // Bruno is a Brescia guardian with a profile there only.
  await updateGuardianProfile(brescia.actor, bsGuardian.user.id, "BS", { available: true, maxMinors: 3, province: "BS", languages: [], notes: "" }, now);
});

const openList = (cookie?: string, search = "") =>
  outcome(() => listRoute.loader({ request: getRequest(`/coordinamento/tutori${search}`, cookie), params: {}, context: ctx }));
const openProfile = (cookie: string | undefined, id: string, search = "") =>
  outcome(() => profileRoute.loader({ request: getRequest(`/coordinamento/tutori/${id}${search}`, cookie), params: { id }, context: ctx }));
const post = (cookie: string, id: string, fields: Record<string, string>, search = "?distretto=MI") =>
  outcome(() => profileRoute.action({ request: formRequest(`/coordinamento/tutori/${id}${search}`, fields, cookie), params: { id }, context: ctx }));
const download = (cookie?: string, search = "?distretto=MI") =>
  outcome(() => csvRoute.loader({ request: getRequest(`/coordinamento/tutori/esporta${search}`, cookie), params: {}, context: ctx }));

/** The page as the server renders it, from the loader's (and action's) data. */
function render(Component: ComponentType, pattern: string, url: string, loaderData: unknown, actionData?: unknown): string {
  const json = (v: unknown) => JSON.parse(JSON.stringify(v));
  const Stub = createRemixStub([{ id: "page", path: pattern, Component, loader: () => json(loaderData) as never }]);
  const quiet = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes("useLayoutEffect does nothing on the server")) throw new Error(args.map(String).join(" "));
  });
  try {
    return renderToString(
      createElement(Stub, {
        initialEntries: [url],
        hydrationData: { loaderData: { page: json(loaderData) }, actionData: actionData ? { page: json(actionData) } : undefined },
      }),
    );
  } finally {
    quiet.mockRestore();
  }
}
const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

const profileOf = async (userId: string) =>
  (await db().select().from(guardianProfiles).where(and(eq(guardianProfiles.userId, userId), eq(guardianProfiles.districtCode, "MI"))))[0];

describe("who may open the guardians' list, a profile and the CSV", () => {
  it("lets the Milano coordinator in everywhere", async () => {
    expect((await openList(coordinator.cookie)).status).toBe(200);
    expect((await openProfile(coordinator.cookie, guardian.user.id)).status).toBe(200);
    expect((await openProfile(coordinator.cookie, candidate.user.id, "?distretto=MI")).status).toBe(200);
    expect((await download(coordinator.cookie)).status).toBe(200);
  });

  it("refuses the Brescia coordinator Milano's list (403) and Milano's people (404)", async () => {
    expect((await openList(brescia.cookie, "?distretto=MI")).status).toBe(403);
    expect((await download(brescia.cookie)).status).toBe(403);
    expect((await openProfile(brescia.cookie, guardian.user.id)).status).toBe(404);
    expect((await openProfile(brescia.cookie, guardian.user.id, "?distretto=MI")).status).toBe(403);
    const before = await profileOf(guardian.user.id);
    expect((await post(brescia.cookie, guardian.user.id, { intent: "profile", maxMinors: "3", notes: "no" }, "")).status).toBe(404);
    expect((await profileOf(guardian.user.id)).notes).toBe(before.notes);
  });

  it("refuses guardians, trainers and admins (403) and sends anonymous visitors to the login", async () => {
    for (const p of [guardian, trainer, admin]) {
      expect((await openList(p.cookie)).status).toBe(403);
      expect((await openProfile(p.cookie, guardian.user.id)).status).toBe(403);
      expect((await download(p.cookie)).status).toBe(403);
      expect((await post(p.cookie, guardian.user.id, { intent: "profile", maxMinors: "3" })).status).toBe(403);
    }
    for (const result of [await openList(), await openProfile(undefined, guardian.user.id), await download()]) {
      expect(result.status).toBe(302);
      expect(result.location).toMatch(/^\/accedi\?redirectTo=/);
    }
  });

  it("gives 404 for an id that is not a person of the district's list", async () => {
    expect((await openProfile(coordinator.cookie, "not-a-uuid")).status).toBe(404);
    expect((await openProfile(coordinator.cookie, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await openProfile(coordinator.cookie, bsGuardian.user.id)).status).toBe(404);
    expect((await openProfile(coordinator.cookie, trainer.user.id)).status).toBe(404);
  });
});

describe("the list", () => {
  it("shows Milano's guardians and candidates, not Brescia's, with caseload and training", async () => {
    const result = await openList(coordinator.cookie);
    const rows = result.value!.rows;
    const names = rows.map((r) => r.name);
    expect(names).toEqual(["Anna Bianchi", "Carlo Verdi"]);
    expect(names).not.toContain("Bruno Bresciani");
    const anna = rows[0];
    expect(anna).toMatchObject({ state: "listed", listedSince: "2026-01-10", caseload: 1, mandatoryCompleted: true, hoursThisYear: 24, province: "MI", languages: ["ar", "fr"] });
    expect(rows[1]).toMatchObject({ state: "candidate", caseload: 0, mandatoryCompleted: false, hoursThisYear: 0, maxMinors: 3 });
  });

  it("renders the table with each name linking to the profile, and the CSV link keeping the filters", async () => {
    const data = (await openList(coordinator.cookie, "?distretto=MI&stato=listed")).value!;
    const html = render(listRoute.default, "/coordinamento/tutori", "/coordinamento/tutori?distretto=MI&stato=listed", data);
    expect(text(html)).toContain("Elenco dei tutori — Milano");
    expect(html).toContain(`href="/coordinamento/tutori/${guardian.user.id}?distretto=MI"`);
    expect(html).toContain('href="/coordinamento/tutori/esporta?distretto=MI&amp;stato=listed"');
    expect(text(html)).toContain("Corso obbligatorio completato");
    expect(text(html)).toContain("24 ore quest'anno");
    expect(text(html)).toContain("1 su 3");
    expect(text(html)).not.toContain("Carlo Verdi");
  });

  it("filters by state, by name and by availability", async () => {
    const names = async (search: string) => (await openList(coordinator.cookie, search)).value!.rows.map((r) => r.name);
    expect(await names("?stato=listed")).toEqual(["Anna Bianchi"]);
    expect(await names("?stato=candidate")).toEqual(["Carlo Verdi"]);
    expect(await names("?q=verdi")).toEqual(["Carlo Verdi"]);
    expect(await names("?stato=nonsense")).toEqual(["Anna Bianchi", "Carlo Verdi"]);
    expect(await names("?disponibili=1&q=anna")).toEqual(["Anna Bianchi"]);
  });
});

describe("the profile's forms", () => {
  it("shows the person's current minor, state history and training", async () => {
    const page = (await openProfile(coordinator.cookie, guardian.user.id)).value!;
    expect(page.person).toMatchObject({ name: "Anna Bianchi", state: "listed", mandatoryCompleted: true, caseload: 1 });
    expect(page.current.map((m) => [m.code, m.status])).toEqual([[minorCode, "active"]]);
    expect(page.history.map((h) => h.state)).toEqual(["listed"]);
    expect(page.provinces).toContain("MI");
    const html = render(profileRoute.default, "/coordinamento/tutori/:id", `/coordinamento/tutori/${guardian.user.id}`, page);
    expect(html).toContain(`href="/tutele/${minorCode}"`);
    expect(text(html)).toContain("Storico dello stato");
    expect(text(html)).not.toContain("Samir"); // codes only, never the minor's name
  });

  it("refuses to list a person without the mandatory course, next to the override field, state unchanged", async () => {
    const result = await post(coordinator.cookie, candidate.user.id, { intent: "state", state: "listed", listedSince: "2026-11-01", reason: "" });
    expect(result.status).toBe(400);
    const body = (result.value as unknown as { data: { intent: string; errors: Record<string, string>; values: Record<string, string> } }).data;
    expect(body.intent).toBe("state");
    expect(body.errors).toEqual({ overrideReason: "tutele.error.mandatoryOverride" });
    expect(body.values.listedSince).toBe("2026-11-01");
    const profile = await profileOf(candidate.user.id);
    expect(profile?.state ?? "candidate").toBe("candidate");
    const page = (await openProfile(coordinator.cookie, candidate.user.id, "?distretto=MI")).value!;
    const raw = render(profileRoute.default, "/coordinamento/tutori/:id", `/coordinamento/tutori/${candidate.user.id}?distretto=MI`, page, body);
    expect(raw).toContain('id="field-overrideReason-error"');
    expect(raw).toContain('value="2026-11-01"'); // the date typed is kept
    const html = text(raw);
    expect(html).toContain("Corso obbligatorio non completato");
    expect(html).toContain("Questa persona non ha completato il corso obbligatorio: per iscriverla comunque scrivi il motivo.");
    expect(await db().select().from(guardianStateHistory).where(eq(guardianStateHistory.userId, candidate.user.id))).toHaveLength(0);
  });

  it("lists them with an override reason and writes the history row", async () => {
    const result = await post(coordinator.cookie, candidate.user.id, {
      intent: "state",
      state: "listed",
      listedSince: "2026-11-01",
      overrideReason: "Corso equivalente svolto a Torino",
    });
    expect(result.status).toBe(302);
    expect(result.location).toBe(`/coordinamento/tutori/${candidate.user.id}?distretto=MI&esito=stato`);
    expect(await profileOf(candidate.user.id)).toMatchObject({ state: "listed", listedSince: "2026-11-01", listingOverrideReason: "Corso equivalente svolto a Torino" });
    const history = await db().select().from(guardianStateHistory).where(eq(guardianStateHistory.userId, candidate.user.id));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ state: "listed", overrideReason: "Corso equivalente svolto a Torino", changedById: coordinator.user.id });
    const page = (await openProfile(coordinator.cookie, candidate.user.id)).value!;
    expect(page.history[0]).toMatchObject({ state: "listed", changedBy: coordinator.user.name });
  });

  it("refuses to suspend someone never listed, and a suspension without a reason", async () => {
    const fresh = await person("candidate", "MI", "Dario Neri");
    const never = await post(coordinator.cookie, fresh.user.id, { intent: "state", state: "suspended", reason: "Assente" });
    expect(never.status).toBe(400);
    expect((never.value as unknown as { data: { errors: Record<string, string> } }).data.errors).toEqual({ state: "tutelaroster.error.suspendNotListed" });
    const noReason = await post(coordinator.cookie, guardian.user.id, { intent: "state", state: "suspended", reason: "" });
    expect((noReason.value as unknown as { data: { errors: Record<string, string> } }).data.errors).toEqual({ reason: "tutele.error.stateReason" });
    expect((await profileOf(guardian.user.id)).state).toBe("listed");
  });

  it("refuses a maximum of 5 minors without a reason and keeps the input", async () => {
    const result = await post(coordinator.cookie, guardian.user.id, { intent: "profile", available: "on", maxMinors: "5", province: "CO", languages: "ar, fr", notes: "Nuova nota" });
    expect(result.status).toBe(400);
    const body = (result.value as unknown as { data: { intent: string; errors: Record<string, string>; values: Record<string, string> } }).data;
    expect(body.intent).toBe("profile");
    expect(body.errors.maxMinorsReason).toBe("tutele.error.maxMinorsReason");
    expect(body.values).toMatchObject({ maxMinors: "5", province: "CO", notes: "Nuova nota" });
    expect(await profileOf(guardian.user.id)).toMatchObject({ maxMinors: 3, province: "MI" });
  });

  it("refuses a province outside the district and saves a valid profile", async () => {
    const outside = await post(coordinator.cookie, guardian.user.id, { intent: "profile", maxMinors: "3", province: "BS", languages: "ar" });
    expect(outside.status).toBe(400);
    expect((outside.value as unknown as { data: { errors: Record<string, string> } }).data.errors).toEqual({ province: "tutele.error.provinceOutside" });
    const saved = await post(coordinator.cookie, guardian.user.id, { intent: "profile", maxMinors: "4", maxMinorsReason: "Esperienza lunga", province: "CO", languages: "ar, FR", notes: "=HYPERLINK(\"x\") parla bene arabo" });
    expect(saved.status).toBe(302);
    expect(await profileOf(guardian.user.id)).toMatchObject({ available: false, maxMinors: 4, maxMinorsReason: "Esperienza lunga", province: "CO", languages: ["ar", "fr"] });
  });
});

describe("the CSV", () => {
  it("has a header, one row per person matching the filters with neutralised formulas, and writes one audit row per export", async () => {
    const exports = () => db().select().from(auditLog).where(and(eq(auditLog.action, "guardians.export"), eq(auditLog.actorId, coordinator.user.id)));
    const before = (await exports()).length; // the authorisation test downloaded once already
    // Same filters as the list: the listed people only (Anna, and Carlo listed with an override).
    const result = await download(coordinator.cookie, "?distretto=MI&stato=listed");
    const response = result.value as Response;
    expect(response.headers.get("Content-Type")).toContain("text/csv");
    expect(response.headers.get("Content-Disposition")).toMatch(/filename="tutori-MI-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, for Excel
    const text = new TextDecoder().decode(bytes); // drops the BOM
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0].split(";").slice(0, 3)).toEqual(["Nome", "E-mail", "Stato nell'elenco"]);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain("Anna Bianchi");
    expect(lines[1]).toContain("10/01/2026");
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"") parla bene arabo"`);
    expect(lines[2]).toContain("Carlo Verdi");
    expect(text).not.toContain("Bruno Bresciani");
    const audits = await exports();
    expect(audits).toHaveLength(before + 1);
    expect(audits.at(-1)).toMatchObject({ entityType: "district", entityId: "MI", districtCode: "MI", details: { rows: 2 } });
  });
});
