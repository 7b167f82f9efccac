// Writes e-mails into the transactional outbox (the sender delivers them later) and lists it for admins.
import { count, desc, eq } from "drizzle-orm";
import { mailOutbox, type OutboxStatus } from "../../../db/schema";
import { db, type DbOrTx } from "~/db.server";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  category: string;
  userId?: string | null;
}

export async function enqueueMail(mail: OutgoingMail, tx: DbOrTx = db()): Promise<void> {
  await tx.insert(mailOutbox).values({
    toAddress: mail.to,
    subject: mail.subject,
    textBody: mail.text,
    category: mail.category,
    userId: mail.userId ?? null,
  });
}

export const OUTBOX_PAGE_SIZE = 20;

export interface OutboxRow {
  id: string;
  toAddress: string;
  subject: string;
  category: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  nextAttemptAt: string;
}

function toRow(r: typeof mailOutbox.$inferSelect): OutboxRow {
  return {
    id: r.id,
    toAddress: r.toAddress,
    subject: r.subject,
    category: r.category,
    status: r.status,
    attempts: r.attempts,
    lastError: r.lastError,
    createdAt: r.createdAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
    nextAttemptAt: r.nextAttemptAt.toISOString(),
  };
}

/** One page of the outbox, newest first, optionally of one status; null when the page is out of range. */
export async function listOutbox(filter: { status?: OutboxStatus; page: number }) {
  const where = filter.status ? eq(mailOutbox.status, filter.status) : undefined;
  const [{ n: total }] = await db().select({ n: count() }).from(mailOutbox).where(where);
  const pages = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  if (filter.page < 1 || filter.page > pages) return null;
  const rows = await db()
    .select()
    .from(mailOutbox)
    .where(where)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(OUTBOX_PAGE_SIZE)
    .offset((filter.page - 1) * OUTBOX_PAGE_SIZE);
  return { items: rows.map(toRow), total, page: filter.page, pages };
}

export async function getOutboxMail(id: string): Promise<(OutboxRow & { textBody: string }) | null> {
  const [row] = await db().select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row ? { ...toRow(row), textBody: row.textBody } : null;
}
