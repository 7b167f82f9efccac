// Who may read, write and moderate where in the forum. A category a user may not read does not
// exist for them: every page, list, search and notification asks these functions and answers 404.
import type { CurrentUser } from "~/modules/auth/user.server";
import { hasRole, isAdmin, type RoleGrant } from "~/modules/auth/roles";
import { notFound } from "~/utils/http.server";

type Who = Pick<CurrentUser, "id" | "roles">;

export interface CategoryAccess {
  districtCode: string | null;
  readRoles: readonly string[];
  postRoles: readonly string[];
  archivedAt?: Date | null;
}

function holds(roles: readonly RoleGrant[], allowed: readonly string[], districtCode: string | null): boolean {
  return roles.some((r) => allowed.includes(r.role) && (districtCode === null || r.districtCode === districtCode));
}

/**
 * Moderators of a category: admins, and the coordinators of its district (of either district for
 * a shared category) who may read it — a category for trainers only is moderated by admins.
 */
export function canModerate(user: Who, category: CategoryAccess): boolean {
  if (isAdmin(user.roles)) return true;
  const coordinator =
    category.districtCode === null
      ? hasRole(user.roles, "coordinator")
      : hasRole(user.roles, "coordinator", category.districtCode);
  return coordinator && holds(user.roles, category.readRoles, category.districtCode);
}

/** Readers: holders of a reading role (in the category's district, if it has one), and admins. */
export function canRead(user: Who, category: CategoryAccess): boolean {
  return isAdmin(user.roles) || holds(user.roles, category.readRoles, category.districtCode);
}

/** Starts topics and replies (to unlocked topics): the posting roles, and moderators. Archived: nobody. */
export function canPost(user: Who, category: CategoryAccess): boolean {
  if (category.archivedAt) return false;
  if (!canRead(user, category)) return false;
  return holds(user.roles, category.postRoles, category.districtCode) || canModerate(user, category);
}

export function canReply(user: Who, category: CategoryAccess, topic: { locked: boolean }): boolean {
  return canPost(user, category) && (!topic.locked || canModerate(user, category));
}

/** Whether the forum is open to the user at all (any role). */
export function canUseForum(user: Who): boolean {
  return user.roles.length > 0;
}

export interface PostAccess {
  authorId: string | null;
  deletedAt: Date | null;
  hiddenAt: Date | null;
}

/** Whether the post's words may be shown to this user. */
export function canSeeContent(user: Who, category: CategoryAccess, post: PostAccess): boolean {
  if (post.deletedAt) return false;
  if (post.hiddenAt) return post.authorId === user.id || canModerate(user, category);
  return true;
}

/** Authors edit and delete their own posts while they can still post there (and it is not deleted). */
export function canEdit(user: Who, category: CategoryAccess, topic: { locked: boolean }, post: PostAccess): boolean {
  if (post.deletedAt || post.authorId !== user.id) return false;
  return canReply(user, category, topic);
}

export function canDelete(user: Who, category: CategoryAccess, post: PostAccess): boolean {
  return !post.deletedAt && post.authorId === user.id && canRead(user, category);
}

/** In Q&A categories the question's author or a moderator marks the answer. */
export function canMarkSolved(
  user: Who,
  category: CategoryAccess & { kind: string },
  topic: { authorId: string | null },
): boolean {
  if (category.kind !== "qa") return false;
  return (topic.authorId === user.id && canRead(user, category)) || canModerate(user, category);
}

/** 404 unless the user may read the category. */
export function requireRead<C extends CategoryAccess>(user: Who, category: C | null | undefined): C {
  if (!category || !canRead(user, category)) notFound();
  return category!;
}
