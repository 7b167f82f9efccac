// Retention: what the privacy notice promises to delete is deleted, and nothing else.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { loginThrottle, sessions, userTokens } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { purgeExpiredAuthData } from "../../../app/modules/auth/retention.server";
import { createSession } from "../../../app/modules/auth/session.server";
import { createUser } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";

useTestDatabase();
const DAY = 24 * 3600 * 1000;

describe(`retention of account data (${engine})`, () => {
  it("deletes expired sessions, day-old throttle rows and month-old links only", async () => {
    const user = await createUser();
    const live = await createSession(user.id);
    await db().insert(sessions).values({ id: "expired-session", userId: user.id, expiresAt: new Date(Date.now() - 1000) });
    await db().insert(loginThrottle).values([
      { key: "email:old@example.org", failures: 3, windowStartedAt: new Date(Date.now() - 2 * DAY) },
      { key: "email:recent@example.org", failures: 3, windowStartedAt: new Date(Date.now() - 60_000) },
    ]);
    await db().insert(userTokens).values([
      { tokenHash: "old", userId: user.id, purpose: "reset_password", expiresAt: new Date(Date.now() - 40 * DAY) },
      { tokenHash: "fresh", userId: user.id, purpose: "verify_email", expiresAt: new Date(Date.now() + DAY) },
    ]);
    const purged = await purgeExpiredAuthData();
    expect(purged).toEqual({ sessions: 1, throttle: 1, tokens: 1 });
    expect((await db().select().from(sessions).where(eq(sessions.userId, user.id))).length).toBe(1);
    expect(live.token).toBeTruthy();
    expect((await db().select().from(loginThrottle)).map((r) => r.key)).toEqual(["email:recent@example.org"]);
    expect((await db().select().from(userTokens)).map((r) => r.tokenHash)).toEqual(["fresh"]);
  });
});

describe(`retention of notifications (${engine})`, () => {
  it("deletes notifications and delivered mail older than 12 months, keeps pending mail", async () => {
    const { notifications, mailOutbox } = await import("../../../db/schema");
    const { purgeOldNotifications } = await import("../../../app/modules/notifications/retention.server");
    const user = await createUser();
    const old = new Date(Date.now() - 400 * DAY);
    await db().insert(notifications).values([
      { userId: user.id, kind: "test", payload: {}, createdAt: old },
      { userId: user.id, kind: "test", payload: {} },
    ]);
    await db().insert(mailOutbox).values([
      { toAddress: "a@example.org", subject: "s", textBody: "t", category: "test", status: "sent", createdAt: old },
      { toAddress: "b@example.org", subject: "s", textBody: "t", category: "test", status: "pending", createdAt: old },
    ]);
    expect(await purgeOldNotifications()).toEqual({ notifications: 1, mails: 1 });
    expect((await db().select().from(mailOutbox)).map((m) => m.toAddress)).toEqual(["b@example.org"]);
  });
});
