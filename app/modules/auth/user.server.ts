// The user behind a request: session cookie → user, roles and pledge state, once per request.
import { eq, and } from "drizzle-orm";
import { pledgeAcceptances, sessions, userRoles, users } from "../../../db/schema";
import { db } from "~/db.server";
import type { Locale } from "~/i18n";
import { PLEDGE_VERSION } from "./pledge";
import type { RoleGrant } from "./roles";
import { requestScoped } from "~/utils/request-scope.server";
import { readCookie, SESSION_COOKIE, sessionCookie, settleSession } from "./session.server";
import { hashToken } from "./tokens.server";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  roles: RoleGrant[];
  pledgeAccepted: boolean;
  sessionId: string;
}

export interface RequestAuth {
  user: CurrentUser | null;
  /** Set-Cookie value when the sliding expiry moved the session forward. */
  renewedCookie?: string;
}

const cache = new WeakMap<Request, Promise<RequestAuth>>();

export function getRequestAuth(request: Request): Promise<RequestAuth> {
  let pending = cache.get(request);
  if (!pending) {
    // A page's loaders (root, layouts, route) each get their own Request: on a GET they share one
    // read through the request scope. Not on a POST: its action may change the user (name,
    // language, roles) before the loaders run.
    const safe = request.method === "GET" || request.method === "HEAD";
    pending = safe
      ? requestScoped(`auth:${request.headers.get("cookie") ?? ""}`, () => load(request))
      : load(request);
    cache.set(request, pending);
  }
  return pending;
}

export async function getCurrentUser(request: Request): Promise<CurrentUser | null> {
  return (await getRequestAuth(request)).user;
}

async function load(request: Request): Promise<RequestAuth> {
  const token = readCookie(request, SESSION_COOKIE);
  if (!token || !/^[a-z2-7]{32}$/.test(token)) return { user: null };
  const sessionId = hashToken(token);
  // The session, its user, the user's roles and pledge in one statement.
  const rows = await db()
    .select({
      expiresAt: sessions.expiresAt,
      disabledAt: users.disabledAt,
      id: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      role: userRoles.role,
      districtCode: userRoles.districtCode,
      pledgeVersion: pledgeAcceptances.version,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(userRoles, eq(userRoles.userId, users.id))
    .leftJoin(
      pledgeAcceptances,
      and(eq(pledgeAcceptances.userId, users.id), eq(pledgeAcceptances.version, PLEDGE_VERSION)),
    )
    .where(eq(sessions.id, sessionId));
  const first = rows[0];
  if (!first) return { user: null };
  const session = await settleSession(sessionId, { expiresAt: first.expiresAt, userId: first.id, disabledAt: first.disabledAt });
  if (!session) return { user: null };
  const user: CurrentUser = {
    id: first.id,
    email: first.email,
    name: first.name,
    locale: first.locale as Locale,
    roles: rows
      .filter((r) => r.role)
      .map((r) => ({ role: r.role!, districtCode: r.districtCode as RoleGrant["districtCode"] })),
    pledgeAccepted: first.pledgeVersion !== null,
    sessionId: session.sessionId,
  };
  return {
    user,
    renewedCookie: session.renewed ? sessionCookie(token, session.expiresAt) : undefined,
  };
}
