// The coordinators' minors desk through its routes: who gets in (district coordinators only; the
// edit page 404s like the record for anyone who may not see it), the list with its filters and
// order, registering (errors beside the fields, nothing written; the new code's page on success),
// correcting a record (audited), and the CSV (district only, formula cells neutralised, audited).
import { createRemixStub } from "@remix-run/testing";
import { and, count, eq } from "drizzle-orm";
import { createElement, type ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog, enrolments, minorFlags, minors, type Role } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { proposeGuardian, recordDecree, respondToProposal } from "../../../app/modules/guardianship/appointments.server";
import { setGuardianState, updateGuardianProfile } from "../../../app/modules/guardianship/guardians.server";
import { createMinor, romeToday } from "../../../app/modules/guardianship/minors.server";
import type { MinorInput } from "../../../app/modules/guardianship/schema";
import * as listRoute from "../../../app/routes/coordinamento.minori._index";
import * as exportRoute from "../../../app/routes/coordinamento.minori.esporta";
import * as newRoute from "../../../app/routes/coordinamento.minori.nuovo";
import * as editRoute from "../../../app/routes/tutele.$codice.modifica";
import { createCourse } from "../../fixtures/training";
import { createUser } from "../../fixtures/users";
import { useTestDatabase } from "../../support/database";
import { formRequest, getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const ctx = { cspNonce: "", clientIp: "127.0.0.1" };
const TODAY = romeToday(new Date());
const YEAR = TODAY.slice(0, 4);
const NEXT_YEAR = `${Number(YEAR) + 1}-01-15`;

type District = "MI" | "BS";
async function person(roles: [Role, District | null][], name?: string) {
  const user = await createUser({ roles, name });
  return { user, actor: { ...user, roles: roles.map(([role, districtCode]) => ({ role, districtCode })) }, cookie: await sessionCookieFor(user.id) };
}
type Person = Awaited<ReturnType<typeof person>>;

const input = (over: Partial<MinorInput> = {}): MinorInput => ({
  firstName: "Samir",
  lastName: "Haddad",
  birthDate: "2009-03-15",
  languages: ["ar", "fr"],
  arrivalDate: "2025-09-01",
  facilityName: "Comunità Delta",
  facilityMunicipality: "Monza",
  facilityProvince: "MB",
  specialNeeds: [],
  ...over,
});

async function registered(actor: Person["actor"], district: District, over: Partial<MinorInput> = {}) {
  const created = await createMinor(actor, district, input(over));
  if (!created.ok) throw new Error("fixture minor refused");
  return created;
}

let coordinator: Person, brescia: Person, both: Person, guardian: Person, otherGuardian: Person, trainer: Person, admin: Person;
let waitingLong: { id: string; code: string }, waitingShort: { id: string; code: string }, appointed: { id: string; code: string };
let formula: { id: string; code: string }, bresciaMinor: { id: string; code: string };

beforeAll(async () => {
  coordinator = await person([["coordinator", "MI"]]);
  brescia = await person([["coordinator", "BS"]]);
  both = await person([["coordinator", "MI"], ["coordinator", "BS"]]);
  guardian = await person([["guardian", "MI"]], "Anna Tutrice");
  otherGuardian = await person([["guardian", "MI"]]);
  trainer = await person([["trainer", "MI"]]);
  admin = await person([["admin", null]]);

  waitingShort = await registered(coordinator.actor, "MI", { firstName: "Omar", lastName: "Benali", arrivalDate: "2025-10-01" });
  waitingLong = await registered(coordinator.actor, "MI", { firstName: "Yusuf", lastName: "Kone", arrivalDate: "2025-02-01", birthDate: undefined, estimatedAge: 16 });
  appointed = await registered(coordinator.actor, "MI", { firstName: "Ibrahim", lastName: "Diallo", arrivalDate: "2025-01-01" });
  formula = await registered(coordinator.actor, "MI", { firstName: "=cmd|' /C calc'!A0", lastName: "Rossi; \"detto\" Bianchi", arrivalDate: "2025-05-01" });
  bresciaMinor = await registered(brescia.actor, "BS", { firstName: "Karim", lastName: "Bresciano", facilityProvince: "BG", facilityMunicipality: "Bergamo" });

  // Appointed: a listed guardian with the mandatory course, proposed, accepted, decree recorded.
  const course = await createCourse({ mandatory: true, status: "published" });
  await db().insert(enrolments).values({ userId: guardian.user.id, courseId: course.id, completedAt: new Date() });
  expect(await setGuardianState(coordinator.actor, guardian.user.id, "MI", { state: "listed", listedSince: "2025-01-10" })).toEqual({ ok: true });
  await updateGuardianProfile(coordinator.actor, guardian.user.id, "MI", { available: true, maxMinors: 3, province: "MB", languages: ["ar"], notes: "" });
  const proposed = await proposeGuardian(coordinator.actor, appointed.id, guardian.user.id, undefined);
  if (!proposed.ok) throw new Error(proposed.error);
  expect(await respondToProposal(guardian.actor, proposed.id, true, undefined)).toEqual({ ok: true });
  expect(await recordDecree(coordinator.actor, proposed.id, TODAY)).toEqual({ ok: true });

  await db().insert(minorFlags).values([
    { minorId: waitingShort.id, reason: "Visita medica da fissare", raisedById: coordinator.user.id },
    { minorId: waitingShort.id, reason: "Documenti mancanti", raisedById: coordinator.user.id },
    { minorId: waitingShort.id, reason: "Risolta", raisedById: coordinator.user.id, removedAt: new Date(), removedById: coordinator.user.id, removalReason: "Fatto" },
  ]);
});

const list = (path: string, cookie?: string) => outcome(() => listRoute.loader({ request: getRequest(path, cookie), params: {}, context: ctx }));
const exportCsv = (path: string, cookie?: string) => outcome(() => exportRoute.loader({ request: getRequest(path, cookie), params: {}, context: ctx }));
const newPage = (path: string, cookie?: string) => outcome(() => newRoute.loader({ request: getRequest(path, cookie), params: {}, context: ctx }));
const register = (path: string, fields: Record<string, string | string[]>, cookie?: string) =>
  outcome(() => newRoute.action({ request: formRequest(path, fields, cookie), params: {}, context: ctx }));
const editPage = (code: string, cookie?: string) =>
  outcome(() => editRoute.loader({ request: getRequest(`/tutele/${code}/modifica`, cookie), params: { codice: code }, context: ctx }));
const edit = (code: string, fields: Record<string, string | string[]>, cookie?: string) =>
  outcome(() => editRoute.action({ request: formRequest(`/tutele/${code}/modifica`, fields, cookie), params: { codice: code }, context: ctx }));

/** The page as the server renders it, from the loader's (and action's) data. */
function render(Component: ComponentType, pattern: string, url: string, loaderData: unknown, actionData?: unknown): string {
  const Stub = createRemixStub([{ id: "page", path: pattern, Component, loader: () => loaderData as never, action: () => null }]);
  const quiet = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes("useLayoutEffect does nothing on the server")) throw new Error(args.map(String).join(" "));
  });
  try {
    return renderToString(
      createElement(Stub, {
        initialEntries: [url],
        hydrationData: { loaderData: { page: loaderData }, actionData: actionData ? { page: actionData } : undefined },
      }),
    );
  } finally {
    quiet.mockRestore();
  }
}
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");

const minorCount = async () => (await db().select({ n: count() }).from(minors))[0].n;

const validFields = {
  firstName: "Moussa",
  lastName: "Traoré",
  birthDate: "2010-06-30",
  sex: "M",
  nationality: "ml",
  languages: "bm, fr",
  arrivalDate: "2025-11-02",
  facilityName: "Casa Aurora",
  facilityMunicipality: "Lecco",
  facilityProvince: "LC",
  courtFileNumber: "VG 123/2025",
  permitExpiry: "",
  specialNeeds: ["asylum_application", "psychological_support"],
};

describe("who may use the minors desk", () => {
  it("lets the district's coordinator in on every page", async () => {
    expect((await list("/coordinamento/minori", coordinator.cookie)).status).toBe(200);
    expect((await list("/coordinamento/minori?distretto=MI", coordinator.cookie)).status).toBe(200);
    expect((await newPage("/coordinamento/minori/nuovo?distretto=MI", coordinator.cookie)).status).toBe(200);
    expect((await exportCsv("/coordinamento/minori/esporta?distretto=MI", coordinator.cookie)).status).toBe(200);
    expect((await editPage(waitingShort.code, coordinator.cookie)).status).toBe(200);
  });

  it("refuses the other district's coordinator, guardians, trainers and admins with 403", async () => {
    for (const p of [brescia, guardian, otherGuardian, trainer, admin]) {
      expect((await list("/coordinamento/minori?distretto=MI", p.cookie)).status).toBe(403);
      expect((await newPage("/coordinamento/minori/nuovo?distretto=MI", p.cookie)).status).toBe(403);
      expect((await register("/coordinamento/minori/nuovo?distretto=MI", validFields, p.cookie)).status).toBe(403);
      expect((await exportCsv("/coordinamento/minori/esporta?distretto=MI", p.cookie)).status).toBe(403);
    }
    expect((await list("/coordinamento/minori?distretto=XX", coordinator.cookie)).status).toBe(403);
    expect((await list("/coordinamento/minori?distretto=BS", coordinator.cookie)).status).toBe(403);
  });

  it("sends an anonymous visitor to the login page", async () => {
    for (const o of [
      await list("/coordinamento/minori?distretto=MI"),
      await newPage("/coordinamento/minori/nuovo?distretto=MI"),
      await register("/coordinamento/minori/nuovo?distretto=MI", validFields),
      await exportCsv("/coordinamento/minori/esporta?distretto=MI"),
      await editPage(waitingShort.code),
      await edit(waitingShort.code, validFields),
    ]) {
      expect(o.status).toBe(302);
      expect(o.location).toMatch(/^\/accedi\?redirectTo=/);
    }
  });

  it("answers 404 on the edit page to whoever may not see the record, 403 to its own guardian", async () => {
    for (const p of [brescia, otherGuardian, trainer, admin]) {
      expect((await editPage(appointed.code, p.cookie)).status).toBe(404);
      expect((await edit(appointed.code, validFields, p.cookie)).status).toBe(404);
    }
    expect((await editPage(appointed.code, guardian.cookie)).status).toBe(403);
    expect((await edit(appointed.code, validFields, guardian.cookie)).status).toBe(403);
    expect((await editPage("MI-2099-9999", coordinator.cookie)).status).toBe(404);
    expect((await editPage("not-a-code", coordinator.cookie)).status).toBe(404);
    const [row] = await db().select().from(minors).where(eq(minors.id, appointed.id));
    expect(row.firstName).toBe("Ibrahim");
  });

  it("offers a coordinator of both districts each district's list", async () => {
    const mi = (await list("/coordinamento/minori", both.cookie)).value!;
    expect(mi.district).toBe("MI");
    expect(mi.districts).toEqual(expect.arrayContaining(["MI", "BS"]));
    const bs = (await list("/coordinamento/minori?distretto=BS", both.cookie)).value!;
    expect(bs.rows.map((r) => r.code)).toEqual([bresciaMinor.code]);
  });
});

describe("the list", () => {
  it("shows the district's minors only, waiting longest first, with guardian, days waiting and open flags", async () => {
    const page = (await list("/coordinamento/minori?distretto=MI", coordinator.cookie)).value!;
    const codes = page.rows.map((r) => r.code);
    expect(codes).not.toContain(bresciaMinor.code);
    expect(page.rows.some((r) => r.lastName === "Bresciano")).toBe(false);
    // Waiting: arrived 2025-02-01, 2025-05-01, 2025-10-01; then the appointed minor.
    expect(codes.slice(0, 4)).toEqual([waitingLong.code, formula.code, waitingShort.code, appointed.code]);
    const byCode = Object.fromEntries(page.rows.map((r) => [r.code, r]));
    expect(byCode[appointed.code].guardianName).toBe("Anna Tutrice");
    expect(byCode[appointed.code].status).toBe("with_guardian");
    expect(byCode[appointed.code].daysWaiting).toBeNull();
    const expectedDays = Math.round((Date.parse(TODAY) - Date.parse("2025-02-01")) / 86_400_000);
    expect(byCode[waitingLong.code].daysWaiting).toBe(expectedDays);
    expect(byCode[waitingLong.code].age).toBeNull();
    expect(byCode[waitingLong.code].estimatedAge).toBe(16);
    expect(byCode[waitingShort.code].openFlags).toBe(2);
    expect(byCode[waitingShort.code].age).toBeGreaterThanOrEqual(16);
  });

  it("renders names, days waiting, the guardian, and the register and CSV links keeping the filters", async () => {
    const url = "/coordinamento/minori?distretto=MI&stato=waiting&q=o";
    const page = (await list(url, coordinator.cookie)).value!;
    const html = render(listRoute.default, "/coordinamento/minori", url, page);
    const shown = text(html);
    expect(shown).toContain("Minori del distretto di Milano");
    expect(shown).toContain("Registra un minore");
    expect(shown).toContain("Scarica CSV");
    expect(html).toContain('href="/coordinamento/minori/nuovo?distretto=MI"');
    expect(html).toContain('href="/coordinamento/minori/esporta?distretto=MI&amp;stato=waiting&amp;q=o"');
    expect(html).toContain(`href="/tutele/${waitingLong.code}"`);
    expect(shown).toContain("Kone Yusuf");
    expect(shown).toMatch(/In attesa da [\d.]+ giorni/);
    expect(shown).toContain("circa 16 anni (stimata)");
    expect(html).toContain("<caption");

    const all = (await list("/coordinamento/minori?distretto=MI", coordinator.cookie)).value!;
    const allShown = text(render(listRoute.default, "/coordinamento/minori", "/coordinamento/minori?distretto=MI", all));
    expect(allShown).toContain("Anna Tutrice");
    expect(allShown).not.toContain("Bresciano");
  });

  it("filters by status and by code, first or last name", async () => {
    const waiting = (await list("/coordinamento/minori?distretto=MI&stato=waiting", coordinator.cookie)).value!;
    expect(waiting.rows.every((r) => r.status === "waiting")).toBe(true);
    expect(waiting.rows.map((r) => r.code)).not.toContain(appointed.code);
    const withGuardian = (await list("/coordinamento/minori?distretto=MI&stato=with_guardian", coordinator.cookie)).value!;
    expect(withGuardian.rows.map((r) => r.code)).toEqual([appointed.code]);
    const byName = (await list("/coordinamento/minori?distretto=MI&q=kone", coordinator.cookie)).value!;
    expect(byName.rows.map((r) => r.code)).toEqual([waitingLong.code]);
    const byFullName = (await list(`/coordinamento/minori?distretto=MI&q=${encodeURIComponent("Omar Benali")}`, coordinator.cookie)).value!;
    expect(byFullName.rows.map((r) => r.code)).toEqual([waitingShort.code]);
    const byCode = (await list(`/coordinamento/minori?distretto=MI&q=${appointed.code}`, coordinator.cookie)).value!;
    expect(byCode.rows.map((r) => r.code)).toEqual([appointed.code]);
    const wildcard = (await list("/coordinamento/minori?distretto=MI&q=%25", coordinator.cookie)).value!;
    expect(wildcard.total).toBe(0);
    // A NUL byte (which PostgreSQL text cannot hold) is dropped, not a 500.
    const nul = await list("/coordinamento/minori?distretto=MI&q=kone%00", coordinator.cookie);
    expect(nul.status).toBe(200);
    expect(nul.value!.total).toBe(byName.total);
    // A bad status is no filter; a page past the end is 404.
    const bad = (await list("/coordinamento/minori?distretto=MI&stato=nonsense", coordinator.cookie)).value!;
    expect(bad.query.stato).toBeUndefined();
    expect((await list("/coordinamento/minori?distretto=MI&pagina=9", coordinator.cookie)).status).toBe(404);
  });
});

describe("registering a minor", () => {
  const path = "/coordinamento/minori/nuovo?distretto=MI";

  it("refuses a date of birth in the future beside its field, keeps the input and writes nothing", async () => {
    const before = await minorCount();
    const o = await register(path, { ...validFields, birthDate: NEXT_YEAR }, coordinator.cookie);
    expect(o.status).toBe(400);
    const body = (o.value as unknown as { data: { errors: Record<string, string>; values: Record<string, string> } }).data;
    expect(body.errors.birthDate).toBe("tutele.error.birthDateFuture");
    expect(body.values.firstName).toBe("Moussa");
    expect(body.values.facilityMunicipality).toBe("Lecco");
    expect(body.values.specialNeeds).toBe("asylum_application,psychological_support");
    expect(await minorCount()).toBe(before);

    const page = (await newPage(path, coordinator.cookie)).value!;
    const html = render(newRoute.default, "/coordinamento/minori/nuovo", path, page, body);
    expect(text(html)).toContain("La data di nascita non può essere nel futuro.");
    expect(html).toMatch(/id="field-birthDate-error"/);
    expect(html).toMatch(/name="firstName"[^>]*value="Moussa"|value="Moussa"[^>]*name="firstName"/);
    expect(html).toMatch(/checked=""[^>]*value="asylum_application"|value="asylum_application"[^>]*checked=""/);
  });

  it("refuses a province outside the district beside its field", async () => {
    const before = await minorCount();
    const o = await register(path, { ...validFields, facilityProvince: "BS" }, coordinator.cookie);
    expect(o.status).toBe(400);
    const body = (o.value as unknown as { data: { errors: Record<string, string>; values: Record<string, string> } }).data;
    expect(body.errors).toEqual({ facilityProvince: "tutele.error.provinceOutside" });
    expect(body.values.lastName).toBe("Traoré");
    expect(await minorCount()).toBe(before);
  });

  it("registers the minor and goes to the new code's page", async () => {
    const o = await register(path, validFields, coordinator.cookie);
    expect(o.status).toBe(302);
    const code = o.location!.replace("/tutele/", "");
    expect(o.location).toMatch(new RegExp(`^/tutele/MI-${YEAR}-\\d{4}$`));
    const [row] = await db().select().from(minors).where(eq(minors.code, code));
    expect(row).toMatchObject({
      districtCode: "MI",
      firstName: "Moussa",
      nationality: "ML",
      languages: ["bm", "fr"],
      facilityProvince: "LC",
      status: "waiting",
      createdById: coordinator.user.id,
    });
    expect([...row.specialNeeds].sort()).toEqual(["asylum_application", "psychological_support"]);
    const loaded = (await newPage(path, coordinator.cookie)).value!;
    expect(loaded.provinces).toEqual(expect.arrayContaining(["MI", "LC", "VA"]));
    expect(loaded.provinces).not.toContain("BS");
  });
});

describe("correcting a minor's record", () => {
  it("shows the record in the form, saves the change, goes back to the record and writes an audit row", async () => {
    const shown = (await editPage(waitingShort.code, coordinator.cookie)).value!;
    expect(shown.values).toMatchObject({ firstName: "Omar", lastName: "Benali", languages: "ar, fr", facilityProvince: "MB" });
    const html = render(editRoute.default, "/tutele/:codice/modifica", `/tutele/${waitingShort.code}/modifica`, shown);
    expect(text(html)).toContain(`Modifica i dati di ${waitingShort.code}`);
    expect(text(html)).toContain("Salva le modifiche");
    expect(html).toMatch(/value="Benali"/);
    expect(html).toMatch(/<option value="MB" selected="">/);
    const o = await edit(waitingShort.code, { ...shown.values, lastName: "Benali Haddou", specialNeeds: "health" }, coordinator.cookie);
    expect(o.status).toBe(302);
    expect(o.location).toBe(`/tutele/${waitingShort.code}`);
    const [row] = await db().select().from(minors).where(eq(minors.id, waitingShort.id));
    expect(row.lastName).toBe("Benali Haddou");
    expect(row.specialNeeds).toEqual(["health"]);
    const audits = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "minor.update"), eq(auditLog.entityId, waitingShort.id)));
    expect(audits).toHaveLength(1);
    expect(audits[0].actorId).toBe(coordinator.user.id);
    expect(String(audits[0].details.fields)).toContain("lastName");
    // Opening the form showed the record: a read, audited.
    const reads = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "minor.read"), eq(auditLog.entityId, waitingShort.id), eq(auditLog.actorId, coordinator.user.id)));
    expect(reads.length).toBeGreaterThanOrEqual(1);
  });

  it("keeps the input and changes nothing on an invalid correction", async () => {
    const o = await edit(appointed.code, { ...validFields, firstName: "", arrivalDate: NEXT_YEAR }, coordinator.cookie);
    expect(o.status).toBe(400);
    const body = (o.value as unknown as { data: { errors: Record<string, string>; values: Record<string, string> } }).data;
    expect(body.errors.firstName).toBe("tutele.error.firstName");
    expect(body.errors.arrivalDate).toBe("tutele.error.arrivalFuture");
    expect(body.values.lastName).toBe("Traoré");
    const [row] = await db().select().from(minors).where(eq(minors.id, appointed.id));
    expect(row.firstName).toBe("Ibrahim");
  });
});

describe("the CSV export", () => {
  it("holds a header and the district's rows only, neutralises formulas, and writes one audit row", async () => {
    const before = await db().select().from(auditLog).where(eq(auditLog.action, "minors.export"));
    const o = await exportCsv("/coordinamento/minori/esporta?distretto=MI&stato=waiting", coordinator.cookie);
    expect(o.status).toBe(200);
    const response = o.value as Response;
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="minori-MI-${TODAY}.csv"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, for Excel
    const text = new TextDecoder().decode(bytes); // drops the BOM
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "Codice;Cognome;Nome;Data di nascita;Età stimata;Sesso;Nazionalità;Data di arrivo;Struttura;Comune;Provincia;Stato;Tutore;Giorni di attesa",
    );
    expect(text).not.toContain("Bresciano");
    expect(text).not.toContain(bresciaMinor.code);
    expect(text).not.toContain(appointed.code); // filtered out: not waiting
    const formulaLine = lines.find((l) => l.startsWith(formula.code))!;
    expect(formulaLine).toContain(`"Rossi; ""detto"" Bianchi"`);
    expect(formulaLine).toContain(";'=cmd|' /C calc'!A0;");
    expect(lines.every((l) => !l.split(";").some((cell) => cell.startsWith("="))));
    const longLine = lines.find((l) => l.startsWith(waitingLong.code))!.split(";");
    expect(longLine[3]).toBe("");
    expect(longLine[4]).toBe("16");
    expect(longLine[7]).toBe("01/02/2025");
    expect(longLine[11]).toBe("In attesa di tutore");

    const after = await db().select().from(auditLog).where(eq(auditLog.action, "minors.export"));
    expect(after.length).toBe(before.length + 1);
    const entry = after.find((a) => !before.some((b) => b.id === a.id))!;
    expect(entry).toMatchObject({ actorId: coordinator.user.id, entityType: "district", entityId: "MI", districtCode: "MI" });
    expect(entry.details).toEqual({ rows: lines.length - 1, filters: "distretto=MI&stato=waiting" });
  });
});
