// Changing a user's notifications: mark one or all as read, open one (mark read, give its link).
import { and, eq, isNull } from "drizzle-orm";
import { notifications } from "../../../db/schema";
import { db } from "~/db.server";
import { isPortalPath } from "./links.server";

/** Marks the user's own notification read; false when it is not theirs (or does not exist). */
export async function markRead(userId: string, notificationId: string, now = new Date()): Promise<boolean> {
  const [row] = await db()
    .select({ id: notifications.id, readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, notificationId), eq(notifications.userId, userId)));
  if (!row) return false;
  if (!row.readAt) {
    await db()
      .update(notifications)
      .set({ readAt: now })
      .where(and(eq(notifications.id, notificationId), eq(notifications.userId, userId), isNull(notifications.readAt)));
  }
  return true;
}

export async function markAllRead(userId: string, now = new Date()): Promise<number> {
  const rows = await db()
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

/**
 * Marks the user's notification read and returns where to go: its link when portal-relative,
 * else null. Undefined when the notification is not the user's.
 */
export async function openNotification(userId: string, notificationId: string): Promise<string | null | undefined> {
  const [row] = await db()
    .select({ link: notifications.link })
    .from(notifications)
    .where(and(eq(notifications.id, notificationId), eq(notifications.userId, userId)));
  if (!row) return undefined;
  await markRead(userId, notificationId);
  return isPortalPath(row.link) ? row.link : null;
}
