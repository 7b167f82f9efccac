// Answer templates on /consulenze/modelli: a district's consultants list, write, edit and delete
// them; bad input is refused with its message and the other values kept; another district's
// template does not exist for them (404); everyone else gets 403, anonymous visitors the login.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { consultationTemplates, type Role } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { listTemplates } from "../../../app/modules/consultations/templates.server";
import * as page from "../../../app/routes/consulenze.modelli";
import { createUser } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";
import { formRequest, getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const ctx = { cspNonce: "", clientIp: "127.0.0.1" };
type PageData = Awaited<ReturnType<typeof page.loader>>;

async function person(grants: [Role, "MI" | "BS" | null][]) {
  const user = await createUser({ roles: grants });
  return { user, cookie: await sessionCookieFor(user.id) };
}

const load = (path: string, cookie?: string) =>
  outcome(() => page.loader({ request: getRequest(path, cookie), params: {}, context: ctx })) as Promise<{ status: number; value?: PageData; location?: string | null }>;
const act = (fields: Record<string, string>, cookie?: string) =>
  outcome(() => page.action({ request: formRequest("/consulenze/modelli", fields, cookie), params: {}, context: ctx })) as Promise<{
    status: number;
    location?: string | null;
    value?: unknown;
  }>;
/** The body of a data(…, { status: 400 }) result. */
const body = (res: { value?: unknown }) => (res.value as { data: { errors: Record<string, string>; values: Record<string, string> } }).data;
const rows = () => db().select().from(consultationTemplates);

describe(`answer templates (${engine})`, () => {
  it("lets a consultant write, edit and delete their district's templates", async () => {
    const mi = await person([["legal_consultant", "MI"]]);
    const created = await act({ intent: "create", title: "Permesso per minore età", body: "Il permesso per **minore età** si chiede in questura." }, mi.cookie);
    expect(created.status).toBe(302);
    expect(created.location).toMatch(/^\/consulenze\/modelli\?esito=creato#modello-[0-9a-f-]{36}$/);
    const [row] = await rows();
    expect(row).toMatchObject({ districtCode: "MI", title: "Permesso per minore età", createdById: mi.user.id });

    const listed = (await load("/consulenze/modelli?esito=creato", mi.cookie)).value!;
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0].bodyHtml).toContain("<strong>minore età</strong>");
    expect(listed.outcome).toBe("consultdesk.templates.created");
    expect(listed.districts).toEqual(["MI"]);

    const editing = (await load(`/consulenze/modelli?modifica=${row.id}`, mi.cookie)).value!;
    expect(editing.editing).toEqual({ id: row.id, title: "Permesso per minore età", body: row.bodyMd });
    const updated = await act({ intent: "update", id: row.id, title: "Permesso per minore età (aggiornato)", body: "Nuovo testo" }, mi.cookie);
    expect(updated.location).toBe(`/consulenze/modelli?esito=modificato#modello-${row.id}`);
    expect((await listTemplates("MI")).map((t) => [t.title, t.bodyMd])).toEqual([["Permesso per minore età (aggiornato)", "Nuovo testo"]]);

    // Deleting asks first (a page state), then the POST deletes.
    expect((await load(`/consulenze/modelli?elimina=${row.id}`, mi.cookie)).value!.confirmId).toBe(row.id);
    const deleted = await act({ intent: "delete", id: row.id }, mi.cookie);
    expect(deleted.location).toBe("/consulenze/modelli?esito=eliminato");
    expect(await rows()).toHaveLength(0);
  });

  it("refuses bad input with its message, keeps the other values and writes nothing", async () => {
    const mi = await person([["legal_consultant", "MI"]]);
    const before = (await rows()).length;
    const empty = await act({ intent: "create", title: "   ", body: "Testo da tenere" }, mi.cookie);
    expect(empty.status).toBe(400);
    expect(body(empty).errors).toEqual({ title: "consultdesk.templates.validation.title" });
    expect(body(empty).values).toMatchObject({ intent: "create", body: "Testo da tenere" });
    const long = await act({ intent: "create", title: "x".repeat(121), body: "" }, mi.cookie);
    expect(body(long).errors).toEqual({ title: "validation.tooLong", body: "consultdesk.templates.validation.body" });
    expect(body(long).values.title).toBe("x".repeat(121));
    const unknownIntent = await act({ intent: "publish", title: "A", body: "B" }, mi.cookie);
    expect(unknownIntent.status).toBe(400);
    // A district the consultant does not serve.
    const otherDistrict = await act({ intent: "create", districtCode: "BS", title: "A", body: "B" }, mi.cookie);
    expect(otherDistrict.status).toBe(400);
    expect(body(otherDistrict).errors).toEqual({ districtCode: "validation.district" });
    expect(await rows()).toHaveLength(before);

    // A failed edit comes back with what was typed.
    await act({ intent: "create", title: "Da modificare", body: "Testo" }, mi.cookie);
    const [row] = (await rows()).filter((r) => r.title === "Da modificare");
    const badEdit = await act({ intent: "update", id: row.id, title: "Titolo nuovo", body: " " }, mi.cookie);
    expect(badEdit.status).toBe(400);
    expect(body(badEdit).errors).toEqual({ body: "consultdesk.templates.validation.body" });
    expect(body(badEdit).values).toMatchObject({ intent: "update", id: row.id, title: "Titolo nuovo" });
    expect((await db().select().from(consultationTemplates).where(eq(consultationTemplates.id, row.id)))[0].title).toBe("Da modificare");
  });

  it("keeps districts apart: a Brescia consultant cannot see, edit or delete a Milano template (404)", async () => {
    const mi = await person([["legal_consultant", "MI"]]);
    const bs = await person([["legal_consultant", "BS"]]);
    await act({ intent: "create", title: "Solo Milano", body: "Testo di Milano" }, mi.cookie);
    const [row] = (await rows()).filter((r) => r.title === "Solo Milano");
    const seen = (await load("/consulenze/modelli", bs.cookie)).value!;
    expect(seen.items.map((i) => i.id)).not.toContain(row.id);
    expect(seen.districts).toEqual(["BS"]);
    expect((await load(`/consulenze/modelli?modifica=${row.id}`, bs.cookie)).status).toBe(404);
    expect((await load(`/consulenze/modelli?elimina=${row.id}`, bs.cookie)).status).toBe(404);
    expect((await act({ intent: "update", id: row.id, title: "Preso", body: "Cambiato" }, bs.cookie)).status).toBe(404);
    expect((await act({ intent: "delete", id: row.id }, bs.cookie)).status).toBe(404);
    const [after] = await db().select().from(consultationTemplates).where(eq(consultationTemplates.id, row.id));
    expect(after).toMatchObject({ title: "Solo Milano", bodyMd: "Testo di Milano" });
    // A template created by Brescia lands in Brescia.
    await act({ intent: "create", title: "Solo Brescia", body: "Testo" }, bs.cookie);
    expect((await listTemplates("BS")).map((t) => t.title)).toContain("Solo Brescia");
    expect((await listTemplates("MI")).map((t) => t.title)).not.toContain("Solo Brescia");
  });

  it("lets a consultant of two districts choose where a template goes", async () => {
    const both = await person([
      ["legal_consultant", "MI"],
      ["legal_consultant", "BS"],
    ]);
    expect((await load("/consulenze/modelli", both.cookie)).value!.districts.sort()).toEqual(["BS", "MI"]);
    await act({ intent: "create", districtCode: "BS", title: "Per Brescia", body: "Testo" }, both.cookie);
    const [row] = (await rows()).filter((r) => r.title === "Per Brescia");
    expect(row.districtCode).toBe("BS");
  });

  it("refuses everyone but consultants (403), admins included, and sends anonymous visitors to the login", async () => {
    for (const grants of [[["guardian", "MI"]], [["coordinator", "MI"]], [["trainer", "MI"]], [["admin", null]]] as [Role, "MI" | null][][]) {
      const someone = await person(grants);
      expect((await load("/consulenze/modelli", someone.cookie)).status, grants[0][0]).toBe(403);
      expect((await act({ intent: "create", title: "A", body: "B" }, someone.cookie)).status, grants[0][0]).toBe(403);
    }
    const anonymous = await load("/consulenze/modelli");
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/accedi\?redirectTo=/);
    expect((await act({ intent: "create", title: "A", body: "B" })).status).toBe(302);
  });
});
