// Coordinators' exports: completions CSV and certificates ZIP of their district only, validated
// form, audit log entries, and who may export.
import { and, eq } from "drizzle-orm";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { auditLog } from "../../../db/schema";
import { db } from "../../../app/db.server";
import * as page from "../../../app/routes/formazione.esportazioni._index";
import * as download from "../../../app/routes/formazione.esportazioni.scarica";
import { createCourse } from "../../fixtures/training";
import { enrol, giveCertificate } from "../../fixtures/training-record";
import { createUser, type UserOptions } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";
import { formRequest, getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const context = { cspNonce: "test", clientIp: "127.0.0.1" };
const args = (request: Request) => ({ request, params: {}, context });
const at = (iso: string) => new Date(iso);

async function setting() {
  const course = await createCourse({ title: "Corso base per tutori", hours: 24, validityMonths: 24 });
  const people = {
    anna: await createUser({ name: "Anna Milanese", email: `anna-${course.slug}@example.org`, roles: [["guardian", "MI"]] }),
    bice: await createUser({ name: "=Bice; \"Milanese\"", roles: [["candidate", "MI"]] }),
    carla: await createUser({ name: "Carla Bresciana", roles: [["guardian", "BS"]] }),
    dario: await createUser({ name: "Dario Fuoriperiodo", roles: [["guardian", "MI"]] }),
  };
  const done = async (who: { id: string; name: string }, when: string) => {
    await enrol(who.id, course.id, { completedAt: at(when) });
    return giveCertificate(who, course, { issuedAt: at(when), expiresAt: at("2028-03-01T10:00:00Z") });
  };
  const certs = {
    anna: await done(people.anna, "2026-03-01T10:00:00Z"),
    bice: await done(people.bice, "2026-03-31T22:30:00Z"), // 31 March in UTC, 1 April in Rome
    carla: await done(people.carla, "2026-03-10T10:00:00Z"),
    dario: await done(people.dario, "2026-05-10T10:00:00Z"),
  };
  return { course, people, certs };
}

const form = (slug: string, overrides: Record<string, string> = {}) => ({
  tipo: "completamenti",
  distretto: "MI",
  corso: slug,
  dal: "2026-03-01",
  al: "2026-04-01",
  ...overrides,
});

describe(`exports (${engine})`, () => {
  it("sends anonymous visitors to the login page; only coordinators and admins get in", async () => {
    const anonymous = await outcome(() => page.loader(args(getRequest("/formazione/esportazioni"))));
    expect(anonymous).toMatchObject({ status: 302, location: `/accedi?redirectTo=${encodeURIComponent("/formazione/esportazioni")}` });
    const status = async (roles: UserOptions["roles"]) =>
      (await outcome(async () => page.loader(args(getRequest("/formazione/esportazioni", await sessionCookieFor((await createUser({ roles })).id)))))).status;
    expect(await status([["guardian", "MI"]])).toBe(403);
    expect(await status([["trainer", "MI"]])).toBe(403);
    expect(await status([["legal_consultant", "BS"]])).toBe(403);
    expect(await status([["coordinator", "BS"]])).toBe(200);
    expect(await status([["admin", null]])).toBe(200);
    const coordinator = await sessionCookieFor((await createUser({ roles: [["coordinator", "BS"]] })).id);
    const data = (await page.loader(args(getRequest("/formazione/esportazioni", coordinator)))) as Awaited<ReturnType<typeof page.loader>>;
    expect(data.districts).toEqual(["BS"]);
  });

  it("validates the form: dates in order, real dates, a course that exists, something to export", async () => {
    const { course } = await setting();
    const cookie = await sessionCookieFor((await createUser({ roles: [["coordinator", "MI"]] })).id);
    const post = async (fields: Record<string, string>) => {
      const result = await outcome(() => page.action(args(formRequest("/formazione/esportazioni", fields, cookie))));
      return { status: result.status, data: (result.value as { data?: { errors: Record<string, string>; values: Record<string, string> } })?.data };
    };
    expect((await post(form(course.slug, { dal: "2026-05-01", al: "2026-04-01" }))).data?.errors).toEqual({ al: "exports.error.order" });
    expect((await post(form(course.slug, { dal: "2026-02-30" }))).data?.errors).toMatchObject({ dal: "exports.error.from" });
    expect((await post(form(course.slug, { al: "" }))).data?.errors).toMatchObject({ al: "exports.error.to" });
    const unknown = await post(form("corso-inesistente"));
    expect(unknown).toMatchObject({ status: 400, data: { errors: { corso: "exports.error.course" }, values: { corso: "corso-inesistente" } } });
    expect((await post(form(course.slug, { tipo: "tutto" }))).data?.errors).toMatchObject({ tipo: "exports.error.kind" });
    expect((await post(form(course.slug, { dal: "2025-01-01", al: "2025-12-31" }))).data?.errors).toEqual({ _form: "exports.error.empty" });
    const ok = await outcome(() => page.action(args(formRequest("/formazione/esportazioni", form(course.slug), cookie))));
    expect(ok.status).toBe(303);
    expect(ok.location).toBe(`/formazione/esportazioni/scarica?${new URLSearchParams(form(course.slug))}`);
  });

  it("exports the district's completions in the period as CSV and logs it", async () => {
    const { course, certs } = await setting();
    const coordinator = await createUser({ roles: [["coordinator", "MI"]] });
    const cookie = await sessionCookieFor(coordinator.id);
    const response = (await download.loader(
      args(getRequest(`/formazione/esportazioni/scarica?${new URLSearchParams(form(course.slug))}`, cookie)),
    )) as Response;
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split("\r\n");
    expect(lines[0]).toBe("Persona;E-mail;Corso;Completato il;Ore;Codice attestato;Scadenza");
    expect(lines.slice(1)).toEqual([
      `Anna Milanese;anna-${course.slug}@example.org;Corso base per tutori;01/03/2026;24;${certs.anna.code};01/03/2028`,
      expect.stringMatching(new RegExp(`^"'=Bice; ""Milanese""";[^;]+;Corso base per tutori;01/04/2026;24;${certs.bice.code};01/03/2028$`)),
    ]);
    // The period is in Rome's calendar: 1 April (Rome) is outside a period ending on 31 March.
    const march = (await download.loader(
      args(getRequest(`/formazione/esportazioni/scarica?${new URLSearchParams(form(course.slug, { al: "2026-03-31" }))}`, cookie)),
    )) as Response;
    expect(await march.text()).not.toContain("Bice");
    const [entry] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, coordinator.id), eq(auditLog.action, "training.export")))
      .orderBy(auditLog.createdAt)
      .limit(1);
    expect(entry).toMatchObject({
      entityType: "course",
      entityId: course.id,
      districtCode: "MI",
      details: { kind: "completamenti", course: course.slug, from: "2026-03-01", to: "2026-04-01", rows: 2 },
    });
  });

  it("exports the certificates as one ZIP of PDFs named by code", async () => {
    const { course, certs } = await setting();
    const admin = await createUser({ roles: [["admin", null]] });
    const cookie = await sessionCookieFor(admin.id);
    const response = (await download.loader(
      args(getRequest(`/formazione/esportazioni/scarica?${new URLSearchParams(form(course.slug, { tipo: "attestati" }))}`, cookie)),
    )) as Response;
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toContain(".zip");
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual([`${certs.anna.code}.pdf`, `${certs.bice.code}.pdf`].sort());
    for (const pdf of Object.values(files)) expect(new TextDecoder().decode(pdf.slice(0, 4))).toBe("%PDF");
    const [entry] = await db().select().from(auditLog).where(eq(auditLog.actorId, admin.id));
    expect(entry.details).toMatchObject({ kind: "attestati", rows: 2 });
  });

  it("does not let a Brescia coordinator export Milano data", async () => {
    const { course } = await setting();
    const brescia = await createUser({ roles: [["coordinator", "BS"]] });
    const cookie = await sessionCookieFor(brescia.id);
    expect((await outcome(() => page.action(args(formRequest("/formazione/esportazioni", form(course.slug), cookie))))).status).toBe(403);
    for (const tipo of ["completamenti", "attestati"]) {
      const url = `/formazione/esportazioni/scarica?${new URLSearchParams(form(course.slug, { tipo }))}`;
      expect((await outcome(() => download.loader(args(getRequest(url, cookie))))).status).toBe(403);
    }
    expect((await outcome(() => download.loader(args(getRequest("/formazione/esportazioni/scarica?tipo=x", cookie))))).status).toBe(400);
    // Their own district: only Carla.
    const own = (await download.loader(
      args(getRequest(`/formazione/esportazioni/scarica?${new URLSearchParams(form(course.slug, { distretto: "BS" }))}`, cookie)),
    )) as Response;
    const text = await own.text();
    expect(text).toContain("Carla Bresciana");
    expect(text).not.toContain("Milanese");
    expect(await db().select().from(auditLog).where(eq(auditLog.actorId, brescia.id))).toHaveLength(1);
  });
});
