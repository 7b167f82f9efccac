// Database sessions on Lucia's design: 30-day sliding expiry, token in an HttpOnly cookie.
import { and, eq, ne } from "drizzle-orm";
import { sessions } from "../../../db/schema";
import { db, type DbOrTx } from "~/db.server";
import { secureCookies } from "~/env.server";
import { generateToken, hashToken } from "./tokens.server";

export const SESSION_COOKIE = "portale_session";
const DAY = 24 * 60 * 60 * 1000;
export const SESSION_TTL = 30 * DAY;
const RENEW_WHEN_LEFT = 15 * DAY;

export async function createSession(userId: string, tx: DbOrTx = db()) {
  const token = generateToken();
  const expiresAt = new Date(Date.now() + SESSION_TTL);
  await tx.insert(sessions).values({ id: hashToken(token), userId, expiresAt });
  return { token, expiresAt };
}

export interface ValidSession {
  sessionId: string;
  userId: string;
  expiresAt: Date;
  renewed: boolean;
}

/**
 * The rules of a session row that was found: expired or of a disabled user → deleted (null);
 * within RENEW_WHEN_LEFT of its end → moved forward (sliding expiry).
 */
export async function settleSession(
  sessionId: string,
  row: { expiresAt: Date; userId: string; disabledAt: Date | null },
): Promise<ValidSession | null> {
  if (row.disabledAt || Date.now() >= row.expiresAt.getTime()) {
    await db().delete(sessions).where(eq(sessions.id, sessionId));
    return null;
  }
  let expiresAt = row.expiresAt;
  let renewed = false;
  if (Date.now() >= expiresAt.getTime() - RENEW_WHEN_LEFT) {
    expiresAt = new Date(Date.now() + SESSION_TTL);
    renewed = true;
    await db().update(sessions).set({ expiresAt }).where(eq(sessions.id, sessionId));
  }
  return { sessionId, userId: row.userId, expiresAt, renewed };
}

export async function invalidateSession(sessionId: string): Promise<void> {
  await db().delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user, optionally keeping the one in use. */
export async function invalidateUserSessions(userId: string, keepSessionId?: string, tx: DbOrTx = db()) {
  await tx
    .delete(sessions)
    .where(keepSessionId ? and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)) : eq(sessions.userId, userId));
}

export function sessionCookie(token: string, expiresAt: Date): string {
  const parts = [
    `${SESSION_COOKIE}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Max-Age=${Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000))}`,
  ];
  if (secureCookies()) parts.push("Secure");
  return parts.join("; ");
}

export function blankSessionCookie(): string {
  const parts = [`${SESSION_COOKIE}=`, "Path=/", "HttpOnly", "SameSite=Lax", "Max-Age=0"];
  if (secureCookies()) parts.push("Secure");
  return parts.join("; ");
}

export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return undefined;
}
