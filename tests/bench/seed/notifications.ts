// A few in-app notifications for each bench account (already delivered: digestedAt set, so nobody
// is mailed; recent ones unread), and the deadline reminders the app's hourly job would already
// have sent, so that starting the app does not suddenly notify thousands of guardians.
import { copyRows, type Row } from "./db";
import { type Ctx, DAY, HOUR } from "./context";
import type { People } from "./people";

export interface NotificationFacts {
  proposalCode: string | null;
  minorCode: string | null;
  consultation: { id: string; number: number; subject: string } | null;
  consultationTarget: { id: string; number: number; subject: string } | null;
  topic: { id: string; title: string; author: string } | null;
  certificate: { course: string; code: string } | null;
}

export async function seedNotifications(ctx: Ctx, people: People, facts: NotificationFacts): Promise<Record<string, number>> {
  const { sql } = ctx;
  const base = ctx.base.getTime();
  const at = (hoursAgo: number) => new Date(base - hoursAgo * HOUR);
  const rows: Row[] = [];
  const add = (userId: string, kind: string, payload: Record<string, string | number | null>, link: string | null, hoursAgo: number, read: boolean) =>
    rows.push([userId, kind, payload, link, read ? at(hoursAgo - 2) : null, new Date(base), at(hoursAgo)]);
  const { tutore, consulente, coordinatore, formatore, admin } = people.bench;
  for (const p of [tutore, consulente, coordinatore, formatore, admin]) {
    add(p.id, "welcome", { name: p.name }, "/profilo", 24 * 300, true);
    add(p.id, "role_granted", { role: p.role, district: p.district }, "/profilo", 24 * 299, true);
  }
  if (facts.proposalCode) add(tutore.id, "tutele_proposal", { code: facts.proposalCode }, "/tutele", 46, false);
  if (facts.minorCode) add(tutore.id, "tutele_deadline", { code: facts.minorCode, kind: "manual", title: "", date: new Date(base + 12 * DAY).toISOString().slice(0, 10), days: 7 }, `/tutele/${facts.minorCode}`, 30, false);
  if (facts.consultation) {
    const c = facts.consultation;
    add(tutore.id, "consultation_reply", { number: c.number, subject: c.subject, status: "answered" }, `/consulenze/${c.id}`, 20, false);
    add(tutore.id, "consultation_status", { number: c.number, subject: c.subject, status: "in_charge" }, `/consulenze/${c.id}`, 24 * 6, true);
    add(consulente.id, "consultation_message", { number: c.number, subject: c.subject }, `/consulenze/${c.id}`, 24 * 5, true);
  }
  if (facts.consultationTarget) {
    const c = facts.consultationTarget;
    add(consulente.id, "consultation_new", { number: c.number, subject: c.subject, category: "residence_permit", urgent: "no" }, `/consulenze/${c.id}`, 24 * 20, true);
    add(consulente.id, "consultation_message", { number: c.number, subject: c.subject }, `/consulenze/${c.id}`, 40, false);
  }
  if (facts.topic) {
    const t = facts.topic;
    add(tutore.id, "forum_mention", { topic: t.title, author: t.author }, `/forum/argomenti/${t.id}`, 24 * 3, true);
    add(tutore.id, "forum_reply", { topic: t.title, author: t.author }, `/forum/argomenti/${t.id}`, 10, false);
    add(coordinatore.id, "forum_flag", { topic: t.title, reason: "off_topic" }, "/forum/moderazione", 15, false);
    add(formatore.id, "forum_topic", { topic: t.title, author: t.author, category: "Tutori Milano" }, `/forum/argomenti/${t.id}`, 24 * 2, true);
  }
  if (facts.certificate) add(tutore.id, "certificate_issued", facts.certificate, "/formazione/percorso", 24 * 40, true);
  if (facts.minorCode) add(coordinatore.id, "tutele_accepted", { code: facts.minorCode, guardian: tutore.name }, `/tutele/${facts.minorCode}`, 24 * 9, true);
  const counts: Record<string, number> = {};
  counts.notifications = await copyRows(sql, "notifications", ["user_id", "kind", "payload", "link", "read_at", "digested_at", "created_at"], rows);

  // Reminders of open deadlines of minors with an active guardian whose day has come (today's included).
  const reminders = await sql`
    insert into deadline_reminders (deadline_id, days_before, sent_at)
    select d.id, x.days, least((d.due_date - x.days)::timestamp + interval '7 hours', ${new Date(base)}::timestamptz)
    from minor_deadlines d
    join appointments a on a.minor_id = d.minor_id and a.status = 'active'
    cross join lateral unnest(d.remind_days_before) x(days)
    where d.done_at is null and d.due_date >= ${ctx.today}::date and d.due_date - x.days <= ${ctx.today}::date
      and d.due_date <= ${ctx.today}::date + 366`;
  counts.deadline_reminders = reminders.count;
  return counts;
}
