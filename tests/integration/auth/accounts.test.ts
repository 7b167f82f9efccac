// Accounts against a real database: registration, verification, login throttling, reset, change.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailOutbox, sessions, userRoles, users } from "../../../db/schema";
import { db } from "../../../app/db.server";
import {
  changePassword,
  login,
  register,
  requestPasswordReset,
  resetPassword,
  verifyEmail,
} from "../../../app/modules/auth/accounts.server";
import { THROTTLE } from "../../../app/modules/auth/throttle.server";
import { createUser, TEST_PASSWORD } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";

useTestDatabase();

const tokenFrom = (text: string, path: string) => new RegExp(`${path}/([a-z2-7]{32})`).exec(text)?.[1];

describe(`accounts (${engine})`, () => {
  it("registers a candidate, mails a single-use verification link, and logs in once verified", async () => {
    const email = "nuova.tutrice@example.org";
    const result = await register({ name: "Nuova Tutrice", email, password: "una password lunga", district: "BS", locale: "it" });
    expect(result.ok).toBe(true);
    const [user] = await db().select().from(users).where(eq(users.email, email));
    const roles = await db().select().from(userRoles).where(eq(userRoles.userId, user.id));
    expect(roles.map((r) => [r.role, r.districtCode])).toEqual([["candidate", "BS"]]);

    expect(await login(email, "una password lunga", "10.0.0.1")).toEqual({ ok: false, reason: "unverified" });

    const [mail] = await db().select().from(mailOutbox).where(eq(mailOutbox.toAddress, email));
    const token = tokenFrom(mail.textBody, "/verifica-email");
    expect(token).toBeDefined();
    expect(await verifyEmail(token!)).toMatchObject({ ok: true });
    expect(await verifyEmail(token!)).toEqual({ ok: false, reason: "used" });
    expect((await login(email, "una password lunga", "10.0.0.1")).ok).toBe(true);
  });

  it("refuses a second account with the same e-mail and writes nothing", async () => {
    const existing = await createUser();
    const before = await db().select().from(mailOutbox);
    const result = await register({ name: "Altro", email: existing.email, password: "una password lunga", district: "MI", locale: "en" });
    expect(result).toEqual({ ok: false, field: "email", error: "auth.register.emailTaken" });
    expect(await db().select().from(mailOutbox)).toHaveLength(before.length);
  });

  it("locks an account after repeated failures, saying the same whether or not it exists", async () => {
    const user = await createUser();
    for (let i = 0; i < THROTTLE.maxPerAccount; i++) {
      expect(await login(user.email, "wrong password!", `10.1.0.${i}`)).toEqual({ ok: false, reason: "invalid" });
    }
    const locked = await login(user.email, TEST_PASSWORD, "10.1.0.99");
    expect(locked).toMatchObject({ ok: false, reason: "throttled" });
    for (let i = 0; i < THROTTLE.maxPerAccount; i++) await login("nobody@example.org", "wrong password!", `10.2.0.${i}`);
    expect(await login("nobody@example.org", "wrong password!", "10.2.0.99")).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("locks an address that tries many accounts", async () => {
    for (let i = 0; i < THROTTLE.maxPerIp; i++) await login(`probe${i}@example.org`, "wrong password!", "10.9.9.9");
    const user = await createUser();
    expect(await login(user.email, TEST_PASSWORD, "10.9.9.9")).toMatchObject({ ok: false, reason: "throttled" });
    expect((await login(user.email, TEST_PASSWORD, "10.9.9.10")).ok).toBe(true);
  });

  it("resets a password with a one-hour single-use link and ends every session", async () => {
    const user = await createUser();
    const first = await login(user.email, TEST_PASSWORD, "10.3.0.1");
    expect(first.ok).toBe(true);
    await requestPasswordReset(user.email);
    await requestPasswordReset("unknown@example.org");
    const mails = await db().select().from(mailOutbox).where(eq(mailOutbox.toAddress, user.email));
    const token = tokenFrom(mails.at(-1)!.textBody, "/reimposta-password")!;
    expect(await resetPassword(token, "another long password")).toMatchObject({ ok: true });
    expect(await db().select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
    expect(await resetPassword(token, "yet another password")).toEqual({ ok: false, reason: "used" });
    expect((await login(user.email, "another long password", "10.3.0.2")).ok).toBe(true);
    expect(await db().select().from(mailOutbox).where(eq(mailOutbox.toAddress, "unknown@example.org"))).toHaveLength(0);
  });

  it("changing the password keeps the current session and ends the others", async () => {
    const user = await createUser();
    const a = await login(user.email, TEST_PASSWORD, "10.4.0.1");
    const b = await login(user.email, TEST_PASSWORD, "10.4.0.2");
    if (!a.ok || !b.ok) throw new Error("login failed");
    const [keep] = await db().select().from(sessions).where(eq(sessions.userId, user.id));
    expect(await changePassword(user.id, "not the password", "a new long password", keep.id)).toEqual({ ok: false, field: "current" });
    expect(await changePassword(user.id, TEST_PASSWORD, "a new long password", keep.id)).toEqual({ ok: true });
    const left = await db().select().from(sessions).where(eq(sessions.userId, user.id));
    expect(left.map((s) => s.id)).toEqual([keep.id]);
  });
});
