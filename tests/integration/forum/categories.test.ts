// Administrators manage the forum's categories: who may open the pages, creating and editing with
// the rules enforced (address format, reserved and duplicate addresses, posting roles within the
// reading roles), input kept on errors, an audit entry for every change, and a new category
// reaching exactly the members who may read it.
import { createRemixStub } from "@remix-run/testing";
import { and, eq } from "drizzle-orm";
import { createElement, type ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { auditLog, forumCategories, type Role } from "../../../db/schema";
import { db } from "../../../app/db.server";
import type { CategoryFormValues } from "../../../app/modules/forum/categories-schema";
import { forumHome } from "../../../app/modules/forum/reading.server";
import * as editRoute from "../../../app/routes/amministrazione.forum.$id";
import * as listRoute from "../../../app/routes/amministrazione.forum._index";
import * as newRoute from "../../../app/routes/amministrazione.forum.nuova";
import { createCategory, member } from "../../fixtures/forum";
import { useTestDatabase } from "../../support/database";
import { formRequest, getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const ctx = { cspNonce: "", clientIp: "127.0.0.1" };
type Grant = [Role, "MI" | "BS" | null];

async function person(grants: Grant[]) {
  const user = await member({ roles: grants });
  return { user, cookie: await sessionCookieFor(user.id) };
}

function payload<T>(value: unknown): T {
  const v = value as { type?: string; data?: unknown };
  return (v && v.type === "DataWithResponseInit" ? v.data : value) as T;
}

/** The page as the server renders it, from the loader's and action's data. */
function render(Component: ComponentType, path: string, loaderData: unknown, actionData?: unknown): string {
  const Stub = createRemixStub([{ id: "page", path, Component, loader: () => loaderData as never }]);
  // React warns that links' layout effects do nothing on the server: that is expected here.
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

type Refused = { errors: Record<string, string>; values: CategoryFormValues };

const listPage = (cookie?: string, query = "") =>
  outcome(() => listRoute.loader({ request: getRequest(`/amministrazione/forum${query}`, cookie), params: {}, context: ctx }));
const newPage = (cookie?: string) => outcome(() => newRoute.loader({ request: getRequest("/amministrazione/forum/nuova", cookie), params: {}, context: ctx }));
const create = (fields: Record<string, string | string[]>, cookie?: string) =>
  outcome(() => newRoute.action({ request: formRequest("/amministrazione/forum/nuova", fields, cookie), params: {}, context: ctx }));
const editPage = (id: string, cookie?: string) =>
  outcome(() => editRoute.loader({ request: getRequest(`/amministrazione/forum/${id}`, cookie), params: { id }, context: ctx }));
const update = (id: string, fields: Record<string, string | string[]>, cookie?: string) =>
  outcome(() => editRoute.action({ request: formRequest(`/amministrazione/forum/${id}`, fields, cookie), params: { id }, context: ctx }));

const fields = (over: Record<string, string | string[]> = {}) => ({
  name: "Tutori Milano",
  slug: "tutori-milano",
  description: "Per i tutori e i coordinatori del distretto di Milano.",
  district: "MI",
  kind: "discussion",
  readRoles: ["guardian", "coordinator"],
  postRoles: ["guardian", "coordinator"],
  position: "20",
  ...over,
});

async function categoryBySlug(slug: string) {
  const [row] = await db().select().from(forumCategories).where(eq(forumCategories.slug, slug));
  return row;
}

describe("forum categories: who may manage them", () => {
  it("opens the pages to administrators only: coordinators get 403, anonymous visitors the login page", async () => {
    const admin = await person([["admin", null]]);
    const coordinator = await person([["coordinator", "MI"]]);
    const category = await createCategory();

    expect((await listPage(admin.cookie)).status).toBe(200);
    expect((await newPage(admin.cookie)).status).toBe(200);
    expect((await editPage(category.id, admin.cookie)).status).toBe(200);

    expect((await listPage(coordinator.cookie)).status).toBe(403);
    expect((await newPage(coordinator.cookie)).status).toBe(403);
    expect((await editPage(category.id, coordinator.cookie)).status).toBe(403);
    expect((await create(fields({ slug: "da-coordinatore" }), coordinator.cookie)).status).toBe(403);
    expect((await update(category.id, fields({ name: "Cambiata" }), coordinator.cookie)).status).toBe(403);
    expect(await categoryBySlug("da-coordinatore")).toBeUndefined();
    expect((await categoryBySlug(category.slug)).name).toBe(category.name);

    const anonymous = await listPage();
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toBe("/accedi?redirectTo=%2Famministrazione%2Fforum");
    expect((await create(fields({ slug: "anonima" }))).status).toBe(302);
    expect(await categoryBySlug("anonima")).toBeUndefined();

    expect((await editPage("00000000-0000-4000-8000-000000000000", admin.cookie)).status).toBe(404);
    expect((await editPage("non-un-id", admin.cookie)).status).toBe(404);
  });
});

describe("forum categories: create and edit", () => {
  it("creates a category with its rules, writes the audit entry, and shows it to exactly its readers", async () => {
    const admin = await person([["admin", null]]);
    const result = await create(fields({ slug: "tutori-milano-nuova", name: "Tutori Milano (nuova)" }), admin.cookie);
    expect(result.status).toBe(303);
    expect(result.location).toBe("/amministrazione/forum?esito=creata");
    const created = await categoryBySlug("tutori-milano-nuova");
    expect(created).toMatchObject({
      name: "Tutori Milano (nuova)",
      districtCode: "MI",
      kind: "discussion",
      readRoles: ["guardian", "coordinator"],
      postRoles: ["guardian", "coordinator"],
      position: 20,
      archivedAt: null,
    });
    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, created.id), eq(auditLog.action, "forum.category.create")));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.user.id, entityType: "forum_category", districtCode: "MI" });

    const list = await listPage(admin.cookie, "?esito=creata");
    const data = list.value as Awaited<ReturnType<typeof listRoute.loader>>;
    expect(data.outcome).toBe("forumlist.admin.outcome.created");
    expect(data.rows.map((r) => r.category.slug)).toContain("tutori-milano-nuova");

    // Milano's guardian sees it; Brescia's guardian and Milano's trainer do not.
    const seenBy = async (grants: Grant[]) =>
      (await forumHome((await person(grants)).user)).some((s) => s.category.id === created.id);
    expect(await seenBy([["guardian", "MI"]])).toBe(true);
    expect(await seenBy([["coordinator", "MI"]])).toBe(true);
    expect(await seenBy([["guardian", "BS"]])).toBe(false);
    expect(await seenBy([["trainer", "MI"]])).toBe(false);
    expect(await seenBy([["coordinator", "BS"]])).toBe(false);
  });

  it("refuses reserved, malformed and duplicate addresses next to the field, keeping the input", async () => {
    const admin = await person([["admin", null]]);
    const reserved = await create(fields({ slug: "cerca", name: "Cerca" }), admin.cookie);
    expect(reserved.status).toBe(400);
    const body = payload<Refused>(reserved.value);
    expect(body.errors).toEqual({ slug: "forumlist.admin.error.slugReserved" });
    expect(body.values).toMatchObject({ name: "Cerca", slug: "cerca", readRoles: ["guardian", "coordinator"], district: "MI" });
    expect(await categoryBySlug("cerca")).toBeUndefined();

    for (const slug of ["Tutori Milano", "tutori--milano", "-tutori", "tutorì", ""]) {
      const bad = await create(fields({ slug }), admin.cookie);
      expect(bad.status).toBe(400);
      expect(payload<Refused>(bad.value).errors.slug).toMatch(/^forumlist\.admin\.error\.slug(Format|Required)$/);
    }

    await createCategory({ slug: "gia-usata" });
    const taken = await create(fields({ slug: "gia-usata", name: "Doppione" }), admin.cookie);
    expect(taken.status).toBe(409);
    expect(payload<Refused>(taken.value).errors).toEqual({ slug: "forumlist.admin.error.slugTaken" });
    expect(payload<Refused>(taken.value).values.name).toBe("Doppione");
    const rows = await db().select().from(forumCategories).where(eq(forumCategories.slug, "gia-usata"));
    expect(rows).toHaveLength(1);
    expect(rows[0].name).not.toBe("Doppione");
  });

  it("requires posting roles within the reading roles and at least one reader", async () => {
    const admin = await person([["admin", null]]);
    const blind = await create(fields({ slug: "scrivono-senza-leggere", readRoles: ["trainer"], postRoles: ["trainer", "guardian"] }), admin.cookie);
    expect(blind.status).toBe(400);
    const body = payload<Refused>(blind.value);
    expect(body.errors).toEqual({ postRoles: "forumlist.admin.error.postNotInRead" });
    expect(body.values.readRoles).toEqual(["trainer"]);
    expect(body.values.postRoles).toEqual(["trainer", "guardian"]);
    expect(await categoryBySlug("scrivono-senza-leggere")).toBeUndefined();
    // The form comes back with the message next to the field and the boxes as they were ticked.
    const html = render(newRoute.default, "/amministrazione/forum/nuova", (await newPage(admin.cookie)).value, body);
    expect(html).toContain('id="field-postRoles-error"');
    expect(html).toContain("Chi può scrivere deve anche poter leggere");
    expect(html).toMatch(/<input type="checkbox" id="field-postRoles-guardian" name="postRoles" checked="" value="guardian"\/>/);
    expect(html).toMatch(/<input type="checkbox" id="field-readRoles-guardian" name="readRoles" value="guardian"\/>/);
    expect(html).toContain('value="scrivono-senza-leggere"');

    const nobody = await create(fields({ slug: "nessuno-legge", readRoles: [], postRoles: [] }), admin.cookie);
    expect(nobody.status).toBe(400);
    expect(payload<Refused>(nobody.value).errors).toEqual({ readRoles: "forumlist.admin.error.readRoles" });

    const odd = await create(fields({ slug: "ruolo-strano", readRoles: ["guardian", "superuser"] }), admin.cookie);
    expect(odd.status).toBe(400);
    expect(payload<Refused>(odd.value).errors.readRoles).toBe("forumlist.admin.error.roleInvalid");

    // Nobody but the moderators writing is allowed (an announcements category).
    const announcements = await create(fields({ slug: "avvisi", readRoles: ["guardian"], postRoles: [] }), admin.cookie);
    expect(announcements.status).toBe(303);
    expect((await categoryBySlug("avvisi")).postRoles).toEqual([]);
  });

  it("edits a category, archives and restores it, with an audit entry each time", async () => {
    const admin = await person([["admin", null]]);
    const category = await createCategory({ slug: "da-modificare", name: "Da modificare" });
    const loaded = (await editPage(category.id, admin.cookie)).value as Awaited<ReturnType<typeof editRoute.loader>>;
    expect(loaded.values).toMatchObject({ slug: "da-modificare", district: "shared", archived: false });

    const saved = await update(
      category.id,
      fields({ slug: "domande-brescia", name: "Domande Brescia", district: "BS", kind: "qa", archived: "on", readRoles: ["guardian", "coordinator", "legal_consultant"], postRoles: ["guardian"] }),
      admin.cookie,
    );
    expect(saved.status).toBe(303);
    expect(saved.location).toBe("/amministrazione/forum?esito=salvata");
    const after = await categoryBySlug("domande-brescia");
    expect(after).toMatchObject({ id: category.id, name: "Domande Brescia", districtCode: "BS", kind: "qa", postRoles: ["guardian"] });
    expect(after.archivedAt).toBeInstanceOf(Date);

    const restored = await update(category.id, fields({ slug: "domande-brescia", name: "Domande Brescia", district: "BS", kind: "qa" }), admin.cookie);
    expect(restored.status).toBe(303);
    expect((await categoryBySlug("domande-brescia")).archivedAt).toBeNull();

    const audit = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, category.id), eq(auditLog.action, "forum.category.update")));
    expect(audit).toHaveLength(2);
    expect(audit.every((a) => a.actorId === admin.user.id)).toBe(true);

    // Another category's address is refused; the category's own address is fine.
    await createCategory({ slug: "occupata" });
    const clash = await update(category.id, fields({ slug: "occupata" }), admin.cookie);
    expect(clash.status).toBe(409);
    expect(payload<Refused>(clash.value).errors).toEqual({ slug: "forumlist.admin.error.slugTaken" });
    expect((await categoryBySlug("domande-brescia")).id).toBe(category.id);

    const bad = await update(category.id, fields({ slug: "domande-brescia", name: "", position: "mille" }), admin.cookie);
    expect(bad.status).toBe(400);
    expect(payload<Refused>(bad.value).errors).toEqual({ name: "forumlist.admin.error.nameRequired", position: "forumlist.admin.error.position" });
    expect((await categoryBySlug("domande-brescia")).name).toBe("Domande Brescia");
  });
});
