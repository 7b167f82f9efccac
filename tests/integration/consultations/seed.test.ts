// The demo seed of Consulenze legali (and of the minors it links to) keeps its promises: a
// lived-in desk in both districts, coherent rows, the FAQ searchable, and no internal note or
// minor's name anywhere it must not be.
import { createHash } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  appointments,
  consultationAttachments,
  consultationMessages,
  consultationNotes,
  consultationTemplates,
  consultations,
  faqEntries,
  mailOutbox,
  minors,
  notifications,
  users,
} from "../../../db/schema";
import { seedDemo } from "../../../db/seed";
import { db } from "../../../app/db.server";
import { detectType } from "../../../app/modules/consultations/attachments.server";
import { queue } from "../../../app/modules/consultations/desk.server";
import { searchPublishedFaq } from "../../../app/modules/consultations/faq.server";
import { myMinors } from "../../../app/modules/consultations/requests.server";
import { queueQuerySchema } from "../../../app/modules/consultations/schema";
import { autoCloseAnswered, sendWaitingReminders } from "../../../app/modules/consultations/workflow.server";
import { useTestDatabase } from "../../support/database";

useTestDatabase();

const HOUR = 3600 * 1000;

async function userId(email: string): Promise<string> {
  const [row] = await db().select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`no demo user ${email}`);
  return row.id;
}

beforeAll(async () => {
  await seedDemo(db());
}, 300_000);

describe("demo seed: minors and appointments", () => {
  it("gives the demo guardians their minors, those in care aged 15–17, and leaves Milano minors waiting", async () => {
    const milano = await myMinors(await userId("tutore.milano@example.org"));
    const brescia = await myMinors(await userId("tutore.brescia@example.org"));
    expect(milano.map((m) => m.code)).toEqual(["MI-2026-0001", "MI-2026-0002"]);
    expect(brescia.map((m) => m.code)).toEqual(["BS-2026-0001", "BS-2026-0008"]);
    const waiting = await db().select().from(minors).where(and(eq(minors.districtCode, "MI"), eq(minors.status, "waiting")));
    expect(waiting.length).toBeGreaterThanOrEqual(2);
    const all = await db().select().from(minors);
    const today = new Date();
    // Ended guardianships include one that ended at the 18th birthday.
    for (const m of all.filter((m) => m.status !== "ended")) {
      const birth = new Date(`${m.birthDate}T12:00:00Z`);
      const age = (today.getTime() - birth.getTime()) / (365.25 * 24 * HOUR);
      expect(age, m.code).toBeGreaterThanOrEqual(15);
      expect(age, m.code).toBeLessThan(18);
    }
    // Every minor with a guardian has exactly one active appointment, and the caseload cap holds.
    const active = await db().select().from(appointments).where(eq(appointments.status, "active"));
    expect(active).toHaveLength(all.filter((m) => m.status === "with_guardian").length);
    const perGuardian = new Map<string, number>();
    for (const a of active) perGuardian.set(a.guardianId, (perGuardian.get(a.guardianId) ?? 0) + 1);
    expect(Math.max(...perGuardian.values())).toBeLessThanOrEqual(3);
  });
});

describe("demo seed: consultations", () => {
  it("gives the Milano demo guardian requests in at least 4 statuses, one linked to her minor", async () => {
    const guardianId = await userId("tutore.milano@example.org");
    const mine = await db().select().from(consultations).where(eq(consultations.guardianId, guardianId));
    expect(new Set(mine.map((r) => r.status)).size).toBeGreaterThanOrEqual(4);
    const myMinorIds = (await myMinors(guardianId)).map((m) => m.id);
    expect(mine.some((r) => r.minorId !== null && myMinorIds.includes(r.minorId))).toBe(true);
    // The new urgent one with a hearing date and a PDF attached to the request.
    const urgent = mine.find((r) => r.status === "new" && r.urgent);
    expect(urgent?.deadlineDate).toBeTruthy();
    const files = await db().select().from(consultationAttachments).where(eq(consultationAttachments.consultationId, urgent!.id));
    expect(files.map((f) => f.contentType)).toContain("application/pdf");
    // One answered and not yet rated (she can rate it), one closed and rated 5.
    expect(mine.some((r) => r.status === "answered" && r.ratingScore === null)).toBe(true);
    expect(mine.some((r) => r.status === "closed" && r.ratingScore === 5 && r.ratingComment)).toBe(true);
    // One waiting for her, with the clock paused.
    expect(mine.some((r) => r.status === "waiting_guardian" && r.pausedAt && r.waitingSince && r.dueAt)).toBe(true);
  });

  it("fills both districts' overdue and due-within-24-hours lists", async () => {
    const now = new Date();
    for (const [district, email] of [
      ["MI", "consulente.milano@example.org"],
      ["BS", "consulente.brescia@example.org"],
    ] as const) {
      const consultant = { id: await userId(email), roles: [{ role: "legal_consultant" as const, districtCode: district }] };
      const overdue = await queue(consultant, queueQuerySchema.parse({ list: "overdue" }), now);
      const soon = await queue(consultant, queueQuerySchema.parse({ list: "due24h" }), now);
      expect(overdue.total, `${district} overdue`).toBeGreaterThanOrEqual(1);
      expect(soon.total, `${district} due within 24 hours`).toBeGreaterThanOrEqual(1);
      expect(overdue.rows.every((r) => r.districtCode === district && r.dueAt! <= now)).toBe(true);
      expect(soon.rows.every((r) => r.dueAt! > now && r.dueAt!.getTime() <= now.getTime() + 24 * HOUR)).toBe(true);
    }
  });

  it("keeps every request coherent with its status and its service level", async () => {
    const rows = await db().select().from(consultations);
    expect(rows.length).toBeGreaterThanOrEqual(25);
    for (const r of rows) {
      const label = `n. ${r.number} (${r.status})`;
      if (r.status === "closed") expect(r.closedAt, label).not.toBeNull();
      if (r.status === "closed" || r.status === "answered") expect(r.dueAt, label).toBeNull();
      if (r.status === "answered") expect(r.answeredAt && r.firstResponseAt, label).toBeTruthy();
      if (r.status === "waiting_guardian") expect(r.waitingSince, label).not.toBeNull();
      if (r.status !== "waiting_guardian") expect(r.pausedAt, label).toBeNull();
      if (r.status !== "new") expect(r.assigneeId, label).not.toBeNull();
      if (r.ratingScore !== null) expect(r.firstResponseAt, label).not.toBeNull();
      expect(r.lastActivityAt.getTime()).toBeGreaterThanOrEqual(r.createdAt.getTime());
    }
    // For the reports: replies on time and late, ratings across the scale, a year of history.
    const replies = await db().select().from(consultationMessages).where(eq(consultationMessages.authorRole, "consultant"));
    expect(replies.some((m) => m.onTime === true)).toBe(true);
    expect(replies.some((m) => m.onTime === false)).toBe(true);
    expect(replies.every((m) => (m.dueAt === null) === (m.onTime === null))).toBe(true);
    expect(new Set(rows.map((r) => r.ratingScore).filter((s) => s !== null))).toEqual(new Set([1, 2, 3, 4, 5]));
    const oldest = Math.min(...rows.map((r) => r.createdAt.getTime()));
    expect(Date.now() - oldest).toBeGreaterThan(300 * 24 * HOUR);
    // As the hourly maintenance would find it: nothing to close, nobody to remind.
    expect(await autoCloseAnswered()).toBe(0);
    expect(await sendWaitingReminders()).toBe(0);
  });

  it("stores valid attachments whose type and checksum match their bytes", async () => {
    const files = await db().select().from(consultationAttachments);
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(new Set(files.map((f) => f.contentType))).toEqual(new Set(["application/pdf", "image/png"]));
    for (const f of files) {
      const data = new Uint8Array(f.data);
      expect(detectType(data), f.filename).toBe(f.contentType);
      expect(f.size).toBe(data.byteLength);
      expect(createHash("sha256").update(data).digest("hex")).toBe(f.sha256);
    }
  });

  it("has three answer templates per district", async () => {
    const templates = await db().select().from(consultationTemplates);
    expect(templates.filter((t) => t.districtCode === "MI")).toHaveLength(3);
    expect(templates.filter((t) => t.districtCode === "BS")).toHaveLength(3);
  });

  it("publishes at least 8 FAQ entries, searchable, one prompted by an answered request", async () => {
    const entries = await db().select().from(faqEntries);
    const published = entries.filter((e) => e.status === "published");
    expect(published.length).toBeGreaterThanOrEqual(8);
    expect(entries.filter((e) => e.status === "draft")).toHaveLength(1);
    expect(entries.filter((e) => e.status === "in_review")).toHaveLength(1);
    expect(published.every((e) => e.reviewerId && e.authorId && e.reviewerId !== e.authorId && e.publishedAt)).toBe(true);
    const sourced = published.filter((e) => e.sourceConsultationId);
    expect(sourced).toHaveLength(1);
    const [source] = await db().select().from(consultations).where(eq(consultations.id, sourced[0].sourceConsultationId!));
    expect(source.firstResponseAt).not.toBeNull();
    expect((await searchPublishedFaq("permessi", { mode: "all" })).length).toBeGreaterThanOrEqual(1);
  });

  it("never lets an internal note reach a notification or an e-mail", async () => {
    const notes = await db().select().from(consultationNotes);
    expect(notes.length).toBeGreaterThanOrEqual(3);
    const inbox = await db().select().from(notifications);
    const mails = await db().select().from(mailOutbox);
    const seededNotes = inbox.filter((n) => n.kind.startsWith("consultation_"));
    expect(seededNotes.length).toBeGreaterThan(0);
    expect(seededNotes.every((n) => n.digestedAt !== null)).toBe(true);
    for (const note of notes) {
      // A distinctive stretch of the note: its first 40 characters.
      const text = note.bodyMd.slice(0, 40);
      for (const n of inbox) expect(JSON.stringify(n.payload)).not.toContain(text);
      for (const m of mails) expect(`${m.subject}\n${m.textBody}`).not.toContain(text);
    }
  });

  it("never names a minor in a request or a message", async () => {
    const all = await db().select({ firstName: minors.firstName, lastName: minors.lastName }).from(minors);
    const names = [...new Set(all.flatMap((m) => [m.firstName, m.lastName]))];
    const requests = await db().select({ subject: consultations.subject, description: consultations.descriptionMd }).from(consultations);
    const messages = await db().select({ body: consultationMessages.bodyMd }).from(consultationMessages);
    const texts = [...requests.flatMap((r) => [r.subject, r.description]), ...messages.map((m) => m.body)];
    for (const name of names) {
      const word = new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "iu");
      for (const text of texts) expect(word.test(text), `${name} in «${text.slice(0, 60)}…»`).toBe(false);
    }
    // Requests refer to minors by code instead.
    const linked = await db()
      .select({ code: minors.code, description: consultations.descriptionMd })
      .from(consultations)
      .innerJoin(minors, eq(minors.id, consultations.minorId))
      .where(inArray(consultations.status, ["new", "in_charge", "waiting_guardian", "answered", "closed"]));
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.every((r) => r.description.includes(r.code))).toBe(true);
  });
});
