// Deletes notifications and sent or failed e-mails older than the 12 months of the privacy notice.
import { and, inArray, lt } from "drizzle-orm";
import { mailOutbox, notifications } from "../../../db/schema";
import { db } from "~/db.server";

export const RETENTION_MONTHS = 12;

export async function purgeOldNotifications(now = new Date()): Promise<{ notifications: number; mails: number }> {
  const cutoff = new Date(now);
  cutoff.setMonth(cutoff.getMonth() - RETENTION_MONTHS);
  const gone = await db().delete(notifications).where(lt(notifications.createdAt, cutoff)).returning({ id: notifications.id });
  const mails = await db()
    .delete(mailOutbox)
    .where(and(lt(mailOutbox.createdAt, cutoff), inArray(mailOutbox.status, ["sent", "failed"])))
    .returning({ id: mailOutbox.id });
  return { notifications: gone.length, mails: mails.length };
}
