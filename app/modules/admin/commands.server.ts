// Changing users as an administrator: grant and revoke roles, disable and re-enable accounts.
// Each change runs in one transaction and re-checks the policy on the rows it locked.
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { userRoles, users } from "../../../db/schema";
import { db, type Tx } from "~/db.server";
import type { DistrictCode, Role } from "~/modules/auth/roles";
import { recordAudit } from "~/modules/audit/log.server";
import { invalidateUserSessions } from "~/modules/auth/session.server";
import { notify } from "~/modules/notifications/notify.server";
import { canDisable, canEnable, canGrant, canRevoke, type Actor } from "./policy.server";

export type CommandResult<R extends string> = { ok: true } | { ok: false; reason: R };

async function lockUser(tx: Tx, userId: string) {
  const [row] = await tx
    .select({ id: users.id, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, userId))
    .for("update");
  return row ?? null;
}

/** Tells the user in the same transaction, so the notice exists exactly when the change does. */
async function announceRoleChange(
  tx: Tx,
  userId: string,
  kind: "role_granted" | "role_revoked",
  role: Role,
  district: DistrictCode | null,
) {
  await notify(userId, kind, { role, district }, { tx, link: "/profilo" });
}

export async function grantRole(
  actor: Actor,
  targetId: string,
  grant: { role: Role; district: DistrictCode | null },
): Promise<CommandResult<"notFound" | "forbidden" | "exists">> {
  const result = await db().transaction(async (tx): Promise<CommandResult<"notFound" | "forbidden" | "exists">> => {
    const target = await lockUser(tx, targetId);
    if (!target) return { ok: false, reason: "notFound" };
    if (!canGrant(actor, target)) return { ok: false, reason: "forbidden" };
    const inserted = await tx
      .insert(userRoles)
      .values({ userId: targetId, role: grant.role, districtCode: grant.district, grantedBy: actor.id })
      .onConflictDoNothing()
      .returning({ id: userRoles.id });
    if (!inserted.length) return { ok: false, reason: "exists" };
    await recordAudit(
      { actorId: actor.id, action: "role.grant", entityType: "user", entityId: targetId, districtCode: grant.district, details: { role: grant.role } },
      tx,
    );
    await announceRoleChange(tx, targetId, "role_granted", grant.role, grant.district);
    return { ok: true };
  });
  return result;
}

export async function revokeRole(
  actor: Actor,
  targetId: string,
  grantId: string,
): Promise<CommandResult<"notFound" | "forbidden" | "ownAdmin">> {
  const result = await db().transaction(async (tx): Promise<CommandResult<"notFound" | "forbidden" | "ownAdmin">> => {
    const target = await lockUser(tx, targetId);
    if (!target) return { ok: false, reason: "notFound" };
    const [grant] = await tx
      .select({ id: userRoles.id, userId: userRoles.userId, role: userRoles.role, districtCode: userRoles.districtCode })
      .from(userRoles)
      .where(and(eq(userRoles.id, grantId), eq(userRoles.userId, targetId)))
      .for("update");
    if (!grant) return { ok: false, reason: "notFound" };
    if (!canRevoke(actor, target, grant)) {
      return { ok: false, reason: actor.id === targetId && grant.role === "admin" ? "ownAdmin" : "forbidden" };
    }
    await tx.delete(userRoles).where(eq(userRoles.id, grant.id));
    await recordAudit(
      { actorId: actor.id, action: "role.revoke", entityType: "user", entityId: targetId, districtCode: grant.districtCode, details: { role: grant.role } },
      tx,
    );
    await announceRoleChange(tx, targetId, "role_revoked", grant.role, grant.districtCode as DistrictCode | null);
    return { ok: true };
  });
  return result;
}

/**
 * Disables the account and ends all its sessions in the same transaction, so the user is out at
 * once. The reason is kept on the account and, with who did it, in the audit log.
 */
export async function disableUser(
  actor: Actor,
  targetId: string,
  reason: string,
): Promise<CommandResult<"notFound" | "self" | "already">> {
  const result = await db().transaction(async (tx): Promise<CommandResult<"notFound" | "self" | "already">> => {
    const target = await lockUser(tx, targetId);
    if (!target) return { ok: false, reason: "notFound" };
    if (!canDisable(actor, target)) return { ok: false, reason: "self" };
    if (target.disabledAt) return { ok: false, reason: "already" };
    const now = new Date();
    await tx
      .update(users)
      .set({ disabledAt: now, disabledReason: reason, updatedAt: now })
      .where(and(eq(users.id, targetId), isNull(users.disabledAt)));
    await invalidateUserSessions(targetId, undefined, tx);
    await recordAudit({ actorId: actor.id, action: "user.disable", entityType: "user", entityId: targetId, details: { reason } }, tx);
    return { ok: true };
  });
  return result;
}

export async function enableUser(actor: Actor, targetId: string): Promise<CommandResult<"notFound" | "self" | "already">> {
  const result = await db().transaction(async (tx): Promise<CommandResult<"notFound" | "self" | "already">> => {
    const target = await lockUser(tx, targetId);
    if (!target) return { ok: false, reason: "notFound" };
    if (!canEnable(actor, target)) return { ok: false, reason: "self" };
    if (!target.disabledAt) return { ok: false, reason: "already" };
    await tx
      .update(users)
      .set({ disabledAt: null, disabledReason: null, updatedAt: new Date() })
      .where(and(eq(users.id, targetId), isNotNull(users.disabledAt)));
    await recordAudit({ actorId: actor.id, action: "user.enable", entityType: "user", entityId: targetId }, tx);
    return { ok: true };
  });
  return result;
}
