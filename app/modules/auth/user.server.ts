// The user behind a request: session cookie → user, roles and pledge state, once per request.
import { eq, and } from "drizzle-orm";
import { pledgeAcceptances, userRoles, users } from "../../../db/schema";
import { db } from "~/db.server";
import type { Locale } from "~/i18n";
import { PLEDGE_VERSION } from "./pledge";
import type { RoleGrant } from "./roles";
import { readCookie, SESSION_COOKIE, sessionCookie, validateSessionToken } from "./session.server";

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
    pending = load(request);
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
  const session = await validateSessionToken(token);
  if (!session) return { user: null };
  const rows = await db()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      role: userRoles.role,
      districtCode: userRoles.districtCode,
      pledgeVersion: pledgeAcceptances.version,
    })
    .from(users)
    .leftJoin(userRoles, eq(userRoles.userId, users.id))
    .leftJoin(
      pledgeAcceptances,
      and(eq(pledgeAcceptances.userId, users.id), eq(pledgeAcceptances.version, PLEDGE_VERSION)),
    )
    .where(eq(users.id, session.userId));
  if (rows.length === 0) return { user: null };
  const first = rows[0];
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
