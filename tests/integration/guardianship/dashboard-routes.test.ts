// The coordinators' dashboard (/coordinamento), its CSV lists and the audit log viewer, through
// their loaders: who gets in (district coordinators; admins only to the log), the numbers a
// coordinator reads (days waiting, median delay to appointment, 18th birthdays, training behind,
// open flags), one audit row per CSV export, and the log scoped to the reader's districts.
import { createRemixStub } from "@remix-run/testing";
import { and, eq } from "drizzle-orm";
import { createElement, type ComponentType } from "react";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { appointments, auditLog, enrolments, minorFlags, minors } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { proposeGuardian, recordDecree, respondToProposal } from "../../../app/modules/guardianship/appointments.server";
import { ColumnChart } from "../../../app/modules/guardianship/components/charts/ColumnChart";
import { HorizontalBarChart } from "../../../app/modules/guardianship/components/charts/HorizontalBarChart";
import { addDays, addYears } from "../../../app/modules/guardianship/deadlines";
import { setGuardianState, updateGuardianProfile } from "../../../app/modules/guardianship/guardians.server";
import { createMinor, readMinor, romeToday } from "../../../app/modules/guardianship/minors.server";
import type { MinorInput } from "../../../app/modules/guardianship/schema";
import * as dashboardRoute from "../../../app/routes/coordinamento._index";
import * as exportRoute from "../../../app/routes/coordinamento.esporta.$elenco";
import * as logRoute from "../../../app/routes/coordinamento.registro";
import { member } from "../../fixtures/forum";
import { createCourse } from "../../fixtures/training";
import { useTestDatabase } from "../../support/database";
import { getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const ctx = { cspNonce: "", clientIp: "127.0.0.1" };
const NOW = new Date();
const TODAY = romeToday(NOW);

type Person = Awaited<ReturnType<typeof member>> & { cookie: string };
async function person(role: "coordinator" | "guardian" | "trainer" | "admin", district: "MI" | "BS" | null, name?: string): Promise<Person> {
  const user = await member({ roles: [[role, district]], name });
  return { ...user, cookie: await sessionCookieFor(user.id) };
}

const minorInput = (over: Partial<MinorInput> = {}): MinorInput => ({
  firstName: "Samir",
  lastName: "Haddad",
  birthDate: "2010-03-15",
  languages: ["ar"],
  facilityProvince: "MI",
  specialNeeds: [],
  ...over,
});

async function newMinor(coordinator: Person, district: "MI" | "BS", over: Partial<MinorInput> = {}) {
  const created = await createMinor(coordinator, district, minorInput(over), NOW);
  if (!created.ok) throw new Error("minor not created");
  return created;
}

let coordMI: Person, coordBS: Person, guardian: Person, untrained: Person, trainer: Person, admin: Person;
let waitingLong: string, waitingShort: string, eighteen: string, flagged: string, brescia: string;

beforeAll(async () => {
  const course = await createCourse({ mandatory: true, status: "published" });
  coordMI = await person("coordinator", "MI");
  coordBS = await person("coordinator", "BS");
  guardian = await person("guardian", "MI", "Anna Tutrice");
  untrained = await person("guardian", "MI", "Bruno Senzacorso");
  trainer = await person("trainer", "MI");
  admin = await person("admin", null);

  await db().insert(enrolments).values({ userId: guardian.id, courseId: course.id, completedAt: NOW });
  expect(await setGuardianState(coordMI, guardian.id, "MI", { state: "listed", listedSince: "2026-01-10" }, NOW)).toEqual({ ok: true });
  await updateGuardianProfile(coordMI, guardian.id, "MI", { available: true, maxMinors: 3, province: "MI", languages: ["ar"], notes: "" }, NOW);
  expect(
    await setGuardianState(coordMI, untrained.id, "MI", { state: "listed", listedSince: "2026-01-10", overrideReason: "Corso svolto altrove" }, NOW),
  ).toEqual({ ok: true });

  waitingLong = (await newMinor(coordMI, "MI", { arrivalDate: addDays(TODAY, -40) })).code;
  waitingShort = (await newMinor(coordMI, "MI", { arrivalDate: addDays(TODAY, -10) })).code;
  eighteen = (await newMinor(coordMI, "MI", { birthDate: addYears(addDays(TODAY, 30), -18), arrivalDate: addDays(TODAY, -5) })).code;

  // Two minors appointed today, 20 and 30 days after arrival: median 25.
  for (const days of [20, 30]) {
    const m = await newMinor(coordMI, "MI", { arrivalDate: addDays(TODAY, -days) });
    const proposed = await proposeGuardian(coordMI, m.id, guardian.id, undefined, NOW);
    if (!proposed.ok) throw new Error(proposed.error);
    await respondToProposal(guardian, proposed.id, true, undefined, NOW);
    expect(await recordDecree(coordMI, proposed.id, TODAY, NOW)).toEqual({ ok: true });
  }

  // Appointed about two years ago, revoked, appointed again today: today's decree is not a first
  // appointment, so this month still counts two (the guardian is not listed: caseloads unchanged).
  const again = await newMinor(coordMI, "MI", { arrivalDate: addDays(TODAY, -800) });
  const earlierGuardian = await person("guardian", "MI", "Carla Precedente");
  await db().insert(appointments).values([
    { minorId: again.id, guardianId: earlierGuardian.id, status: "ended", decreeDate: addDays(TODAY, -700), endedAt: NOW, endReason: "revocation" },
    { minorId: again.id, guardianId: earlierGuardian.id, status: "active", decreeDate: TODAY, activatedAt: NOW },
  ]);
  await db().update(minors).set({ status: "with_guardian" }).where(eq(minors.id, again.id));

  const f = await newMinor(coordMI, "MI", { arrivalDate: addDays(TODAY, -1) });
  flagged = f.code;
  await db().insert(minorFlags).values({ minorId: f.id, reason: "=HYPERLINK(\"http://x\")", addressBy: addDays(TODAY, -2), raisedById: coordMI.id });

  brescia = (await newMinor(coordBS, "BS", { facilityProvince: "BS", arrivalDate: addDays(TODAY, -3) })).code;
  // Reads written to the audit log in each district.
  await readMinor(coordMI, waitingLong);
  await readMinor(coordBS, brescia);
});

const openDashboard = (cookie?: string, search = "") =>
  outcome(() => dashboardRoute.loader({ request: getRequest(`/coordinamento${search}`, cookie), params: {}, context: ctx }));
const openExport = (list: string, cookie?: string, search = "") =>
  outcome(() => exportRoute.loader({ request: getRequest(`/coordinamento/esporta/${list}${search}`, cookie), params: { elenco: list }, context: ctx }));
const openLog = (cookie?: string, search = "") =>
  outcome(() => logRoute.loader({ request: getRequest(`/coordinamento/registro${search}`, cookie), params: {}, context: ctx }));

describe("who may open the dashboard", () => {
  it("lets the district's coordinator in and keeps everyone else out", async () => {
    expect((await openDashboard(coordMI.cookie)).status).toBe(200);
    expect((await openDashboard(coordMI.cookie, "?distretto=MI")).status).toBe(200);
    expect((await openDashboard(coordBS.cookie, "?distretto=MI")).status).toBe(403);
    expect((await openDashboard(coordMI.cookie, "?distretto=XX")).status).toBe(403);
    for (const p of [guardian, trainer, admin]) expect((await openDashboard(p.cookie)).status).toBe(403);
    const anonymous = await openDashboard(undefined);
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/accedi/);
  });

  it("shows a Brescia coordinator only Brescia's minors", async () => {
    const { value } = await openDashboard(coordBS.cookie);
    expect(value!.district).toBe("BS");
    expect(value!.data.waiting.rows.map((r) => r.code)).toEqual([brescia]);
  });
});

describe("the dashboard's numbers", () => {
  it("lists minors waiting longest first with their days, and the open proposal", async () => {
    const { value } = await openDashboard(coordMI.cookie);
    const rows = value!.data.waiting.rows;
    const byCode = new Map(rows.map((r) => [r.code, r]));
    expect(byCode.get(waitingLong)?.daysWaiting).toBe(40);
    expect(byCode.get(waitingShort)?.daysWaiting).toBe(10);
    expect(rows[0].code).toBe(waitingLong);
    expect(rows.every((r) => !r.openProposal)).toBe(true);
    expect(value!.data.waiting.total).toBe(4); // the two waiting, the one turning 18, the flagged one
  });

  it("computes the median days from arrival to appointment this month, with empty months as null", async () => {
    const { value } = await openDashboard(coordMI.cookie);
    const delays = value!.data.delays;
    expect(delays).toHaveLength(12);
    expect(delays[11]).toEqual({ month: TODAY.slice(0, 7), medianDays: 25, appointments: 2 });
    expect(delays.slice(0, 11).every((m) => m.medianDays === null && m.appointments === 0)).toBe(true);
  });

  it("counts guardians listed, available and active, and their caseloads", async () => {
    const { value } = await openDashboard(coordMI.cookie);
    const g = value!.data.guardians;
    expect(g.listed).toBe(2);
    expect(g.active).toBe(1);
    // Anna (2 of 3) could be proposed; Bruno, listed by override without the mandatory course,
    // could not (the suggestions exclude him), so he is not counted as available.
    expect(g.available).toBe(1);
    expect(g.distribution).toEqual([
      { bucket: "0", guardians: 1 },
      { bucket: "1", guardians: 0 },
      { bucket: "2", guardians: 1 },
      { bucket: "3", guardians: 0 },
      { bucket: "4+", guardians: 0 },
    ]);
  });

  it("lists the minor turning 18 in 30 days, the guardian without the mandatory course and the overdue flag", async () => {
    const { value } = await openDashboard(coordMI.cookie);
    const data = value!.data;
    expect(data.eighteen).toEqual([{ code: eighteen, birthday: addDays(TODAY, 30), daysLeft: 30, guardianName: null }]);
    const behind = data.behind.rows.find((b) => b.userId === untrained.id);
    expect(behind).toMatchObject({ name: "Bruno Senzacorso", mandatoryCompleted: false, hoursThisYear: 0 });
    expect(data.flags).toEqual([expect.objectContaining({ code: flagged, addressBy: addDays(TODAY, -2), overdue: true })]);
  });
});

describe("CSV exports", () => {
  it("sends the waiting list with a header and one audit row", async () => {
    const before = await db().select().from(auditLog).where(eq(auditLog.action, "dashboard.export"));
    const res = await openExport("attesa", coordMI.cookie, "?distretto=MI");
    expect(res.status).toBe(200);
    const response = res.value as Response;
    expect(response.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM, for Excel
    const text = new TextDecoder().decode(bytes);
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toBe("Codice;Arrivo;Giorni di attesa;Proposta aperta");
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(new RegExp(`^${waitingLong};[0-9/]+;40;No$`));
    expect(text).not.toContain(brescia);
    expect(text).not.toContain("Haddad");
    const after = await db().select().from(auditLog).where(eq(auditLog.action, "dashboard.export"));
    expect(after).toHaveLength(before.length + 1);
    const entry = after.find((a) => !before.some((b) => b.id === a.id))!;
    expect(entry).toMatchObject({ actorId: coordMI.id, entityType: "district", entityId: "MI", districtCode: "MI", details: { list: "attesa", rows: 4 } });
  });

  it("neutralises formulas in the flags list and exports the other lists", async () => {
    const flags = await ((await openExport("segnalazioni", coordMI.cookie)).value as Response).text();
    expect(flags).toContain(`${flagged};"'=HYPERLINK(""http://x"")";`);
    const eighteenCsv = await ((await openExport("diciottesimo", coordMI.cookie)).value as Response).text();
    expect(eighteenCsv).toContain(`${eighteen};`);
    const training = await ((await openExport("formazione", coordMI.cookie)).value as Response).text();
    expect(training).toContain("Bruno Senzacorso;No;0");
  });

  it("answers 404 to an unknown list and 403 to the wrong people", async () => {
    expect((await openExport("nomi", coordMI.cookie)).status).toBe(404);
    expect((await openExport("attesa", coordBS.cookie, "?distretto=MI")).status).toBe(403);
    expect((await openExport("attesa", guardian.cookie)).status).toBe(403);
    expect((await openExport("attesa", admin.cookie)).status).toBe(403);
    expect((await openExport("attesa", undefined)).status).toBe(302);
  });
});

describe("the audit log viewer", () => {
  it("shows admins every district, coordinators only theirs, and no one else", async () => {
    const all = await openLog(admin.cookie);
    expect(all.status).toBe(200);
    const districts = new Set(all.value!.entries.map((e) => e.district));
    expect(districts.has("MI") && districts.has("BS")).toBe(true);

    const mine = await openLog(coordMI.cookie);
    expect(mine.status).toBe(200);
    expect(mine.value!.entries.length).toBeGreaterThan(0);
    expect(mine.value!.entries.every((e) => e.district === "MI")).toBe(true);
    expect(mine.value!.entries.some((e) => e.code === brescia)).toBe(false);
    const read = mine.value!.entries.find((e) => e.action === "minor.read" && e.code === waitingLong);
    expect(read).toMatchObject({ actionKey: "tutelastats.action.minor.read" });
    expect(read?.actorName).toBe(coordMI.name);
    expect(JSON.stringify(mine.value)).not.toContain("Haddad");
    // Other areas' entries of the district (a consultant's read of a confidential request) stay out.
    await db().insert(auditLog).values({ actorId: admin.id, action: "consultation.read", entityType: "consultation", entityId: "c-1", districtCode: "MI" });
    const again = await openLog(coordMI.cookie);
    expect(again.value!.entries.some((e) => e.action === "consultation.read")).toBe(false);
    expect((await openLog(admin.cookie)).value!.entries.some((e) => e.action === "consultation.read")).toBe(false);

    expect((await openLog(coordMI.cookie, "?distretto=BS")).status).toBe(403);
    for (const p of [guardian, trainer]) expect((await openLog(p.cookie)).status).toBe(403);
    expect((await openLog(undefined)).status).toBe(302);
  });

  it("filters by code, action and district, and reports a bad code next to the field", async () => {
    const byCode = await openLog(admin.cookie, `?codice=${waitingLong.toLowerCase()}`);
    expect(byCode.value!.entries.length).toBeGreaterThanOrEqual(2); // created, read
    expect(byCode.value!.entries.every((e) => e.code === waitingLong)).toBe(true);

    const reads = await openLog(admin.cookie, "?azione=minor.read&distretto=BS");
    expect(reads.value!.entries.map((e) => [e.action, e.code])).toEqual([["minor.read", brescia]]);

    const appointmentsOnly = await openLog(coordMI.cookie, "?azione=appointment.*");
    expect(appointmentsOnly.value!.entries.length).toBe(6); // 2 × propose, accept, activate
    expect(appointmentsOnly.value!.entries.every((e) => e.action.startsWith("appointment."))).toBe(true);

    const future = await openLog(admin.cookie, `?dal=${addDays(TODAY, 1)}`);
    expect(future.value!.entries).toHaveLength(0);

    const bad = await openLog(admin.cookie, "?codice=Samir&al=2026-02-31");
    expect(bad.status).toBe(200);
    expect(bad.value!.errors).toEqual({ codice: "tutelastats.log.error.code", al: "tutelastats.log.error.date" });
    expect(bad.value!.values.codice).toBe("Samir");
  });

  it("counts the dashboard's exports as exports", async () => {
    const exports = await openLog(coordMI.cookie, "?azione=*.export");
    expect(exports.value!.entries.length).toBeGreaterThan(0);
    expect(exports.value!.entries.every((e) => e.action.endsWith(".export"))).toBe(true);
    const rows = await db().select().from(auditLog).where(and(eq(auditLog.action, "dashboard.export"), eq(auditLog.districtCode, "MI")));
    expect(exports.value!.total).toBe(rows.length);
  });
});

/** The page as the server renders it, from the loader's data. */
function render(Component: ComponentType, pattern: string, url: string, loaderData: unknown): string {
  const Stub = createRemixStub([{ id: "page", path: pattern, Component, loader: () => loaderData as never }]);
  // React warns that links' layout effects do nothing on the server: that is expected here.
  const quiet = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes("useLayoutEffect does nothing on the server")) throw new Error(args.map(String).join(" "));
  });
  try {
    return renderToString(createElement(Stub, { initialEntries: [url], hydrationData: { loaderData: { page: loaderData } } }));
  } finally {
    quiet.mockRestore();
  }
}

describe("the pages as rendered", () => {
  it("draws the dashboard's charts as images with titles, tables beside them and links to codes and CSVs", async () => {
    const { value } = await openDashboard(coordMI.cookie);
    const html = render(dashboardRoute.default, "/coordinamento", "/coordinamento", value);
    expect(html).toContain("Coordinamento del distretto di Milano");
    expect(html.match(/<svg[^>]*role="img"/g)).toHaveLength(3);
    expect(html).toContain('<title id="attesa-chart-title">Giorni di attesa dei minori senza tutore</title>');
    expect(html).toContain(`href="/tutele/${waitingLong}"`);
    expect(html).toContain('href="/coordinamento/esporta/attesa?distretto=MI"');
    expect(html).toContain('<th scope="col">Codice</th>');
    expect(html).toContain("Scaduta");
    expect(html).not.toContain("Haddad");
  });

  it("shows the log by code with the field's error and never a name", async () => {
    const { value } = await openLog(coordMI.cookie, "?codice=Samir");
    const html = render(logRoute.default, "/coordinamento/registro", "/coordinamento/registro?codice=Samir", value);
    expect(html).toContain("Registro degli accessi");
    expect(html).toContain("Scrivi un codice come MI-2026-0001.");
    expect(html).toContain("Lettura della scheda");
    expect(html).toContain(waitingLong);
    expect(html).not.toContain("Haddad");
  });
});

describe("charts", () => {
  it("are images with a title and their numbers written in the SVG", () => {
    const columns = renderToStaticMarkup(
      createElement(ColumnChart, { id: "c", title: "Giorni mediani", description: "Per mese", columns: [{ label: "gen", value: null, valueLabel: "—" }, { label: "feb", value: 25, valueLabel: "25" }] }),
    );
    expect(columns).toContain('role="img"');
    expect(columns).toContain('<title id="c-title">Giorni mediani</title>');
    expect(columns).toContain('aria-labelledby="c-title c-desc"');
    expect(columns).toContain(">25</text>");
    const bars = renderToStaticMarkup(createElement(HorizontalBarChart, { id: "h", title: "Attesa", description: "Giorni", bars: [{ label: "MI-2026-0001", value: 40, valueLabel: "40" }] }));
    expect(bars).toContain('role="img"');
    expect(bars).toContain("<title");
    expect(bars).toContain(">MI-2026-0001</text>");
  });
});

describe("a district with many guardians behind with training", () => {
  it("shows the 20 furthest behind, the missing mandatory course first, and says the CSV holds all", async () => {
    // Brescia: 22 listed without the mandatory course (by override) — more than the dashboard shows.
    for (let i = 0; i < 22; i++) {
      const g = await person("guardian", "BS", `Tutore Bresciano ${String(i).padStart(2, "0")}`);
      expect(
        await setGuardianState(coordBS, g.id, "BS", { state: "listed", listedSince: "2026-01-10", overrideReason: "Corso svolto altrove" }, NOW),
      ).toEqual({ ok: true });
    }
    const { value } = await openDashboard(coordBS.cookie);
    const behind = value!.data.behind;
    expect(behind.total).toBe(22);
    expect(behind.rows).toHaveLength(20);
    expect(behind.rows.every((r) => !r.mandatoryCompleted)).toBe(true);
    expect(behind.rows[0]!.name).toBe("Tutore Bresciano 00");

    const exported = await openExport("formazione", coordBS.cookie);
    const csv = await (exported.value as Response).text();
    expect(csv.trim().split("\n")).toHaveLength(1 + 22);
  });
});
