// Reading a user's notifications.
import { and, count, eq, isNull } from "drizzle-orm";
import { notifications } from "../../../db/schema";
import { db } from "~/db.server";

export async function countUnread(userId: string): Promise<number> {
  const [row] = await db()
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}
