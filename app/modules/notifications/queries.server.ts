// Reading a user's notifications: the unread count for the bell and the paginated list.
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { notifications } from "../../../db/schema";
import { db } from "~/db.server";
import type { Locale } from "~/i18n";
import type { Payload } from "./kinds";
import { renderNotification } from "./render";

export const NOTIFICATIONS_PAGE_SIZE = 20;

export async function countUnread(userId: string): Promise<number> {
  const [row] = await db()
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export interface NotificationItem {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationPage {
  items: NotificationItem[];
  total: number;
  unread: number;
  page: number;
  pages: number;
}

/** One page of the user's notifications, newest first, rendered in the locale; null when out of range. */
export async function listNotifications(userId: string, page: number, locale: Locale): Promise<NotificationPage | null> {
  const [{ n: total }] = await db().select({ n: count() }).from(notifications).where(eq(notifications.userId, userId));
  const pages = Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE));
  if (page < 1 || page > pages) return null;
  const rows = await db()
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATIONS_PAGE_SIZE)
    .offset((page - 1) * NOTIFICATIONS_PAGE_SIZE);
  const items = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    ...renderNotification(locale, r.kind, r.payload as Payload),
    link: r.link,
    readAt: r.readAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
  return { items, total, unread: await countUnread(userId), page, pages };
}
