// The Tutele demo seed keeps its promises: every demo account finds Tutele in use — tutore.milano
// with minors, deadlines, a proposal to answer, a diary and flags; waiting minors in both districts;
// a varied elenco; coherent appointments and codes — and a minor's name never leaves the minors table.
import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  appointments,
  auditLog,
  guardianProfiles,
  guardianStateHistory,
  mailOutbox,
  minorCodeCounters,
  minorDeadlines,
  minorFlags,
  minorNotes,
  minors,
  notifications,
  users,
} from "../../../db/schema";
import { seedDemo } from "../../../db/seed";
import { SEED_MINORS } from "../../../db/seeds/guardianship";
import { db } from "../../../app/db.server";
import { candidatesOf, suggestionsFor } from "../../../app/modules/guardianship/appointments.server";
import { openDeadlinesOf } from "../../../app/modules/guardianship/deadlines.server";
import { addYears, daysBetween } from "../../../app/modules/guardianship/deadlines";
import { exclusionOf, TRAINING_HOURS_PER_YEAR } from "../../../app/modules/guardianship/suggestions";
import { trainingSummaries } from "../../../app/modules/training/record.server";
import { utcToRomeLocal } from "../../../app/utils/dates";
import { useTestDatabase } from "../../support/database";

useTestDatabase();

const GM = "tutore.milano@example.org";
const GB = "tutore.brescia@example.org";

let now: Date;
let today: string;

async function userId(email: string): Promise<string> {
  const [row] = await db().select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`no demo user ${email}`);
  return row.id;
}

/** The minors with an active appointment of this guardian. */
async function activeMinorsOf(guardianId: string) {
  return db()
    .select({ id: minors.id, code: minors.code, birthDate: minors.birthDate, districtCode: minors.districtCode })
    .from(appointments)
    .innerJoin(minors, eq(minors.id, appointments.minorId))
    .where(and(eq(appointments.guardianId, guardianId), eq(appointments.status, "active")));
}

beforeAll(async () => {
  await seedDemo(db());
  now = new Date();
  today = utcToRomeLocal(now).date;
}, 300_000);

describe("Tutele demo seed: the Milano demo guardian", () => {
  it("gives tutore.milano two or three minors, each with open deadlines, one turning 18 within 90 days", async () => {
    const mine = await activeMinorsOf(await userId(GM));
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(mine.length).toBeLessThanOrEqual(3);
    expect(mine.map((m) => m.code)).toEqual(expect.arrayContaining(["MI-2026-0001", "MI-2026-0002"]));
    const open = await openDeadlinesOf(mine.map((m) => m.id));
    for (const m of mine) expect(open.filter((d) => d.minorId === m.id).length, m.code).toBeGreaterThan(0);
    const soon = mine.filter((m) => m.birthDate && daysBetween(today, addYears(m.birthDate, 18)) <= 90);
    expect(soon).toHaveLength(1);
    // Its 18th birthday is on the list, coming soon.
    const birthday = open.find((d) => d.minorId === soon[0].id && d.kind === "eighteenth_birthday");
    expect(daysBetween(today, birthday!.dueDate)).toBeGreaterThan(0);
    expect(daysBetween(today, birthday!.dueDate)).toBeLessThanOrEqual(90);
  });

  it("has one pending proposal for tutore.milano, notified to her and not mailed again", async () => {
    const guardianId = await userId(GM);
    const pending = await db()
      .select({ code: minors.code, status: minors.status })
      .from(appointments)
      .innerJoin(minors, eq(minors.id, appointments.minorId))
      .where(and(eq(appointments.guardianId, guardianId), eq(appointments.status, "proposed")));
    expect(pending).toHaveLength(1);
    expect(pending[0].status).toBe("waiting");
    const notes = await db()
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, guardianId), eq(notifications.kind, "tutele_proposal")));
    expect(notes).toHaveLength(1);
    expect(notes[0].payload).toEqual({ code: pending[0].code });
    expect(notes[0].readAt).toBeNull();
    const mails = await db().select().from(mailOutbox).where(and(eq(mailOutbox.userId, guardianId), eq(mailOutbox.status, "pending")));
    expect(mails).toHaveLength(0);
  });

  it("gives her a manual deadline, a done one, two diary notes, an open flag with a date and a removed one", async () => {
    const guardianId = await userId(GM);
    const ids = (await activeMinorsOf(guardianId)).map((m) => m.id);
    const deadlines = await db().select().from(minorDeadlines).where(inArray(minorDeadlines.minorId, ids));
    expect(deadlines.some((d) => d.kind === "manual" && d.doneAt === null && d.title && d.dueDate > today)).toBe(true);
    expect(deadlines.filter((d) => d.doneAt !== null).length).toBeGreaterThanOrEqual(1);
    expect(deadlines.filter((d) => d.doneAt !== null).every((d) => d.doneAt! <= now && d.doneById === guardianId)).toBe(true);
    const notes = await db().select().from(minorNotes).where(eq(minorNotes.authorId, guardianId));
    expect(notes).toHaveLength(2);
    const flags = await db().select().from(minorFlags).where(inArray(minorFlags.minorId, ids));
    expect(flags.some((f) => f.removedAt === null && f.addressBy !== null && f.addressBy >= today)).toBe(true);
    expect(flags.some((f) => f.removedAt !== null && f.removalReason)).toBe(true);
  });

  it("stays eligible for a new Milano minor, so the demo can propose her", async () => {
    const guardianId = await userId(GM);
    const me = (await candidatesOf("MI", now)).find((c) => c.userId === guardianId);
    expect(me).toBeDefined();
    expect(exclusionOf(me!)).toBeNull();
  });
});

describe("Tutele demo seed: the Brescia demo guardian", () => {
  it("gives tutore.brescia one or two minors with open deadlines, among them a permit expiry", async () => {
    const mine = await activeMinorsOf(await userId(GB));
    expect(mine.length).toBeGreaterThanOrEqual(1);
    expect(mine.length).toBeLessThanOrEqual(2);
    const open = await openDeadlinesOf(mine.map((m) => m.id));
    for (const m of mine) expect(open.filter((d) => d.minorId === m.id).length, m.code).toBeGreaterThan(0);
    expect(open.some((d) => d.kind === "permit_expiry")).toBe(true);
    expect(open.some((d) => d.kind === "manual")).toBe(true);
  });
});

describe("Tutele demo seed: minors and appointments", () => {
  it("leaves minors waiting in both districts, some for days and some for more than 60 days", async () => {
    for (const district of ["MI", "BS"] as const) {
      const waiting = await db().select().from(minors).where(and(eq(minors.districtCode, district), eq(minors.status, "waiting")));
      expect(waiting.length, district).toBeGreaterThanOrEqual(3);
      const days = waiting.map((m) => daysBetween(m.arrivalDate!, today));
      expect(Math.min(...days), district).toBeLessThanOrEqual(7);
      expect(Math.max(...days), district).toBeGreaterThanOrEqual(60);
    }
    const counts = await db().select({ district: minors.districtCode }).from(minors);
    expect(counts.filter((c) => c.district === "MI").length).toBeGreaterThanOrEqual(10);
    expect(counts.filter((c) => c.district === "BS").length).toBeGreaterThanOrEqual(7);
  });

  it("keeps appointments coherent: one active guardian at most, every active one with its decree", async () => {
    const all = await db().select().from(minors);
    const rows = await db().select().from(appointments);
    const active = rows.filter((a) => a.status === "active");
    const perMinor = new Map<string, number>();
    for (const a of active) perMinor.set(a.minorId, (perMinor.get(a.minorId) ?? 0) + 1);
    expect(Math.max(...perMinor.values())).toBe(1);
    expect(active.every((a) => a.decreeDate !== null && a.activatedAt !== null && a.decreeDate <= today)).toBe(true);
    for (const m of all) {
      const has = perMinor.has(m.id);
      expect(has, m.code).toBe(m.status === "with_guardian");
    }
    // Ended guardianships keep their story: decree, end and reason.
    const ended = all.filter((m) => m.status === "ended");
    const endReasons = rows.filter((a) => a.status === "ended").map((a) => a.endReason);
    expect(ended.length).toBeGreaterThanOrEqual(3);
    expect(endReasons).toEqual(expect.arrayContaining(["eighteenth_birthday", "transfer", "repatriation"]));
    expect(rows.filter((a) => a.status === "ended").every((a) => a.decreeDate && a.endedAt && a.endedAt <= now)).toBe(true);
    // Declined (with a reason) and withdrawn proposals, and one accepted waiting for the decree.
    expect(rows.some((a) => a.status === "declined" && a.declineReason && a.respondedAt)).toBe(true);
    expect(rows.some((a) => a.status === "withdrawn" && a.endedAt && a.endReason)).toBe(true);
    expect(rows.some((a) => a.status === "accepted" && a.decreeDate === null)).toBe(true);
    // Appointment dates spread over several months, for the arrival → appointment chart.
    const months = new Set(rows.filter((a) => a.decreeDate).map((a) => a.decreeDate!.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(6);
    // Nobody is appointed before arriving, nor proposed before being registered.
    for (const a of rows) {
      const m = all.find((x) => x.id === a.minorId)!;
      if (a.decreeDate) expect(a.decreeDate > m.arrivalDate!, m.code).toBe(true);
      expect(a.proposedAt.getTime(), m.code).toBeGreaterThan(m.createdAt.getTime());
    }
    const arrivals = all.map((m) => daysBetween(m.arrivalDate!, today));
    expect(Math.max(...arrivals)).toBeLessThanOrEqual(14 * 31);
  });

  it("syncs rule deadlines for every minor still in care, none for ended ones, and a permit expiry on a few", async () => {
    const all = await db().select().from(minors);
    const open = await openDeadlinesOf(all.map((m) => m.id));
    for (const m of all) {
      const mine = open.filter((d) => d.minorId === m.id && d.kind !== "manual");
      if (m.status === "ended") expect(mine, m.code).toHaveLength(0);
      else expect(mine.some((d) => d.kind === "eighteenth_birthday"), m.code).toBe(true);
    }
    expect(open.filter((d) => d.kind === "permit_expiry").length).toBeGreaterThanOrEqual(3);
  });

  it("gives unique codes and keeps the code counters at or above the highest sequence", async () => {
    const all = await db().select({ code: minors.code, district: minors.districtCode }).from(minors);
    expect(new Set(all.map((m) => m.code)).size).toBe(all.length);
    expect(all.map((m) => m.code).sort()).toEqual(SEED_MINORS.map((m) => m.code).sort());
    const counters = await db().select().from(minorCodeCounters);
    for (const m of all) {
      const [district, year, seq] = m.code.split("-");
      expect(district).toBe(m.district);
      const counter = counters.find((c) => c.districtCode === district && c.year === Number(year));
      expect(counter?.last, m.code).toBeGreaterThanOrEqual(Number(seq));
    }
  });

  it("has open flags in both districts, at least one overdue", async () => {
    const open = await db()
      .select({ district: minors.districtCode, addressBy: minorFlags.addressBy })
      .from(minorFlags)
      .innerJoin(minors, eq(minors.id, minorFlags.minorId))
      .where(isNull(minorFlags.removedAt));
    expect(open.filter((f) => f.district === "MI").length).toBeGreaterThanOrEqual(2);
    expect(open.filter((f) => f.district === "BS").length).toBeGreaterThanOrEqual(2);
    expect(open.some((f) => f.addressBy !== null && f.addressBy < today)).toBe(true);
  });
});

describe("Tutele demo seed: the elenco", () => {
  it("has guardians in every state, with reasons, histories, languages and caps", async () => {
    const profiles = await db().select().from(guardianProfiles);
    for (const district of ["MI", "BS"]) {
      const states = new Set(profiles.filter((p) => p.districtCode === district).map((p) => p.state));
      expect(states.has("listed"), district).toBe(true);
      expect(states.has("removed"), district).toBe(true);
    }
    expect(new Set(profiles.map((p) => p.state))).toEqual(new Set(["candidate", "listed", "suspended", "removed"]));
    expect(profiles.length).toBeGreaterThanOrEqual(10);
    expect(profiles.filter((p) => p.state === "suspended" || p.state === "removed").every((p) => p.stateReason)).toBe(true);
    expect(profiles.some((p) => p.maxMinors !== 3 && p.maxMinorsReason)).toBe(true);
    expect(profiles.some((p) => !p.available)).toBe(true);
    expect(new Set(profiles.map((p) => p.listedSince).filter(Boolean)).size).toBeGreaterThanOrEqual(5);
    const languages = new Set(profiles.flatMap((p) => p.languages));
    for (const code of ["ar", "en", "fr", "ti", "bn", "sq"]) expect(languages.has(code), code).toBe(true);
    const history = await db().select().from(guardianStateHistory);
    for (const p of profiles) {
      const mine = history.filter((h) => h.userId === p.userId && h.districtCode === p.districtCode);
      expect(mine.length).toBeGreaterThanOrEqual(1);
      // The history ends in the current state.
      expect(mine.sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime()).at(-1)!.state).toBe(p.state);
    }
  });

  it("spreads caseloads from 0 to 3 with one guardian at the cap, and a listed guardian behind with training", async () => {
    for (const district of ["MI", "BS"] as const) {
      const candidates = await candidatesOf(district, now);
      const listed = candidates.filter((c) => c.listed);
      expect(listed.some((c) => c.caseload === 0), district).toBe(true);
      expect(listed.every((c) => c.caseload <= Math.max(3, c.maxMinors)), district).toBe(true);
      expect(listed.some((c) => c.mandatoryCompleted), district).toBe(true);
    }
    const milano = await candidatesOf("MI", now);
    expect(milano.some((c) => c.caseload === 3)).toBe(true);
    expect(milano.some((c) => c.listed && c.caseload >= c.maxMinors)).toBe(true);
    const listedIds = (await db().select().from(guardianProfiles).where(eq(guardianProfiles.state, "listed"))).map((p) => p.userId);
    const summaries = await trainingSummaries(listedIds, now);
    expect([...summaries.values()].some((s) => !s.mandatoryCompleted || s.hoursThisYear < TRAINING_HOURS_PER_YEAR)).toBe(true);
    // Listed without the mandatory course only with an override reason.
    const overridden = await db().select().from(guardianProfiles).where(isNotNull(guardianProfiles.listingOverrideReason));
    expect(overridden.length).toBeGreaterThanOrEqual(1);
    for (const p of (await db().select().from(guardianProfiles).where(eq(guardianProfiles.state, "listed")))) {
      if (!summaries.get(p.userId)?.mandatoryCompleted) expect(p.listingOverrideReason, p.userId).toBeTruthy();
    }
  });

  it("suggests at least one eligible guardian for a waiting Milano minor", async () => {
    const waiting = await db()
      .select()
      .from(minors)
      .where(and(eq(minors.districtCode, "MI"), eq(minors.status, "waiting")));
    const openProposals = await db()
      .select({ minorId: appointments.minorId })
      .from(appointments)
      .where(inArray(appointments.status, ["proposed", "accepted"]));
    const free = waiting.filter((m) => !openProposals.some((a) => a.minorId === m.id));
    expect(free.length).toBeGreaterThanOrEqual(1);
    for (const m of free) {
      const suggestions = await suggestionsFor(m, now);
      expect(suggestions.length, m.code).toBeGreaterThanOrEqual(1);
      expect(suggestions[0].reasons.length).toBeGreaterThan(0);
    }
  });
});

describe("Tutele demo seed: privacy", () => {
  it("never writes a minor's name outside the minors table", async () => {
    const all = await db().select({ firstName: minors.firstName, lastName: minors.lastName }).from(minors);
    const names = [...new Set(all.flatMap((m) => [m.firstName, ...m.lastName.split(" ")]))].filter((n) => n.length > 2);
    const flags = await db().select({ reason: minorFlags.reason, removal: minorFlags.removalReason }).from(minorFlags);
    const deadlines = await db().select({ title: minorDeadlines.title }).from(minorDeadlines);
    const notes = await db().select({ body: minorNotes.body }).from(minorNotes);
    const audit = await db().select({ details: auditLog.details }).from(auditLog).where(eq(auditLog.entityType, "minor"));
    const inbox = await db().select({ payload: notifications.payload }).from(notifications);
    const appts = await db().select({ decline: appointments.declineReason }).from(appointments);
    const texts = [
      ...flags.flatMap((f) => [f.reason, f.removal ?? ""]),
      ...deadlines.map((d) => d.title ?? ""),
      ...notes.map((n) => n.body),
      ...audit.map((a) => JSON.stringify(a.details)),
      ...inbox.map((n) => JSON.stringify(n.payload)),
      ...appts.map((a) => a.decline ?? ""),
    ];
    expect(audit.length).toBeGreaterThan(0);
    for (const name of names) {
      const word = new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "iu");
      for (const text of texts) expect(word.test(text), `${name} in «${text.slice(0, 60)}»`).toBe(false);
    }
  });
});
