// Reminders 30 days before a certificate expires, once each, pointing to the refresher course.
import { sql } from "drizzle-orm";
import { certificates, courses, users } from "../../../db/schema";
import { db } from "~/db.server";
import { formatDate, isLocale } from "~/i18n";
import { notify } from "~/modules/notifications/notify.server";

export const REMINDER_DAYS = 30;

/**
 * Notifies the holders of certificates that expire within 30 days and were not reminded yet,
 * and marks them reminded — in one transaction, so a reminder is sent once even when two
 * servers run the job at the same time (rows are claimed with FOR UPDATE SKIP LOCKED).
 * Certificates already renewed (a later certificate of a course that renews it) are left alone.
 * Returns how many reminders were sent.
 */
export async function sendExpiryReminders(now = new Date()): Promise<number> {
  const until = new Date(now.getTime() + REMINDER_DAYS * 24 * 60 * 60 * 1000);
  return db().transaction(async (tx) => {
    const due = await tx
      .select({
        id: certificates.id,
        userId: certificates.userId,
        courseTitle: certificates.courseTitle,
        expiresAt: sql<Date>`${certificates.expiresAt}`.mapWith(certificates.issuedAt),
        locale: users.locale,
        // The published refresher of this course, else the course itself.
        slug: sql<string>`coalesce(
          (select r.slug from ${courses} r where r.renews_course_id = ${certificates.courseId} and r.status = 'published' order by r.position, r.created_at limit 1),
          (select c.slug from ${courses} c where c.id = ${certificates.courseId})
        )`,
      })
      .from(certificates)
      .innerJoin(users, sql`${users.id} = ${certificates.userId}`)
      .where(
        sql`${certificates.expiresAt} is not null and ${certificates.expiryReminderSentAt} is null
          and ${certificates.expiresAt} > ${now.toISOString()}::timestamptz and ${certificates.expiresAt} <= ${until.toISOString()}::timestamptz
          and not exists (
            select 1 from ${certificates} later join ${courses} renewing on renewing.id = later.course_id
            where later.user_id = ${certificates.userId} and later.issued_at > ${certificates.issuedAt}
              and (renewing.renews_course_id = ${certificates.courseId} or renewing.id = ${certificates.courseId})
          )`,
      )
      .orderBy(certificates.expiresAt)
      .for("update", { of: certificates, skipLocked: true });
    for (const c of due) {
      await tx.update(certificates).set({ expiryReminderSentAt: now }).where(sql`${certificates.id} = ${c.id}`);
      await notify(
        c.userId,
        "certificate_expiring",
        { course: c.courseTitle, date: formatDate(isLocale(c.locale) ? c.locale : "it", c.expiresAt) },
        { tx, link: `/formazione/corsi/${c.slug}` },
      );
    }
    return due.length;
  });
}
