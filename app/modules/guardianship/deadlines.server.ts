// A minor's deadlines in the database: rule deadlines kept in step with the record (birth date,
// permit expiry, appointment), deadlines entered by hand, marking done, and the reminders sent
// through the shared notifications N days before.
import { and, asc, eq, inArray, isNull, ne, notInArray, or, sql } from "drizzle-orm";
import { appointments, deadlineReminders, minorDeadlines, minors } from "../../../db/schema";
import { db, type DbOrTx, type Tx } from "~/db.server";
import { notify } from "~/modules/notifications/notify.server";
import { utcToRomeLocal } from "~/utils/dates";
import { remindersDue, ruleDeadlines } from "./deadlines";

/**
 * Brings a minor's rule deadlines in line with its record: adds the missing ones and drops open ones
 * the rules no longer produce (a corrected birth date), except plan reviews already due, which stay
 * until marked done. Done deadlines are history and never touched.
 */
export async function syncRuleDeadlines(tx: Tx, minorId: string, today: string): Promise<void> {
  const [m] = await tx
    .select({ birthDate: minors.birthDate, permitExpiry: minors.permitExpiry, status: minors.status, decree: appointments.decreeDate })
    .from(minors)
    .leftJoin(appointments, and(eq(appointments.minorId, minors.id), eq(appointments.status, "active")))
    .where(eq(minors.id, minorId));
  if (!m) return;
  const wanted =
    m.status === "ended" ? [] : ruleDeadlines({ birthDate: m.birthDate, permitExpiry: m.permitExpiry, appointedOn: m.decree, today });
  const keys = wanted.map((d) => `${d.kind}|${d.dueDate}`);
  await tx
    .delete(minorDeadlines)
    .where(
      and(
        eq(minorDeadlines.minorId, minorId),
        ne(minorDeadlines.kind, "manual"),
        isNull(minorDeadlines.doneAt),
        keys.length ? notInArray(sql`${minorDeadlines.kind} || '|' || ${minorDeadlines.dueDate}::text`, keys) : sql`true`,
        or(ne(minorDeadlines.kind, "plan_review"), sql`${minorDeadlines.dueDate} >= ${today}::date`),
      ),
    );
  if (wanted.length === 0) return;
  await tx
    .insert(minorDeadlines)
    .values(wanted.map((d) => ({ minorId, kind: d.kind, dueDate: d.dueDate, remindDaysBefore: d.remindDaysBefore })))
    .onConflictDoNothing();
}

/** The open deadlines of the given minors, soonest first (one query). */
export async function openDeadlinesOf(minorIds: readonly string[], tx: DbOrTx = db()) {
  if (minorIds.length === 0) return [];
  return tx
    .select()
    .from(minorDeadlines)
    .where(and(inArray(minorDeadlines.minorId, [...minorIds]), isNull(minorDeadlines.doneAt)))
    .orderBy(asc(minorDeadlines.dueDate), asc(minorDeadlines.kind));
}

/**
 * Sends the reminders due today to each minor's active guardian: once per deadline and lead time
 * (deadline_reminders remembers), and only for deadlines still open. Returns how many went out.
 */
export async function sendDeadlineReminders(now = new Date()): Promise<number> {
  const today = utcToRomeLocal(now).date;
  const rows = await db()
    .select({
      id: minorDeadlines.id,
      kind: minorDeadlines.kind,
      title: minorDeadlines.title,
      dueDate: minorDeadlines.dueDate,
      remindDaysBefore: minorDeadlines.remindDaysBefore,
      code: minors.code,
      guardianId: appointments.guardianId,
    })
    .from(minorDeadlines)
    .innerJoin(minors, eq(minors.id, minorDeadlines.minorId))
    .innerJoin(appointments, and(eq(appointments.minorId, minors.id), eq(appointments.status, "active")))
    .where(
      and(
        isNull(minorDeadlines.doneAt),
        sql`${minorDeadlines.dueDate} >= ${today}::date`,
        sql`${minorDeadlines.dueDate} <= (${today}::date + 366)`,
      ),
    );
  let sent = 0;
  for (const r of rows) {
    const days = remindersDue(r, today);
    if (days === null) continue;
    await db().transaction(async (tx) => {
      const claimed = await tx
        .insert(deadlineReminders)
        .values({ deadlineId: r.id, daysBefore: days, sentAt: now })
        .onConflictDoNothing()
        .returning({ id: deadlineReminders.deadlineId });
      if (claimed.length === 0) return;
      await notify(
        r.guardianId,
        "tutele_deadline",
        { code: r.code, kind: r.kind, title: "", date: r.dueDate, days },
        { tx, link: `/tutele/${r.code}` },
      );
      sent++;
    });
  }
  return sent;
}
