// Delivers the outbox through SMTP with retries and backoff, and runs the daily digest, in a background loop.
import { and, asc, eq, inArray, lt, lte } from "drizzle-orm";
import nodemailer from "nodemailer";
import { mailOutbox } from "../../../db/schema";
import { db } from "~/db.server";
import { env } from "~/env.server";
import { digestCutoff, sendDailyDigests } from "./digest.server";

const MINUTE = 60_000;
/** Wait before attempt 2, 3, …; after the last one fails the mail is marked "failed". */
export const RETRY_DELAYS_MS = [1 * MINUTE, 5 * MINUTE, 30 * MINUTE, 120 * MINUTE, 720 * MINUTE] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** A row in "sending" longer than this belongs to a sender that died; it goes back to pending. */
export const STALE_SENDING_MS = 10 * MINUTE;
export const BATCH_SIZE = 20;
const LOOP_INTERVAL_MS = 5_000;
const DIGEST_CHECK_MS = 60_000;

export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
}

/** What the sender needs of a nodemailer transport; tests pass a fake. */
export interface MailTransport {
  sendMail(message: MailMessage): Promise<unknown>;
}

export type ClaimedMail = typeof mailOutbox.$inferSelect;

/**
 * Claims up to `limit` due rows for this sender: pending and due, locked with SKIP LOCKED so two
 * servers never take the same row. While "sending", nextAttemptAt holds the claim time.
 */
export async function claimDueMail(now: Date, limit = BATCH_SIZE): Promise<ClaimedMail[]> {
  return db().transaction(async (tx) => {
    const due = await tx
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.status, "pending"), lte(mailOutbox.nextAttemptAt, now)))
      .orderBy(asc(mailOutbox.nextAttemptAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(mailOutbox)
      .set({ status: "sending", nextAttemptAt: now })
      .where(inArray(mailOutbox.id, due.map((r) => r.id)))
      .returning();
  });
}

/** Puts rows claimed more than STALE_SENDING_MS ago back to pending; returns how many. */
export async function recoverStaleSending(now: Date): Promise<number> {
  const rows = await db()
    .update(mailOutbox)
    .set({ status: "pending", nextAttemptAt: now })
    .where(and(eq(mailOutbox.status, "sending"), lt(mailOutbox.nextAttemptAt, new Date(now.getTime() - STALE_SENDING_MS))))
    .returning({ id: mailOutbox.id });
  return rows.length;
}

export interface DeliveryResult {
  recovered: number;
  sent: number;
  retrying: number;
  failed: number;
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 1000);
}

/** One delivery pass: recover stale claims, claim a batch, send each, record the outcome. */
export async function deliverDueMail(transport: MailTransport, now: Date = new Date(), limit = BATCH_SIZE): Promise<DeliveryResult> {
  const result: DeliveryResult = { recovered: await recoverStaleSending(now), sent: 0, retrying: 0, failed: 0 };
  const batch = await claimDueMail(now, limit);
  const from = env().MAIL_FROM;
  for (const mail of batch) {
    try {
      await transport.sendMail({ from, to: mail.toAddress, subject: mail.subject, text: mail.textBody });
      await db()
        .update(mailOutbox)
        .set({ status: "sent", sentAt: new Date(), attempts: mail.attempts + 1, lastError: null })
        .where(eq(mailOutbox.id, mail.id));
      result.sent++;
    } catch (error) {
      const attempts = mail.attempts + 1;
      const failed = attempts >= MAX_ATTEMPTS;
      await db()
        .update(mailOutbox)
        .set({
          status: failed ? "failed" : "pending",
          attempts,
          lastError: errorText(error),
          nextAttemptAt: failed ? now : new Date(now.getTime() + RETRY_DELAYS_MS[attempts - 1]),
        })
        .where(eq(mailOutbox.id, mail.id));
      if (failed) result.failed++;
      else result.retrying++;
    }
  }
  return result;
}

/** The digest pass the loop runs: everything that arrived before the latest 07:00 in Rome. */
export function runScheduledDigest(now: Date = new Date()) {
  return sendDailyDigests(now, { cutoff: digestCutoff(now) });
}

export function createSmtpTransport(url: string): MailTransport & { close(): void } {
  return nodemailer.createTransport(url);
}

/**
 * Starts the background loop: every few seconds a delivery pass (only when SMTP_URL is set; without
 * it mail stays pending and readable by admins) and, once a minute, the digest pass. Returns a
 * function that stops the loop after the batch in flight.
 */
export function startMailSender(options: { intervalMs?: number } = {}): () => Promise<void> {
  const config = env();
  const transport = config.SMTP_URL ? createSmtpTransport(config.SMTP_URL) : null;
  const interval = options.intervalMs ?? LOOP_INTERVAL_MS;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | null = null;
  let lastDigestCheck = 0;

  const tick = async () => {
    try {
      if (Date.now() - lastDigestCheck >= DIGEST_CHECK_MS) {
        lastDigestCheck = Date.now();
        await runScheduledDigest(new Date());
      }
      if (transport && !stopped) await deliverDueMail(transport, new Date());
    } catch (error) {
      console.error("Mail sender:", error instanceof Error ? error.message : error);
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      inFlight = tick().finally(() => {
        inFlight = null;
        schedule();
      });
    }, interval);
    timer.unref();
  };
  schedule();

  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await inFlight;
    transport?.close();
  };
}
