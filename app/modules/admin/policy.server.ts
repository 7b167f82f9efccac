// Who may administer users and roles: pure decisions, and require… wrappers that throw 403/404.
import { requireAdmin } from "~/modules/auth/policy.server";
import { isAdmin, type RoleGrant } from "~/modules/auth/roles";
import type { CurrentUser } from "~/modules/auth/user.server";
import { forbidden, notFound } from "~/utils/http.server";
import { userIdParam } from "./schema";

export interface Actor {
  id: string;
  roles: readonly RoleGrant[];
}
export interface TargetUser {
  id: string;
}
export interface Grant {
  userId: string;
  role: RoleGrant["role"];
}

export function canManageUsers(user: Actor | null | undefined): boolean {
  return !!user && isAdmin(user.roles);
}

/** An admin may disable anyone but themselves (nobody locks themselves out by mistake). */
export function canDisable(actor: Actor | null | undefined, target: TargetUser): boolean {
  return canManageUsers(actor) && actor!.id !== target.id;
}

/** An admin may re-enable any account, their own cannot be disabled in the first place. */
export function canEnable(actor: Actor | null | undefined, target: TargetUser): boolean {
  return canDisable(actor, target);
}

export function canGrant(actor: Actor | null | undefined, _target: TargetUser): boolean {
  return canManageUsers(actor);
}

/** The grant must belong to the target; an admin never revokes their own admin role. */
export function canRevoke(actor: Actor | null | undefined, target: TargetUser, grant: Grant): boolean {
  if (!canManageUsers(actor) || grant.userId !== target.id) return false;
  return !(actor!.id === target.id && grant.role === "admin");
}

/** The signed-in administrator (anonymous → login page, anyone else → 403). */
export async function requireUserManager(request: Request): Promise<CurrentUser> {
  const user = await requireAdmin(request);
  if (!canManageUsers(user)) forbidden();
  return user;
}

/** The :id route parameter as a uuid; anything else is a 404, like an unknown user. */
export function requireUserIdParam(params: Record<string, string | undefined>): string {
  const parsed = userIdParam.safeParse(params);
  if (!parsed.success) notFound("admin.user.notFound");
  return parsed.data!.id;
}

/** A loaded record or a 404. */
export function requireFound<T>(record: T | null | undefined): T {
  if (record === null || record === undefined) notFound("admin.user.notFound");
  return record as T;
}
