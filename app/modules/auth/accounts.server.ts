// Accounts: registration, e-mail verification, login, password reset and change, profile, pledge.
import { and, eq, isNull, sql } from "drizzle-orm";
import { pledgeAcceptances, userRoles, users, userTokens, type TokenPurpose } from "../../../db/schema";
import { db, type DbOrTx } from "~/db.server";
import { env } from "~/env.server";
import { translate, type Locale } from "~/i18n";
import { notify } from "~/modules/notifications/notify.server";
import { enqueueMail } from "~/modules/notifications/outbox.server";
import { dummyHash, hashPassword, verifyPassword } from "./password.server";
import { PLEDGE_VERSION } from "./pledge";
import { createSession, invalidateUserSessions } from "./session.server";
import { clearLoginFailures, loginBlockedFor, recordLoginFailure } from "./throttle.server";
import { generateToken, hashToken } from "./tokens.server";

const HOUR = 60 * 60 * 1000;
export const TOKEN_TTL: Record<TokenPurpose, number> = {
  verify_email: 48 * HOUR,
  reset_password: 1 * HOUR,
};

const link = (path: string) => new URL(path, env().PUBLIC_URL).toString();

async function issueToken(userId: string, purpose: TokenPurpose, tx: DbOrTx): Promise<string> {
  // A new link replaces any earlier one of the same purpose.
  await tx
    .update(userTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(userTokens.userId, userId), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt)));
  const token = generateToken();
  await tx.insert(userTokens).values({
    tokenHash: hashToken(token),
    userId,
    purpose,
    expiresAt: new Date(Date.now() + TOKEN_TTL[purpose]),
  });
  return token;
}

async function sendVerificationMail(user: { id: string; email: string; name: string; locale: string }, tx: DbOrTx) {
  const token = await issueToken(user.id, "verify_email", tx);
  const locale = user.locale as Locale;
  await enqueueMail(
    {
      to: user.email,
      subject: translate(locale, "mail.verify.subject"),
      text: translate(locale, "mail.verify.body", { name: user.name, link: link(`/verifica-email/${token}`) }),
      category: "verify_email",
      userId: user.id,
    },
    tx,
  );
}

export type RegisterResult = { ok: true; userId: string } | { ok: false; field: "email"; error: "auth.register.emailTaken" };

export async function register(input: {
  name: string;
  email: string;
  password: string;
  district: string;
  locale: Locale;
}): Promise<RegisterResult> {
  const passwordHash = await hashPassword(input.password);
  return db().transaction(async (tx) => {
    const inserted = await tx
      .insert(users)
      .values({
        email: input.email,
        name: input.name,
        passwordHash,
        locale: input.locale,
        privacyAcceptedAt: new Date(),
      })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (inserted.length === 0) return { ok: false, field: "email", error: "auth.register.emailTaken" } as const;
    const userId = inserted[0].id;
    await tx.insert(userRoles).values({ userId, role: "candidate", districtCode: input.district });
    await sendVerificationMail({ id: userId, email: input.email, name: input.name, locale: input.locale }, tx);
    await notify(userId, "welcome", { name: input.name }, { tx, link: "/profilo" });
    return { ok: true, userId } as const;
  });
}

type TokenCheck = { ok: true; userId: string } | { ok: false; reason: "invalid" | "expired" | "used" };

async function consumeToken(token: string, purpose: TokenPurpose, tx: DbOrTx): Promise<TokenCheck> {
  const [row] = await tx
    .select()
    .from(userTokens)
    .where(and(eq(userTokens.tokenHash, hashToken(token)), eq(userTokens.purpose, purpose)))
    .for("update");
  if (!row) return { ok: false, reason: "invalid" };
  if (row.usedAt) return { ok: false, reason: "used" };
  if (row.expiresAt.getTime() <= Date.now()) return { ok: false, reason: "expired" };
  await tx.update(userTokens).set({ usedAt: new Date() }).where(eq(userTokens.tokenHash, row.tokenHash));
  return { ok: true, userId: row.userId };
}

/** Checks a token without using it (to show the reset form only for a valid link). */
export async function checkToken(token: string, purpose: TokenPurpose): Promise<TokenCheck> {
  const [row] = await db()
    .select()
    .from(userTokens)
    .where(and(eq(userTokens.tokenHash, hashToken(token)), eq(userTokens.purpose, purpose)));
  if (!row) return { ok: false, reason: "invalid" };
  if (row.usedAt) return { ok: false, reason: "used" };
  if (row.expiresAt.getTime() <= Date.now()) return { ok: false, reason: "expired" };
  return { ok: true, userId: row.userId };
}

export async function verifyEmail(token: string): Promise<TokenCheck> {
  return db().transaction(async (tx) => {
    const check = await consumeToken(token, "verify_email", tx);
    if (check.ok) {
      await tx
        .update(users)
        .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`, updatedAt: new Date() })
        .where(eq(users.id, check.userId));
    }
    return check;
  });
}

/** Sends a new verification link if the address belongs to an unverified account; silent otherwise. */
export async function resendVerification(email: string): Promise<void> {
  await db().transaction(async (tx) => {
    const [user] = await tx
      .select()
      .from(users)
      .where(and(eq(users.email, email), isNull(users.emailVerifiedAt), isNull(users.disabledAt)));
    if (user) await sendVerificationMail(user, tx);
  });
}

export type LoginResult =
  | { ok: true; token: string; expiresAt: Date; userId: string; locale: Locale; pledgeAccepted: boolean }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; minutes: number }
  | { ok: false; reason: "unverified" };

export async function login(email: string, password: string, ip: string): Promise<LoginResult> {
  const wait = await loginBlockedFor(email, ip);
  if (wait > 0) return { ok: false, reason: "throttled", minutes: Math.ceil(wait / 60_000) };
  const [user] = await db().select().from(users).where(eq(users.email, email));
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  // A disabled account answers exactly like a wrong password.
  if (!user || !valid || user.disabledAt) {
    await recordLoginFailure(email, ip);
    return { ok: false, reason: "invalid" };
  }
  await clearLoginFailures(email);
  if (!user.emailVerifiedAt) return { ok: false, reason: "unverified" };
  const session = await createSession(user.id);
  const pledgeAccepted = (await pledgeAcceptedAt(user.id)) !== null;
  return { ok: true, userId: user.id, locale: user.locale as Locale, pledgeAccepted, ...session };
}

/** Always behaves the same whether or not the address has an account. */
export async function requestPasswordReset(email: string): Promise<void> {
  await db().transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(and(eq(users.email, email), isNull(users.disabledAt)));
    if (!user) return;
    const token = await issueToken(user.id, "reset_password", tx);
    const locale = user.locale as Locale;
    await enqueueMail(
      {
        to: user.email,
        subject: translate(locale, "mail.reset.subject"),
        text: translate(locale, "mail.reset.body", { name: user.name, link: link(`/reimposta-password/${token}`) }),
        category: "reset_password",
        userId: user.id,
      },
      tx,
    );
  });
}

/** Sets a new password from a reset link; every session of the user ends. */
export async function resetPassword(token: string, password: string): Promise<TokenCheck> {
  const passwordHash = await hashPassword(password);
  return db().transaction(async (tx) => {
    const check = await consumeToken(token, "reset_password", tx);
    if (!check.ok) return check;
    // Following the link proves the address too.
    await tx
      .update(users)
      .set({ passwordHash, updatedAt: new Date(), emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
      .where(eq(users.id, check.userId));
    await invalidateUserSessions(check.userId, undefined, tx);
    return check;
  });
}

export async function changePassword(
  userId: string,
  current: string,
  password: string,
  keepSessionId: string,
): Promise<{ ok: true } | { ok: false; field: "current" }> {
  const [user] = await db().select().from(users).where(eq(users.id, userId));
  if (!user || !(await verifyPassword(user.passwordHash, current))) return { ok: false, field: "current" };
  const passwordHash = await hashPassword(password);
  await db().transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, userId));
    await invalidateUserSessions(userId, keepSessionId, tx);
  });
  return { ok: true };
}

export async function updateProfile(
  userId: string,
  input: { name: string; locale: Locale; phone: string; spokenLanguages: string[] },
): Promise<void> {
  await db()
    .update(users)
    .set({
      name: input.name,
      locale: input.locale,
      phone: input.phone === "" ? null : input.phone,
      spokenLanguages: input.spokenLanguages,
      updatedAt: new Date(),
    })
    .where(eq(users.id, userId));
}

export async function setLocale(userId: string, locale: Locale): Promise<void> {
  await db().update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, userId));
}

export async function acceptPledge(userId: string, version = PLEDGE_VERSION, tx: DbOrTx = db()): Promise<void> {
  await tx.insert(pledgeAcceptances).values({ userId, version }).onConflictDoNothing();
}

export async function pledgeAcceptedAt(userId: string, version = PLEDGE_VERSION): Promise<Date | null> {
  const [row] = await db()
    .select({ acceptedAt: pledgeAcceptances.acceptedAt })
    .from(pledgeAcceptances)
    .where(and(eq(pledgeAcceptances.userId, userId), eq(pledgeAcceptances.version, version)));
  return row?.acceptedAt ?? null;
}

export async function getProfile(userId: string) {
  const [user] = await db()
    .select({
      name: users.name,
      email: users.email,
      locale: users.locale,
      phone: users.phone,
      spokenLanguages: users.spokenLanguages,
    })
    .from(users)
    .where(eq(users.id, userId));
  return user ?? null;
}
