// Deletes account data past the retention periods of the privacy notice: expired sessions,
// stale login-throttle rows, used or expired single-use links.
import { and, isNull, lt, or } from "drizzle-orm";
import { loginThrottle, sessions, userTokens } from "../../../db/schema";
import { db } from "~/db.server";

const DAY = 24 * 60 * 60 * 1000;

export async function purgeExpiredAuthData(now = new Date()): Promise<{ sessions: number; throttle: number; tokens: number }> {
  const expiredSessions = await db().delete(sessions).where(lt(sessions.expiresAt, now)).returning({ id: sessions.id });
  const dayAgo = new Date(now.getTime() - DAY);
  const staleThrottle = await db()
    .delete(loginThrottle)
    .where(
      and(
        lt(loginThrottle.windowStartedAt, dayAgo),
        or(isNull(loginThrottle.lockedUntil), lt(loginThrottle.lockedUntil, now)),
      ),
    )
    .returning({ key: loginThrottle.key });
  const monthAgo = new Date(now.getTime() - 30 * DAY);
  const oldTokens = await db()
    .delete(userTokens)
    .where(or(lt(userTokens.expiresAt, monthAgo), lt(userTokens.usedAt, monthAgo)))
    .returning({ id: userTokens.tokenHash });
  return { sessions: expiredSessions.length, throttle: staleThrottle.length, tokens: oldTokens.length };
}
