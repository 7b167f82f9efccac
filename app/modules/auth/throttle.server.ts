// Login throttling per account and per IP address; the state lives in the database.
import { eq, sql } from "drizzle-orm";
import { loginThrottle } from "../../../db/schema";
import { db } from "~/db.server";

export const THROTTLE = {
  windowMs: 15 * 60 * 1000,
  lockMs: 15 * 60 * 1000,
  maxPerAccount: 5,
  maxPerIp: 30,
};

const keys = (email: string, ip: string) => [
  { key: `email:${email}`, max: THROTTLE.maxPerAccount },
  { key: `ip:${ip}`, max: THROTTLE.maxPerIp },
];

/** Milliseconds until login is allowed again for this e-mail or address (0 if allowed). */
export async function loginBlockedFor(email: string, ip: string, now = new Date()): Promise<number> {
  let wait = 0;
  for (const { key } of keys(email, ip)) {
    const [row] = await db().select().from(loginThrottle).where(eq(loginThrottle.key, key));
    if (row?.lockedUntil && row.lockedUntil > now) wait = Math.max(wait, row.lockedUntil.getTime() - now.getTime());
  }
  return wait;
}

export async function recordLoginFailure(email: string, ip: string, now = new Date()): Promise<void> {
  const lockUntil = new Date(now.getTime() + THROTTLE.lockMs);
  // ISO strings as parameters: both drivers pass them as text that PostgreSQL casts.
  const windowStart = sql`${new Date(now.getTime() - THROTTLE.windowMs).toISOString()}::timestamptz`;
  const nowSql = sql`${now.toISOString()}::timestamptz`;
  const lockSql = sql`${lockUntil.toISOString()}::timestamptz`;
  for (const { key, max } of keys(email, ip)) {
    // One statement per key, so concurrent failures are all counted.
    await db()
      .insert(loginThrottle)
      .values({ key, failures: 1, windowStartedAt: now, lockedUntil: max <= 1 ? lockUntil : null })
      .onConflictDoUpdate({
        target: loginThrottle.key,
        set: {
          failures: sql`case when ${loginThrottle.windowStartedAt} < ${windowStart} then 1 else ${loginThrottle.failures} + 1 end`,
          windowStartedAt: sql`case when ${loginThrottle.windowStartedAt} < ${windowStart} then ${nowSql} else ${loginThrottle.windowStartedAt} end`,
          lockedUntil: sql`case when (case when ${loginThrottle.windowStartedAt} < ${windowStart} then 1 else ${loginThrottle.failures} + 1 end) >= ${max} then ${lockSql} else ${loginThrottle.lockedUntil} end`,
        },
      });
  }
}

/** A successful login clears the account's counter (not the address's). */
export async function clearLoginFailures(email: string): Promise<void> {
  await db().delete(loginThrottle).where(eq(loginThrottle.key, `email:${email}`));
}
