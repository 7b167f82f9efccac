// The outbox sender against a real database, with a fake transport: delivery, retries, SKIP LOCKED, recovery.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { mailOutbox } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { enqueueMail } from "../../../app/modules/notifications/outbox.server";
import {
  claimDueMail,
  deliverDueMail,
  MAX_ATTEMPTS,
  RETRY_DELAYS_MS,
  STALE_SENDING_MS,
  startMailSender,
  type MailMessage,
  type MailTransport,
} from "../../../app/modules/notifications/sender.server";
import { engine, useTestDatabase } from "../../support/database";

useTestDatabase();

class FakeTransport implements MailTransport {
  sent: MailMessage[] = [];
  constructor(private readonly failFor: (m: MailMessage) => string | null = () => null) {}
  async sendMail(message: MailMessage) {
    const failure = this.failFor(message);
    if (failure) throw new Error(failure);
    this.sent.push(message);
    return { messageId: String(this.sent.length) };
  }
}

async function enqueue(n: number, prefix = "dest") {
  for (let i = 0; i < n; i++) {
    await enqueueMail({ to: `${prefix}${i}@example.org`, subject: `Oggetto ${i}`, text: `Testo ${i}`, category: "test" });
  }
}

const byAddress = async (to: string) => (await db().select().from(mailOutbox).where(eq(mailOutbox.toAddress, to)))[0];

beforeEach(async () => {
  await db().delete(mailOutbox);
});

describe(`mail sender (${engine})`, () => {
  it("delivers due mail once and marks it sent", async () => {
    await enqueue(3);
    const transport = new FakeTransport();
    const now = new Date(Date.now() + 1000);
    expect(await deliverDueMail(transport, now)).toEqual({ recovered: 0, sent: 3, retrying: 0, failed: 0 });
    expect(transport.sent.map((m) => m.to).sort()).toEqual(["dest0@example.org", "dest1@example.org", "dest2@example.org"]);
    expect(transport.sent[0].from).toContain("Portale Tutori");
    expect(transport.sent[0].text).toMatch(/^Testo /);
    const row = await byAddress("dest0@example.org");
    expect(row).toMatchObject({ status: "sent", attempts: 1, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(await deliverDueMail(transport, now)).toEqual({ recovered: 0, sent: 0, retrying: 0, failed: 0 });
    expect(transport.sent).toHaveLength(3);
  });

  it("retries a failure with growing delays and marks it failed after the last attempt", async () => {
    await enqueue(1, "bounce");
    await enqueue(1, "ok");
    const transport = new FakeTransport((m) => (m.to.startsWith("bounce") ? "550 mailbox unavailable" : null));
    let now = new Date(Date.now() + 1000);
    expect(await deliverDueMail(transport, now)).toMatchObject({ sent: 1, retrying: 1, failed: 0 });
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      const row = await byAddress("bounce0@example.org");
      expect(row).toMatchObject({ status: "pending", attempts: attempt, lastError: "550 mailbox unavailable" });
      expect(row.nextAttemptAt.getTime()).toBe(now.getTime() + RETRY_DELAYS_MS[attempt - 1]);
      // Not due a moment before the delay has passed.
      expect(await deliverDueMail(transport, new Date(row.nextAttemptAt.getTime() - 1))).toMatchObject({ retrying: 0, failed: 0 });
      now = row.nextAttemptAt;
      const result = await deliverDueMail(transport, now);
      expect(result).toMatchObject(attempt + 1 === MAX_ATTEMPTS ? { failed: 1, retrying: 0 } : { failed: 0, retrying: 1 });
    }
    expect(await byAddress("bounce0@example.org")).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, sentAt: null });
    expect(await deliverDueMail(transport, new Date(now.getTime() + 48 * 3600_000))).toMatchObject({ retrying: 0, failed: 0 });
  });

  it("claims each row once: a claimed row is not claimed again, concurrent claims do not overlap", async () => {
    await enqueue(10);
    const now = new Date(Date.now() + 1000);
    const [a, b] = await Promise.all([claimDueMail(now, 4), claimDueMail(now, 4)]);
    const ids = [...a, ...b].map((r) => r.id);
    expect(ids).toHaveLength(8);
    expect(new Set(ids).size).toBe(8);
    const rest = await claimDueMail(now, 100);
    expect(rest).toHaveLength(2);
    expect(rest.every((r) => !ids.includes(r.id))).toBe(true);
    expect(await claimDueMail(now, 100)).toHaveLength(0);
    expect((await db().select().from(mailOutbox)).every((r) => r.status === "sending")).toBe(true);
  });

  it.runIf(engine === "postgres")("skips rows another sender holds locked (PostgreSQL)", async () => {
    await enqueue(5);
    const now = new Date(Date.now() + 1000);
    await db().transaction(async (tx) => {
      const held = await tx.select({ id: mailOutbox.id }).from(mailOutbox).limit(3).for("update");
      // Another connection claims meanwhile: it must neither wait for nor take the locked rows.
      const claimed = await claimDueMail(now, 100);
      expect(claimed).toHaveLength(2);
      expect(claimed.some((r) => held.some((h) => h.id === r.id))).toBe(false);
    });
  });

  it("puts rows stuck in 'sending' back to pending after ten minutes", async () => {
    await enqueue(2);
    const claimedAt = new Date(Date.now() + 1000);
    const claimed = await claimDueMail(claimedAt, 1);
    expect(claimed).toHaveLength(1);
    const transport = new FakeTransport();
    // Nine minutes later the claim is still considered live.
    const early = await deliverDueMail(transport, new Date(claimedAt.getTime() + STALE_SENDING_MS - 60_000));
    expect(early).toMatchObject({ recovered: 0, sent: 1 });
    const later = await deliverDueMail(transport, new Date(claimedAt.getTime() + STALE_SENDING_MS + 1000));
    expect(later).toMatchObject({ recovered: 1, sent: 1 });
    expect((await db().select().from(mailOutbox)).every((r) => r.status === "sent")).toBe(true);
  });

  it("starts and stops the background loop (no SMTP configured: nothing is sent)", async () => {
    await enqueue(1);
    const stop = startMailSender({ intervalMs: 10 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await stop();
    expect((await db().select().from(mailOutbox)).map((r) => r.status)).toEqual(["pending"]);
  });
});
