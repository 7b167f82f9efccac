// Who may enter: every loader and action asks here (or in its domain's policy) first.
import { redirect } from "@remix-run/node";
import { forbidden } from "~/utils/http.server";
import { isAdmin, type Role, hasRole } from "./roles";
import { getCurrentUser, type CurrentUser } from "./user.server";

function here(request: Request): string {
  const url = new URL(request.url);
  return url.pathname + url.search;
}

/**
 * The signed-in user, or a redirect to the login page that comes back here afterwards.
 * Until the current pledge is accepted, only the pledge page itself is reachable.
 */
export async function requireUser(request: Request, options: { pledge?: "required" | "optional" } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser(request);
  if (!user) {
    throw redirect(`/accedi?redirectTo=${encodeURIComponent(here(request))}`);
  }
  if (!user.pledgeAccepted && options.pledge !== "optional") {
    throw redirect(`/impegno?redirectTo=${encodeURIComponent(here(request))}`);
  }
  return user;
}

export async function requireRole(request: Request, ...roles: Role[]): Promise<CurrentUser> {
  const user = await requireUser(request);
  if (!roles.some((role) => hasRole(user.roles, role))) forbidden();
  return user;
}

export async function requireAdmin(request: Request): Promise<CurrentUser> {
  const user = await requireUser(request);
  if (!isAdmin(user.roles)) forbidden();
  return user;
}
