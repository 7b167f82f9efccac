// The Tutele core on a real database: codes, the refusals the coordinators must get (second active
// guardian, also at the database level; over the cap; listing without the mandatory course; a birth
// date in the future), the appointment's path to active with its deadlines, and the audit of reads.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { appointments, auditLog, enrolments, minorDeadlines, minors, notifications } from "../../../db/schema";
import { db } from "../../../app/db.server";
import {
  endAppointment,
  proposeGuardian,
  recordDecree,
  respondToProposal,
  suggestionsFor,
} from "../../../app/modules/guardianship/appointments.server";
import { sendDeadlineReminders } from "../../../app/modules/guardianship/deadlines.server";
import { waitingMinors } from "../../../app/modules/guardianship/stats.server";
import { setGuardianState, updateGuardianProfile } from "../../../app/modules/guardianship/guardians.server";
import { createMinor, readMinor } from "../../../app/modules/guardianship/minors.server";
import { minorSchema, stateChangeSchema, type MinorInput } from "../../../app/modules/guardianship/schema";
import { parseForm } from "../../../app/utils/forms";
import { useTestDatabase } from "../../support/database";
import { member } from "../../fixtures/forum";
import { createCourse } from "../../fixtures/training";

useTestDatabase();

const NOW = new Date("2026-11-24T10:00:00Z");
const TODAY = "2026-11-24";

const minorInput = (over: Partial<MinorInput> = {}): MinorInput => ({
  firstName: "Samir",
  lastName: "Haddad",
  birthDate: "2009-03-15",
  languages: ["ar", "fr"],
  arrivalDate: "2026-09-01",
  facilityName: "Comunità Delta",
  facilityMunicipality: "Monza",
  facilityProvince: "MB",
  specialNeeds: [],
  ...over,
});

let mandatoryCourse: Promise<{ id: string }> | undefined;

async function setup() {
  const course = await (mandatoryCourse ??= createCourse({ mandatory: true, status: "published" }));
  const coordinator = await member({ roles: [["coordinator", "MI"]] });
  const guardian = await member({ name: "Anna Tutrice", roles: [["guardian", "MI"]] });
  await db().insert(enrolments).values({ userId: guardian.id, courseId: course.id, completedAt: NOW });
  expect(await setGuardianState(coordinator, guardian.id, "MI", { state: "listed", listedSince: "2026-01-10" }, NOW)).toEqual({ ok: true });
  await updateGuardianProfile(coordinator, guardian.id, "MI", { available: true, maxMinors: 3, province: "MB", languages: ["ar"], notes: "" }, NOW);
  return { course, coordinator, guardian };
}

async function appoint(coordinator: Awaited<ReturnType<typeof member>>, guardianId: string, minorId: string) {
  const proposed = await proposeGuardian(coordinator, minorId, guardianId, undefined, NOW);
  if (!proposed.ok) throw new Error(proposed.error);
  return proposed.id;
}

describe("minors' records", () => {
  it("generates consecutive codes per district and year, after any code already there", async () => {
    const coordinator = await member({ roles: [["coordinator", "MI"]] });
    await db().insert(minors).values({ districtCode: "MI", code: "MI-2026-0007", firstName: "X", lastName: "Y", birthDate: "2010-01-01" });
    const a = await createMinor(coordinator, "MI", minorInput(), NOW);
    const b = await createMinor(coordinator, "MI", minorInput({ firstName: "Omar" }), NOW);
    const c = await createMinor(coordinator, "BS", minorInput({ facilityProvince: "BG" }), NOW);
    expect([a.ok && a.code, b.ok && b.code, c.ok && c.code]).toEqual(["MI-2026-0008", "MI-2026-0009", "BS-2026-0001"]);
  });

  it("refuses a date of birth in the future and a province outside the district, keeping the input", async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ firstName: "Samir", lastName: "Haddad", birthDate: "2027-01-01", languages: "ar, FR" })) form.set(k, v);
    const parsed = parseForm(minorSchema(TODAY), form);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.errors.birthDate).toBe("tutele.error.birthDateFuture");
      expect(parsed.values.firstName).toBe("Samir");
    }
    const coordinator = await member({ roles: [["coordinator", "MI"]] });
    const result = await createMinor(coordinator, "MI", minorInput({ facilityProvince: "BS" }), NOW);
    expect(result).toEqual({ ok: false, error: { field: "facilityProvince", error: "tutele.error.provinceOutside" } });
    expect(await db().select().from(minors).where(eq(minors.facilityProvince, "BS"))).toHaveLength(0);
  });

  it("shows a minor only to the district's coordinators and the active guardian, and audits every read", async () => {
    const { coordinator, guardian } = await setup();
    const created = await createMinor(coordinator, "MI", minorInput(), NOW);
    if (!created.ok) throw new Error("not created");
    const other = await member({ roles: [["guardian", "MI"]] });
    const brescia = await member({ roles: [["coordinator", "BS"]] });
    const admin = await member({ roles: [["admin", null]] });
    expect((await readMinor(coordinator, created.code))?.viewer).toBe("coordinator");
    expect(await readMinor(guardian, created.code)).toBeNull(); // not yet appointed
    for (const u of [other, brescia, admin]) expect(await readMinor(u, created.code)).toBeNull();

    const id = await appoint(coordinator, guardian.id, created.id);
    expect(await readMinor(guardian, created.code)).toBeNull(); // proposed only: the code, no record
    await respondToProposal(guardian, id, true, undefined, NOW);
    // Arrived on 1 September: a decree dated before that is refused.
    expect(await recordDecree(coordinator, id, "2026-08-31", NOW)).toEqual({ ok: false, error: "before_arrival" });
    expect(await recordDecree(coordinator, id, "2026-11-20", NOW)).toEqual({ ok: true });
    expect((await readMinor(guardian, created.code))?.viewer).toBe("guardian");

    const reads = await db().select().from(auditLog).where(and(eq(auditLog.action, "minor.read"), eq(auditLog.entityId, created.id)));
    expect(reads.map((r) => r.actorId).sort()).toEqual([coordinator.id, guardian.id].sort());
    expect(reads.every((r) => r.districtCode === "MI")).toBe(true);
  });
});

describe("guardians' list", () => {
  it("refuses to list a person without the mandatory course unless there is a reason", async () => {
    await (mandatoryCourse ??= createCourse({ mandatory: true, status: "published" }));
    const coordinator = await member({ roles: [["coordinator", "MI"]] });
    const person = await member({ roles: [["guardian", "MI"]] });
    const schema = stateChangeSchema(TODAY);
    const input = schema.parse({ state: "listed", listedSince: "2026-11-01" });
    expect(await setGuardianState(coordinator, person.id, "MI", input, NOW)).toEqual({
      ok: false,
      field: "overrideReason",
      error: "tutele.error.mandatoryOverride",
    });
    const forced = schema.parse({ state: "listed", listedSince: "2026-11-01", overrideReason: "Corso equivalente svolto in Piemonte" });
    expect(await setGuardianState(coordinator, person.id, "MI", forced, NOW)).toEqual({ ok: true });
    expect(schema.safeParse({ state: "suspended" }).success).toBe(false); // a suspension needs a reason
  });
});

describe("appointments", () => {
  it("suggests listed, trained guardians with the reasons, proposes, activates on the decree and creates the deadlines", async () => {
    const { coordinator, guardian } = await setup();
    const unlisted = await member({ roles: [["guardian", "MI"]] });
    const created = await createMinor(coordinator, "MI", minorInput(), NOW);
    if (!created.ok) throw new Error("not created");
    const [minor] = await db().select().from(minors).where(eq(minors.id, created.id));
    const suggestions = await suggestionsFor(minor, NOW);
    // Guardians set up by earlier tests of this file are listed too; this one shares province and language.
    expect(suggestions[0].candidate.userId).toBe(guardian.id);
    expect(suggestions.some((s) => s.candidate.userId === unlisted.id)).toBe(false);
    expect(suggestions[0].reasons).toEqual(expect.arrayContaining(["same_province", "shared_language", "free_capacity"]));
    expect(await proposeGuardian(coordinator, created.id, unlisted.id, undefined, NOW)).toEqual({ ok: false, error: "not_listed" });

    const id = await appoint(coordinator, guardian.id, created.id);
    expect((await db().select().from(notifications).where(eq(notifications.userId, guardian.id))).map((n) => n.kind)).toContain("tutele_proposal");
    expect(await recordDecree(coordinator, id, "2026-11-20", NOW)).toEqual({ ok: false, error: "not_accepted" });
    expect(await respondToProposal(coordinator, id, true, undefined, NOW)).toEqual({ ok: false, error: "not_found" });
    await respondToProposal(guardian, id, true, undefined, NOW);
    // Arrived on 1 September: a decree dated before that is refused.
    expect(await recordDecree(coordinator, id, "2026-08-31", NOW)).toEqual({ ok: false, error: "before_arrival" });
    expect(await recordDecree(coordinator, id, "2026-11-20", NOW)).toEqual({ ok: true });
    const [after] = await db().select().from(minors).where(eq(minors.id, created.id));
    expect(after.status).toBe("with_guardian");
    const deadlines = await db().select().from(minorDeadlines).where(eq(minorDeadlines.minorId, created.id));
    expect(deadlines.map((d) => [d.kind, d.dueDate]).sort()).toEqual(
      [
        ["eighteenth_birthday", "2027-03-15"],
        ["permit_conversion", "2027-05-14"],
        ["plan_review", "2027-05-20"],
        ["prosieguo_request", "2026-12-15"],
      ].sort(),
    );
  });

  it("withdraws a guardian's open proposals when they are suspended, and the minor can be proposed again", async () => {
    const { coordinator, guardian } = await setup();
    const created = await createMinor(coordinator, "MI", minorInput(), NOW);
    if (!created.ok) throw new Error("not created");
    const id = await appoint(coordinator, guardian.id, created.id);
    await respondToProposal(guardian, id, true, undefined, NOW);
    expect(await setGuardianState(coordinator, guardian.id, "MI", { state: "suspended", reason: "Trasferimento all'estero" }, NOW)).toEqual({ ok: true });
    const [after] = await db().select().from(appointments).where(eq(appointments.id, id));
    expect(after.status).toBe("withdrawn");
    expect(await recordDecree(coordinator, id, "2026-11-20", NOW)).toEqual({ ok: false, error: "not_accepted" });
    const audit = await db().select().from(auditLog).where(and(eq(auditLog.action, "appointment.withdraw"), eq(auditLog.entityId, created.id)));
    expect(audit).toHaveLength(1);
    expect(await proposeGuardian(coordinator, created.id, guardian.id, undefined, NOW)).toEqual({ ok: false, error: "not_listed" });
  });

  it("refuses a second active guardian, in the portal and in the database", async () => {
    const { coordinator, guardian } = await setup();
    const second = await member({ roles: [["guardian", "MI"]] });
    const created = await createMinor(coordinator, "MI", minorInput(), NOW);
    if (!created.ok) throw new Error("not created");
    const id = await appoint(coordinator, guardian.id, created.id);
    await respondToProposal(guardian, id, true, undefined, NOW);
    await recordDecree(coordinator, id, "2026-11-20", NOW);
    expect(await proposeGuardian(coordinator, created.id, second.id, undefined, NOW)).toEqual({ ok: false, error: "minor_not_waiting" });
    await expect(
      db().insert(appointments).values({ minorId: created.id, guardianId: second.id, status: "active", decreeDate: "2026-11-21" }),
    ).rejects.toThrow();
  });

  it("refuses a guardian over the cap without an override reason, and records the override", async () => {
    const { coordinator, guardian } = await setup();
    await updateGuardianProfile(coordinator, guardian.id, "MI", { available: true, maxMinors: 1, maxMinorsReason: "Lavora su turni", province: "MB", languages: ["ar"], notes: "" }, NOW);
    const first = await createMinor(coordinator, "MI", minorInput(), NOW);
    const second = await createMinor(coordinator, "MI", minorInput({ firstName: "Omar" }), NOW);
    if (!first.ok || !second.ok) throw new Error("not created");
    await appoint(coordinator, guardian.id, first.id);
    expect(await proposeGuardian(coordinator, second.id, guardian.id, undefined, NOW)).toEqual({ ok: false, error: "over_cap" });
    const forced = await proposeGuardian(coordinator, second.id, guardian.id, "Fratelli: stesso tutore", NOW);
    expect(forced.ok).toBe(true);
    const [row] = await db().select().from(appointments).where(eq(appointments.minorId, second.id));
    expect(row.overrideReason).toBe("Fratelli: stesso tutore");
  });

  it("ends a guardianship: the guardian loses the record; reminders go only to an active guardian, once", async () => {
    const { coordinator, guardian } = await setup();
    const created = await createMinor(coordinator, "MI", minorInput(), NOW);
    if (!created.ok) throw new Error("not created");
    const id = await appoint(coordinator, guardian.id, created.id);
    await respondToProposal(guardian, id, true, undefined, NOW);
    await recordDecree(coordinator, id, "2026-11-20", NOW);
    // 2026-12-15 (prosieguo request) minus 30 days.
    const reminderDay = new Date("2026-11-15T08:00:00Z");
    const deadlineNotices = async () =>
      (await db().select().from(notifications).where(and(eq(notifications.userId, guardian.id), eq(notifications.kind, "tutele_deadline")))).length;
    expect(await sendDeadlineReminders(reminderDay)).toBeGreaterThanOrEqual(1); // other minors of this file too
    expect(await deadlineNotices()).toBe(1);
    expect(await sendDeadlineReminders(reminderDay)).toBe(0);
    // Not before the decree; a "withdraw" (pending only) never ends an active guardianship.
    expect(await endAppointment(coordinator, id, "revocation", "2026-11-19", NOW)).toEqual({ ok: false, error: "before_decree" });
    expect(await endAppointment(coordinator, id, "other", TODAY, NOW, "pending")).toEqual({ ok: false, error: "not_open" });
    expect(await endAppointment(coordinator, id, "revocation", TODAY, NOW, "active")).toEqual({ ok: true });
    expect(await readMinor(guardian, created.code)).toBeNull();
    const [after] = await db().select().from(minors).where(eq(minors.id, created.id));
    expect(after.status).toBe("waiting");
    // Waiting again since the revocation, not since the arrival (1 September).
    const waiting = (await waitingMinors("MI", TODAY, null)).rows.find((r) => r.code === created.code);
    expect(waiting?.daysWaiting).toBe(0);
    await sendDeadlineReminders(new Date("2026-12-08T08:00:00Z")); // the 7-day reminder
    expect(await deadlineNotices()).toBe(1);
  });
});
