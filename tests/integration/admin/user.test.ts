// /amministrazione/utenti/:id against a real database: roles, disabling and the admin's own account.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, notifications, sessions, userRoles, users } from "../../../db/schema";
import { db } from "../../../app/db.server";
import type { UserActionData } from "../../../app/modules/admin/actions.server";
import { getCurrentUser } from "../../../app/modules/auth/user.server";
import { action, loader } from "../../../app/routes/amministrazione.utenti.$id";
import { createUser } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";
import { formRequest, getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const ctx = { cspNonce: "", clientIp: "127.0.0.1" };

const path = (id: string) => `/amministrazione/utenti/${id}`;

async function asAdmin() {
  const admin = await createUser({ name: "Amministratrice di prova", roles: [["admin", null]] });
  return { admin, cookie: await sessionCookieFor(admin.id) };
}

function post(id: string, fields: Record<string, string>, cookie: string) {
  return outcome(() => action({ request: formRequest(path(id), fields, cookie), params: { id }, context: ctx }));
}

/** The data of an action that answered with a message instead of a redirect. */
const body = (result: { value?: unknown }) => (result.value as { data: UserActionData }).data;

const rolesOf = async (userId: string) =>
  (await db().select().from(userRoles).where(eq(userRoles.userId, userId))).map((r) => [r.role, r.districtCode]).sort();

describe(`admin user page (${engine})`, () => {
  it("shows a user's details and roles; an unknown or malformed id is a 404", async () => {
    const { cookie } = await asAdmin();
    const target = await createUser({ name: "Teresa Gallo", roles: [["guardian", "BS"], ["trainer", "MI"]], verified: false });
    await sessionCookieFor(target.id);
    const shown = await outcome(() => loader({ request: getRequest(path(target.id), cookie), params: { id: target.id }, context: ctx }));
    expect(shown.status).toBe(200);
    const data = shown.value as Awaited<ReturnType<typeof loader>>;
    expect(data.self).toBe(false);
    expect(data.user).toMatchObject({ name: "Teresa Gallo", verifiedAt: null, disabledAt: null, activeSessions: 1 });
    expect(data.user.roles.map((r) => [r.role, r.districtCode])).toEqual([["guardian", "BS"], ["trainer", "MI"]]);

    for (const id of ["00000000-0000-4000-8000-000000000000", "non-un-uuid", "1"]) {
      expect((await outcome(() => loader({ request: getRequest(path(id), cookie), params: { id }, context: ctx }))).status).toBe(404);
      expect((await post(id, { intent: "enable" }, cookie)).status).toBe(404);
    }
  });

  it("refuses every change to non-admins", async () => {
    const target = await createUser();
    const coordinator = await createUser({ roles: [["coordinator", "MI"]] });
    const result = await post(target.id, { intent: "grant", role: "coordinator", district: "MI" }, await sessionCookieFor(coordinator.id));
    expect(result.status).toBe(403);
    const anonymous = await outcome(() => action({ request: formRequest(path(target.id), { intent: "disable", reason: "x" }), params: { id: target.id }, context: ctx }));
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/accedi\?/);
    expect(await rolesOf(target.id)).toEqual([["guardian", "MI"]]);
    const [row] = await db().select().from(users).where(eq(users.id, target.id));
    expect(row.disabledAt).toBeNull();
  });

  it("grants a role in a district, tells the user, and says so when the role is already there", async () => {
    const { admin, cookie } = await asAdmin();
    const target = await createUser({ roles: [["guardian", "MI"]] });

    const granted = await post(target.id, { intent: "grant", role: "coordinator", district: "BS" }, cookie);
    expect(granted).toMatchObject({ status: 302, location: `${path(target.id)}?esito=ruolo-assegnato` });
    expect(await rolesOf(target.id)).toEqual([["coordinator", "BS"], ["guardian", "MI"]]);
    const [grant] = await db().select().from(userRoles).where(and(eq(userRoles.userId, target.id), eq(userRoles.role, "coordinator")));
    expect(grant.grantedBy).toBe(admin.id);
    const notes = await db().select().from(notifications).where(eq(notifications.userId, target.id));
    expect(notes.map((n) => [n.kind, n.payload])).toEqual([["role_granted", { role: "coordinator", district: "BS" }]]);

    const again = await post(target.id, { intent: "grant", role: "coordinator", district: "BS" }, cookie);
    expect(again.status).toBe(409);
    expect(body(again).errors).toEqual({ role: "admin.grant.exists" });

    const adminGrant = await post(target.id, { intent: "grant", role: "admin", district: "" }, cookie);
    expect(adminGrant.status).toBe(302);
    expect(await rolesOf(target.id)).toEqual([["admin", null], ["coordinator", "BS"], ["guardian", "MI"]]);
    const adminAgain = await post(target.id, { intent: "grant", role: "admin" }, cookie);
    expect(body(adminAgain).errors).toEqual({ role: "admin.grant.exists" });
  });

  it("refuses a district role without a district (and admin with one) at the field, writing nothing", async () => {
    const { cookie } = await asAdmin();
    const target = await createUser({ roles: [["candidate", "MI"]] });
    const cases: [Record<string, string>, Record<string, string>][] = [
      [{ role: "guardian", district: "" }, { district: "admin.grant.districtRequired" }],
      [{ role: "guardian" }, { district: "admin.grant.districtRequired" }],
      [{ role: "admin", district: "MI" }, { district: "admin.grant.adminNoDistrict" }],
      [{ role: "sovrano", district: "MI" }, { role: "admin.grant.roleRequired" }],
      [{ role: "guardian", district: "RM" }, { district: "validation.district" }],
    ];
    for (const [fields, errors] of cases) {
      const result = await post(target.id, { intent: "grant", ...fields }, cookie);
      expect(result.status).toBe(400);
      expect(body(result).errors).toEqual(errors);
    }
    expect((await post(target.id, { intent: "promuovi" }, cookie)).status).toBe(400);
    expect(await rolesOf(target.id)).toEqual([["candidate", "MI"]]);
    expect(await db().select().from(notifications).where(eq(notifications.userId, target.id))).toEqual([]);

    // The database holds the same rule on its own.
    await expect(db().insert(userRoles).values({ userId: target.id, role: "guardian", districtCode: null })).rejects.toThrow();
    await expect(db().insert(userRoles).values({ userId: target.id, role: "admin", districtCode: "MI" })).rejects.toThrow();
    await expect(db().insert(userRoles).values({ userId: target.id, role: "candidate", districtCode: "MI" })).rejects.toThrow();
    expect(await rolesOf(target.id)).toEqual([["candidate", "MI"]]);
  });

  it("revokes a role, but never the admin's own admin role nor another user's grant", async () => {
    const { admin, cookie } = await asAdmin();
    const target = await createUser({ roles: [["guardian", "MI"], ["trainer", "BS"]] });
    const other = await createUser({ roles: [["guardian", "BS"]] });
    const grantOf = async (userId: string, role: string) =>
      (await db().select().from(userRoles).where(eq(userRoles.userId, userId))).find((r) => r.role === role)!.id;

    const revoked = await post(target.id, { intent: "revoke", grantId: await grantOf(target.id, "trainer") }, cookie);
    expect(revoked).toMatchObject({ status: 302, location: `${path(target.id)}?esito=ruolo-revocato` });
    expect(await rolesOf(target.id)).toEqual([["guardian", "MI"]]);
    const notes = await db().select().from(notifications).where(eq(notifications.userId, target.id));
    expect(notes.map((n) => [n.kind, n.payload])).toEqual([["role_revoked", { role: "trainer", district: "BS" }]]);

    const foreign = await post(target.id, { intent: "revoke", grantId: await grantOf(other.id, "guardian") }, cookie);
    expect(foreign.status).toBe(409);
    expect(body(foreign).message).toBe("admin.revoke.unknown");
    expect(await rolesOf(other.id)).toEqual([["guardian", "BS"]]);

    const own = await post(admin.id, { intent: "revoke", grantId: await grantOf(admin.id, "admin") }, cookie);
    expect(own.status).toBe(403);
    expect(body(own).message).toBe("admin.revoke.ownAdmin");
    expect(await rolesOf(admin.id)).toEqual([["admin", null]]);

    expect(body(await post(target.id, { intent: "revoke", grantId: "nope" }, cookie)).message).toBe("admin.revoke.unknown");
  });

  it("disables an account with a reason and ends its sessions at once; re-enabling lets it back in", async () => {
    const { cookie } = await asAdmin();
    const target = await createUser({ roles: [["guardian", "BS"]] });
    const phone = await sessionCookieFor(target.id);
    const laptop = await sessionCookieFor(target.id);
    expect((await getCurrentUser(getRequest("/", phone)))?.id).toBe(target.id);

    const noReason = await post(target.id, { intent: "disable", reason: "   " }, cookie);
    expect(noReason.status).toBe(400);
    expect(body(noReason).errors).toEqual({ reason: "admin.disable.reasonRequired" });
    expect((await getCurrentUser(getRequest("/profilo", phone)))?.id).toBe(target.id);

    const disabled = await post(target.id, { intent: "disable", reason: "Cancellata dall'elenco su sua richiesta" }, cookie);
    expect(disabled).toMatchObject({ status: 302, location: `${path(target.id)}?esito=disabilitato` });
    expect(await db().select().from(sessions).where(eq(sessions.userId, target.id))).toEqual([]);
    expect(await getCurrentUser(getRequest("/", phone))).toBeNull();
    expect(await getCurrentUser(getRequest("/", laptop))).toBeNull();
    const [row] = await db().select().from(users).where(eq(users.id, target.id));
    expect(row.disabledAt).toBeInstanceOf(Date);
    expect(row.disabledReason).toBe("Cancellata dall'elenco su sua richiesta");
    const audit = await db().select().from(auditLog).where(and(eq(auditLog.entityId, target.id), eq(auditLog.action, "user.disable")));
    expect(audit).toHaveLength(1);
    expect(audit[0].details).toEqual({ reason: "Cancellata dall'elenco su sua richiesta" });

    const twice = await post(target.id, { intent: "disable", reason: "ancora" }, cookie);
    expect(body(twice).message).toBe("admin.disable.already");

    expect(await post(target.id, { intent: "enable" }, cookie)).toMatchObject({ status: 302, location: `${path(target.id)}?esito=riabilitato` });
    const [back] = await db().select().from(users).where(eq(users.id, target.id));
    expect(back.disabledAt).toBeNull();
    expect(await getCurrentUser(getRequest("/", phone))).toBeNull();
    expect((await getCurrentUser(getRequest("/", await sessionCookieFor(target.id))))?.id).toBe(target.id);
  });

  it("refuses to let an admin disable their own account", async () => {
    const { admin, cookie } = await asAdmin();
    const result = await post(admin.id, { intent: "disable", reason: "Per prova" }, cookie);
    expect(result.status).toBe(403);
    expect(body(result).message).toBe("admin.disable.self");
    const [row] = await db().select().from(users).where(eq(users.id, admin.id));
    expect(row.disabledAt).toBeNull();
    expect((await getCurrentUser(getRequest("/", cookie)))?.id).toBe(admin.id);
    const page = await outcome(() => loader({ request: getRequest(path(admin.id), cookie), params: { id: admin.id }, context: ctx }));
    expect((page.value as Awaited<ReturnType<typeof loader>>).self).toBe(true);
  });
});
