// Who may use the notifications pages and the admin outbox, called as loaders and actions.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailOutbox, notificationPreferences, notifications } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { notify } from "../../../app/modules/notifications/notify.server";
import * as list from "../../../app/routes/notifiche";
import * as prefs from "../../../app/routes/notifiche_.preferenze";
import * as outbox from "../../../app/routes/amministrazione.posta";
import * as mail from "../../../app/routes/amministrazione.posta_.$id";
import { createUser } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";
import { formRequest, getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const context = { cspNonce: "test", clientIp: "127.0.0.1" };
const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context });

describe(`notifications pages (${engine})`, () => {
  it("sends anonymous visitors to the login page", async () => {
    for (const [fn, path] of [
      [() => list.loader(args(getRequest("/notifiche"))), "/notifiche"],
      [() => prefs.loader(args(getRequest("/notifiche/preferenze"))), "/notifiche/preferenze"],
      [() => outbox.loader(args(getRequest("/amministrazione/posta"))), "/amministrazione/posta"],
      [() => list.action(args(formRequest("/notifiche", { intent: "readAll" }))), "/notifiche"],
    ] as const) {
      const result = await outcome(fn as () => Promise<unknown>);
      expect(result.status).toBe(302);
      expect(result.location).toBe(`/accedi?redirectTo=${encodeURIComponent(path)}`);
    }
  });

  it("lists the user's own notifications, 20 a page, newest first; a page past the end is 404", async () => {
    const user = await createUser();
    const other = await createUser();
    await notify(other.id, "test", { sender: "Admin" });
    const base = Date.now() - 100_000;
    await db().insert(notifications).values(
      Array.from({ length: 23 }, (_, i) => ({
        userId: user.id,
        kind: "welcome",
        payload: { name: `N${i}` },
        createdAt: new Date(base + i * 1000),
      })),
    );
    const cookie = await sessionCookieFor(user.id);
    const first = await outcome(() => list.loader(args(getRequest("/notifiche", cookie))));
    expect(first.status).toBe(200);
    const page1 = first.value as Awaited<ReturnType<typeof list.loader>>;
    expect(page1).toMatchObject({ total: 23, unread: 23, page: 1, pages: 2 });
    expect(page1.items).toHaveLength(20);
    expect(page1.items[0].title).toContain("N22");
    const page2 = (await list.loader(args(getRequest("/notifiche?pagina=2", cookie)))) as typeof page1;
    expect(page2.items.map((i) => i.title.split(", ")[1])).toEqual(["N2", "N1", "N0"]);
    expect(((await list.loader(args(getRequest("/notifiche?pagina=abc", cookie)))) as typeof page1).page).toBe(1);
    expect((await outcome(() => list.loader(args(getRequest("/notifiche?pagina=3", cookie))))).status).toBe(404);
  });

  it("marks read, opens a link, marks all; another user's notification is a 404 and stays unread", async () => {
    const owner = await createUser();
    const intruder = await createUser();
    const { id } = await notify(owner.id, "test", { sender: "Admin" }, { link: "/profilo" });
    const { id: second } = await notify(owner.id, "test", { sender: "Admin" });
    const ownerCookie = await sessionCookieFor(owner.id);
    const intruderCookie = await sessionCookieFor(intruder.id);

    for (const intent of ["read", "open"]) {
      const denied = await outcome(() => list.action(args(formRequest("/notifiche", { intent, id }, intruderCookie))));
      expect(denied.status).toBe(404);
    }
    await list.action(args(formRequest("/notifiche", { intent: "readAll" }, intruderCookie)));
    const readAt = async (nid: string) => (await db().select().from(notifications).where(eq(notifications.id, nid)))[0].readAt;
    expect(await readAt(id)).toBeNull();

    const opened = await outcome(() => list.action(args(formRequest("/notifiche", { intent: "open", id }, ownerCookie))));
    expect(opened).toMatchObject({ status: 302, location: "/profilo" });
    expect(await readAt(id)).not.toBeNull();

    const read = await outcome(() => list.action(args(formRequest("/notifiche", { intent: "read", id: second, pagina: "1" }, ownerCookie))));
    expect(read).toMatchObject({ status: 302, location: "/notifiche?esito=letta" });
    expect(await readAt(second)).not.toBeNull();

    await notify(owner.id, "test", { sender: "Admin" });
    const all = await outcome(() => list.action(args(formRequest("/notifiche", { intent: "readAll" }, ownerCookie))));
    expect(all).toMatchObject({ status: 302, location: "/notifiche?esito=tutte" });
    const unread = await db().select().from(notifications).where(eq(notifications.userId, owner.id));
    expect(unread.every((n) => n.readAt)).toBe(true);

    const bad = await outcome(() => list.action(args(formRequest("/notifiche", { intent: "read", id: "x" }, ownerCookie))));
    expect(bad.status).toBe(400);
  });

  it("saves preferences; a choice a kind does not allow is refused with a field error", async () => {
    const user = await createUser();
    const cookie = await sessionCookieFor(user.id);
    const loaded = (await prefs.loader(args(getRequest("/notifiche/preferenze", cookie)))) as Awaited<ReturnType<typeof prefs.loader>>;
    const kinds = loaded.preferences.map((p) => p.kind);
    expect(kinds).toEqual(expect.arrayContaining(["role_granted", "role_revoked", "test", "certificate_issued"]));
    expect(kinds).not.toContain("welcome");
    const all = (overrides: Record<string, string>) => ({ ...Object.fromEntries(kinds.map((k) => [k, "immediate"])), ...overrides });
    const refused = await outcome(() =>
      prefs.action(args(formRequest("/notifiche/preferenze", all({ role_granted: "never", role_revoked: "daily", test: "daily" }), cookie))),
    );
    expect(refused.status).toBe(400);
    expect(await db().select().from(notificationPreferences).where(eq(notificationPreferences.userId, user.id))).toHaveLength(0);
    const saved = await outcome(() =>
      prefs.action(args(formRequest("/notifiche/preferenze", all({ role_granted: "daily", test: "never" }), cookie))),
    );
    expect(saved).toMatchObject({ status: 302, location: "/notifiche/preferenze?salvato=1" });
    const stored = await db().select().from(notificationPreferences).where(eq(notificationPreferences.userId, user.id));
    expect(Object.fromEntries(stored.map((s) => [s.kind, s.mode]))).toMatchObject({ role_granted: "daily", role_revoked: "immediate", test: "never" });
  });
});

describe(`admin outbox (${engine})`, () => {
  it("is for administrators only: guardian 403, admin 200 with filter and detail; unknown id 404", async () => {
    const guardian = await createUser({ roles: [["guardian", "MI"]] });
    const admin = await createUser({ roles: [["admin", null]] });
    await notify(guardian.id, "test", { sender: "Admin" });
    const guardianCookie = await sessionCookieFor(guardian.id);
    const adminCookie = await sessionCookieFor(admin.id);

    expect((await outcome(() => outbox.loader(args(getRequest("/amministrazione/posta", guardianCookie))))).status).toBe(403);
    const [row] = await db().select().from(mailOutbox).where(eq(mailOutbox.toAddress, guardian.email));
    expect(
      (await outcome(() => mail.loader(args(getRequest(`/amministrazione/posta/${row.id}`, guardianCookie), { id: row.id })))).status,
    ).toBe(403);

    const page = await outcome(() => outbox.loader(args(getRequest("/amministrazione/posta?stato=pending", adminCookie))));
    expect(page.status).toBe(200);
    const value = page.value as Awaited<ReturnType<typeof outbox.loader>>;
    expect(value.status).toBe("pending");
    expect(value.items.some((m) => m.id === row.id)).toBe(true);
    const sent = (await outbox.loader(args(getRequest("/amministrazione/posta?stato=sent", adminCookie)))) as typeof value;
    expect(sent.items).toHaveLength(0);

    const detail = (await mail.loader(args(getRequest(`/amministrazione/posta/${row.id}`, adminCookie), { id: row.id }))) as Awaited<
      ReturnType<typeof mail.loader>
    >;
    expect(detail.mail.textBody).toContain("notifica di prova");
    const missing = crypto.randomUUID();
    expect((await outcome(() => mail.loader(args(getRequest(`/amministrazione/posta/${missing}`, adminCookie), { id: missing })))).status).toBe(404);
    expect((await outcome(() => mail.loader(args(getRequest("/amministrazione/posta/abc", adminCookie), { id: "abc" })))).status).toBe(404);
  });
});
