// notify() against a real database: each delivery mode, locale, links, transactions; and the daily digest.
import { and, eq, isNull, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailOutbox, notificationPreferences, notifications } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { notify } from "../../../app/modules/notifications/notify.server";
import { sendDailyDigests } from "../../../app/modules/notifications/digest.server";
import { savePreferences, getPreferences } from "../../../app/modules/notifications/preferences.server";
import { createUser } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";

useTestDatabase();

const mailsTo = (email: string) => db().select().from(mailOutbox).where(eq(mailOutbox.toAddress, email));
const notificationsOf = (userId: string) => db().select().from(notifications).where(eq(notifications.userId, userId));

describe(`notify (${engine})`, () => {
  it("immediate: writes the notification and an e-mail in the user's language with an absolute link", async () => {
    const user = await createUser({ name: "Marta Rossi", locale: "it" });
    const result = await notify(user.id, "role_granted", { role: "guardian", district: "MI" }, { link: "/profilo" });
    expect(result.mode).toBe("immediate");
    const [n] = await notificationsOf(user.id);
    expect(n).toMatchObject({ kind: "role_granted", link: "/profilo", readAt: null });
    const [mail] = await mailsTo(user.email);
    expect(mail.subject).toBe("Nuovo ruolo: Tutore volontario — Milano — Portale Tutori");
    expect(mail.textBody).toContain("Gentile Marta Rossi");
    expect(mail.textBody).toContain("http://localhost:3000/profilo");
    expect(mail.textBody).toContain("http://localhost:3000/notifiche/preferenze");
    expect(mail).toMatchObject({ category: "notification:role_granted", userId: user.id, status: "pending" });

    const english = await createUser({ locale: "en" });
    await notify(english.id, "test", { sender: "Anna Bianchi" });
    const [enMail] = await mailsTo(english.email);
    expect(enMail.subject).toBe("Test notification — Portale Tutori");
    expect(enMail.textBody).toContain("Anna Bianchi sent you a test notification");
    expect(enMail.textBody).not.toContain("Open on the portal");
  });

  it("daily: no e-mail now, the notification waits for the digest", async () => {
    const user = await createUser();
    await savePreferences(user.id, { test: "daily" });
    expect((await notify(user.id, "test", { sender: "Admin" })).mode).toBe("daily");
    expect(await mailsTo(user.email)).toHaveLength(0);
    const [n] = await notificationsOf(user.id);
    expect(n.digestedAt).toBeNull();
  });

  it("never: in-app only; welcome is in-app only by default", async () => {
    const user = await createUser();
    await savePreferences(user.id, { test: "never" });
    expect((await notify(user.id, "test", { sender: "Admin" })).mode).toBe("never");
    expect((await notify(user.id, "welcome", { name: "Ugo" })).mode).toBe("never");
    expect(await mailsTo(user.email)).toHaveLength(0);
    expect(await notificationsOf(user.id)).toHaveLength(2);
  });

  it("ignores choices a kind does not allow", async () => {
    const user = await createUser();
    await savePreferences(user.id, { role_revoked: "never", welcome: "immediate", nonsense: "daily" } as never);
    expect(await db().select().from(notificationPreferences).where(eq(notificationPreferences.userId, user.id))).toHaveLength(0);
    await savePreferences(user.id, { role_revoked: "daily" });
    const prefs = await getPreferences(user.id);
    expect(prefs.find((p) => p.kind === "role_revoked")).toEqual({ kind: "role_revoked", mode: "daily", modes: ["immediate", "daily"] });
    expect(prefs.find((p) => p.kind === "test")?.mode).toBe("immediate");
  });

  it("commits or rolls back with the caller's transaction, and refuses links that leave the portal", async () => {
    const user = await createUser();
    await db()
      .transaction(async (tx) => {
        await notify(user.id, "test", { sender: "Admin" }, { tx });
        throw new Error("rollback");
      })
      .catch(() => {});
    expect(await notificationsOf(user.id)).toHaveLength(0);
    expect(await mailsTo(user.email)).toHaveLength(0);
    await expect(notify(user.id, "test", { sender: "x" }, { link: "//evil.example/" })).rejects.toThrow();
    await expect(notify(user.id, "test", { sender: "x" }, { link: "https://evil.example/" })).rejects.toThrow();
  });

  it("does not e-mail a disabled account", async () => {
    const user = await createUser({ disabled: true });
    await notify(user.id, "test", { sender: "Admin" });
    expect(await mailsTo(user.email)).toHaveLength(0);
    expect(await notificationsOf(user.id)).toHaveLength(1);
  });
});

describe(`daily digest (${engine})`, () => {
  it("sends one e-mail per user listing the waiting notifications, once", async () => {
    const a = await createUser({ name: "Lucia Neri" });
    const b = await createUser({ locale: "en" });
    const c = await createUser();
    for (const u of [a, b, c]) await savePreferences(u.id, { test: "daily", role_granted: "daily" });
    await notify(a.id, "test", { sender: "Admin" }, { link: "/notifiche" });
    await notify(a.id, "role_granted", { role: "trainer", district: "MI" });
    await notify(b.id, "test", { sender: "Admin" });
    // c read theirs in the portal already: marked digested, nothing to mail.
    const { id: readId } = await notify(c.id, "test", { sender: "Admin" });
    await db().update(notifications).set({ readAt: new Date() }).where(eq(notifications.id, readId));

    const later = new Date(Date.now() + 60_000);
    const first = await sendDailyDigests(later);
    expect(first.ran).toBe(true);
    const [mailA] = await mailsTo(a.email);
    expect(await mailsTo(a.email)).toHaveLength(1);
    expect(mailA.category).toBe("notification:digest");
    expect(mailA.subject).toMatch(/^Riepilogo delle notifiche del /);
    expect(mailA.textBody).toContain("Gentile Lucia Neri");
    expect(mailA.textBody).toContain("(2)");
    expect(mailA.textBody).toContain("Notifica di prova");
    expect(mailA.textBody).toContain("Nuovo ruolo: Formatore — Milano");
    expect(mailA.textBody).toContain("http://localhost:3000/notifiche");
    const [mailB] = await mailsTo(b.email);
    expect(mailB.subject).toMatch(/^Summary of your notifications/);
    expect(await mailsTo(c.email)).toHaveLength(0);
    for (const u of [a, b, c]) {
      const waiting = await db().select().from(notifications).where(and(eq(notifications.userId, u.id), isNull(notifications.digestedAt)));
      expect(waiting).toHaveLength(0);
    }

    const again = await sendDailyDigests(new Date(later.getTime() + 60_000));
    expect(again).toMatchObject({ ran: true, mails: 0, notifications: 0 });
    expect(await mailsTo(a.email)).toHaveLength(1);
  });

  it("leaves for the next morning what arrived after the cutoff, and respects a later 'never'", async () => {
    const user = await createUser();
    await savePreferences(user.id, { test: "daily" });
    await notify(user.id, "test", { sender: "Admin" });
    const before = new Date(Date.now() - 60 * 60_000);
    await sendDailyDigests(new Date(), { cutoff: before });
    expect(await mailsTo(user.email)).toHaveLength(0);
    const [n] = await notificationsOf(user.id);
    expect(n.digestedAt).toBeNull();

    await savePreferences(user.id, { test: "never" });
    await sendDailyDigests(new Date(Date.now() + 1000));
    expect(await mailsTo(user.email)).toHaveLength(0);
    const [after] = await notificationsOf(user.id);
    expect(after.digestedAt).not.toBeNull();
  });

  it.runIf(engine === "postgres")("lets only one server run a digest pass at a time (PostgreSQL)", async () => {
    await db().transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(724501)`);
      expect(await sendDailyDigests(new Date())).toEqual({ ran: false, mails: 0, notifications: 0 });
    });
    expect((await sendDailyDigests(new Date())).ran).toBe(true);
  });
});
