// Appointments of guardians to minors: suggestions, proposal, the guardian's answer, the court
// decree that makes it active, and its end. A minor has at most one active guardian (also a
// partial unique index) and one open proposal; a guardian's caseload cap needs an override reason.
import { and, count, desc, eq, inArray, sql } from "drizzle-orm";
import { appointments, guardianProfiles, minors, userRoles, users } from "../../../db/schema";
import { db, type DbOrTx, type Tx } from "~/db.server";
import { recordAudit } from "~/modules/audit/log.server";
import type { CurrentUser } from "~/modules/auth/user.server";
import { notify } from "~/modules/notifications/notify.server";
import { romeLocalToUtc } from "~/utils/dates";
import { trainingSummaries } from "~/modules/training/record.server";
import { syncRuleDeadlines } from "./deadlines.server";
import { romeToday } from "./minors.server";
import type { CLOSING_REASONS, EndReason } from "./schema";
import { exclusionOf, rankSuggestions, type Candidate, type Exclusion, type Suggestion } from "./suggestions";

type Who = Pick<CurrentUser, "id" | "roles">;

/** Appointments that count towards a guardian's caseload. */
const OPEN_STATUSES = ["proposed", "accepted", "active"] as const;

/** Current caseload (proposed, accepted or active appointments) per guardian, one query. */
export async function caseloads(guardianIds: readonly string[], tx: DbOrTx = db()): Promise<Map<string, number>> {
  const result = new Map<string, number>();
  if (guardianIds.length === 0) return result;
  const rows = await tx
    .select({ guardianId: appointments.guardianId, n: count() })
    .from(appointments)
    .where(and(inArray(appointments.guardianId, [...guardianIds]), inArray(appointments.status, [...OPEN_STATUSES])))
    .groupBy(appointments.guardianId);
  for (const r of rows) result.set(r.guardianId, Number(r.n));
  return result;
}

/** Everyone holding the guardian role in the district, with their profile in the elenco (3 queries). */
export async function candidatesOf(districtCode: string, now = new Date(), tx: DbOrTx = db()): Promise<Candidate[]> {
  const rows = await tx
    .select({
      userId: users.id,
      name: users.name,
      spoken: users.spokenLanguages,
      disabledAt: users.disabledAt,
      state: guardianProfiles.state,
      province: guardianProfiles.province,
      languages: guardianProfiles.languages,
      available: guardianProfiles.available,
      maxMinors: guardianProfiles.maxMinors,
    })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .leftJoin(
      guardianProfiles,
      and(eq(guardianProfiles.userId, users.id), eq(guardianProfiles.districtCode, districtCode)),
    )
    .where(and(eq(userRoles.role, "guardian"), eq(userRoles.districtCode, districtCode)));
  const ids = rows.map((r) => r.userId);
  const [loads, training] = await Promise.all([caseloads(ids, tx), trainingSummaries(ids, now, tx)]);
  return rows.map((r) => ({
    userId: r.userId,
    name: r.name,
    province: r.province ?? null,
    languages: r.languages && r.languages.length > 0 ? r.languages : r.spoken,
    caseload: loads.get(r.userId) ?? 0,
    maxMinors: r.maxMinors ?? 3,
    available: (r.available ?? true) && r.disabledAt === null,
    listed: r.state === "listed",
    mandatoryCompleted: training.get(r.userId)?.mandatoryCompleted ?? false,
    hoursThisYear: training.get(r.userId)?.hoursThisYear ?? 0,
  }));
}

/** Suggested guardians for a minor, best first, each with the reasons it ranks. */
export async function suggestionsFor(
  minor: { districtCode: string; facilityProvince: string | null; languages: string[] },
  now = new Date(),
  limit = 10,
): Promise<Suggestion[]> {
  const candidates = await candidatesOf(minor.districtCode, now);
  return rankSuggestions({ province: minor.facilityProvince, languages: minor.languages }, candidates, limit);
}

export type ProposeError =
  | "minor_not_waiting"
  | "open_proposal"
  | "not_guardian"
  | Exclusion
  | "over_cap";

/**
 * Proposes a guardian for a waiting minor. The guardian must be listed in the elenco, have the
 * mandatory course, be available; over the caseload cap only with an override reason (recorded).
 * The guardian's profile row is locked so two proposals cannot both take the last free place.
 */
export async function proposeGuardian(
  actor: Who,
  minorId: string,
  guardianId: string,
  overrideReason: string | undefined,
  now = new Date(),
): Promise<{ ok: true; id: string } | { ok: false; error: ProposeError }> {
  return db().transaction(async (tx) => {
    const [minor] = await tx.select().from(minors).where(eq(minors.id, minorId)).for("update");
    if (!minor) throw new Error("minor not found");
    if (minor.status !== "waiting") return { ok: false as const, error: "minor_not_waiting" as const };
    const [open] = await tx
      .select({ id: appointments.id })
      .from(appointments)
      .where(and(eq(appointments.minorId, minorId), inArray(appointments.status, [...OPEN_STATUSES])));
    if (open) return { ok: false as const, error: "open_proposal" as const };
    await tx
      .select({ userId: guardianProfiles.userId })
      .from(guardianProfiles)
      .where(and(eq(guardianProfiles.userId, guardianId), eq(guardianProfiles.districtCode, minor.districtCode)))
      .for("update");
    const candidate = (await candidatesOf(minor.districtCode, now, tx)).find((c) => c.userId === guardianId);
    if (!candidate) return { ok: false as const, error: "not_guardian" as const };
    const exclusion = exclusionOf(candidate);
    if (exclusion && exclusion !== "at_capacity") return { ok: false as const, error: exclusion };
    if (exclusion === "at_capacity" && !overrideReason) return { ok: false as const, error: "over_cap" as const };
    const [row] = await tx
      .insert(appointments)
      .values({
        minorId,
        guardianId,
        status: "proposed",
        proposedById: actor.id,
        proposedAt: now,
        overrideReason: exclusion === "at_capacity" ? overrideReason! : null,
      })
      .returning({ id: appointments.id });
    await recordAudit(
      {
        actorId: actor.id,
        action: "appointment.propose",
        entityType: "minor",
        entityId: minorId,
        districtCode: minor.districtCode,
        details: { code: minor.code, guardianId, override: exclusion === "at_capacity" },
      },
      tx,
    );
    await notify(guardianId, "tutele_proposal", { code: minor.code }, { tx, link: "/tutele" });
    return { ok: true as const, id: row.id };
  });
}

async function lockAppointment(tx: Tx, appointmentId: string) {
  const [row] = await tx
    .select({ a: appointments, code: minors.code, districtCode: minors.districtCode, arrivalDate: minors.arrivalDate })
    .from(appointments)
    .innerJoin(minors, eq(minors.id, appointments.minorId))
    .where(eq(appointments.id, appointmentId))
    .for("update");
  return row ?? null;
}

export type ResponseError = "not_found" | "not_pending";

/** The proposed guardian accepts or declines. Anyone else: not_found. */
export async function respondToProposal(
  guardian: Who,
  appointmentId: string,
  accept: boolean,
  reason: string | undefined,
  now = new Date(),
): Promise<{ ok: true } | { ok: false; error: ResponseError }> {
  return db().transaction(async (tx) => {
    const row = await lockAppointment(tx, appointmentId);
    if (!row || row.a.guardianId !== guardian.id) return { ok: false as const, error: "not_found" as const };
    if (row.a.status !== "proposed") return { ok: false as const, error: "not_pending" as const };
    await tx
      .update(appointments)
      .set({ status: accept ? "accepted" : "declined", respondedAt: now, declineReason: accept ? null : (reason ?? null) })
      .where(eq(appointments.id, appointmentId));
    await recordAudit(
      {
        actorId: guardian.id,
        action: accept ? "appointment.accept" : "appointment.decline",
        entityType: "minor",
        entityId: row.a.minorId,
        districtCode: row.districtCode,
        details: { code: row.code },
      },
      tx,
    );
    if (row.a.proposedById) {
      await notify(
        row.a.proposedById,
        accept ? "tutele_accepted" : "tutele_declined",
        { code: row.code, guardian: (await nameOf(tx, guardian.id)) ?? "" },
        { tx, link: `/tutele/${row.code}` },
      );
    }
    return { ok: true as const };
  });
}

async function nameOf(tx: DbOrTx, userId: string): Promise<string | null> {
  const [u] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return u?.name ?? null;
}

export type DecreeError = "not_accepted" | "already_active" | "before_arrival";

/** Records the court's decree: the accepted appointment becomes active, the minor has a guardian. */
export async function recordDecree(
  actor: Who,
  appointmentId: string,
  decreeDate: string,
  now = new Date(),
): Promise<{ ok: true } | { ok: false; error: DecreeError }> {
  return db().transaction(async (tx) => {
    const row = await lockAppointment(tx, appointmentId);
    if (!row) throw new Error("appointment not found");
    if (row.a.status !== "accepted") return { ok: false as const, error: "not_accepted" as const };
    // A decree cannot precede the minor's arrival (and "days from arrival to appointment" would be
    // negative). It may precede the proposal's record: coordinators enter past appointments late.
    if (row.arrivalDate && decreeDate < row.arrivalDate) return { ok: false as const, error: "before_arrival" as const };
    const [other] = await tx
      .select({ id: appointments.id })
      .from(appointments)
      .where(and(eq(appointments.minorId, row.a.minorId), eq(appointments.status, "active")));
    if (other) return { ok: false as const, error: "already_active" as const };
    await tx
      .update(appointments)
      .set({ status: "active", decreeDate, activatedAt: now })
      .where(eq(appointments.id, appointmentId));
    await tx.update(minors).set({ status: "with_guardian", updatedAt: now }).where(eq(minors.id, row.a.minorId));
    await recordAudit(
      {
        actorId: actor.id,
        action: "appointment.activate",
        entityType: "minor",
        entityId: row.a.minorId,
        districtCode: row.districtCode,
        details: { code: row.code, decreeDate },
      },
      tx,
    );
    await syncRuleDeadlines(tx, row.a.minorId, romeToday(now));
    await notify(row.a.guardianId, "tutele_active", { code: row.code }, { tx, link: `/tutele/${row.code}` });
    return { ok: true as const };
  });
}

/** Reasons after which the minor needs no guardian any more; after the others they wait for a new one. */
const ENDS_GUARDIANSHIP: ReadonlySet<EndReason> = new Set([
  "eighteenth_birthday",
  "prosieguo_ended",
  "transfer",
  "left_untraceable",
  "repatriation",
]);

/**
 * Ends an active appointment, or withdraws a proposal not yet active. `expected` is what the caller
 * saw: checked under the row lock, so a decree recorded meanwhile in another tab is not ended by a
 * "withdraw" (nor a proposal withdrawn by an "end").
 */
export async function endAppointment(
  actor: Who,
  appointmentId: string,
  endReason: EndReason,
  endedOn: string,
  now = new Date(),
  expected: "active" | "pending" | "any" = "any",
): Promise<{ ok: true } | { ok: false; error: "not_open" | "before_decree" }> {
  // The day it ended (the court's or the facts'), at noon in Rome.
  const endedAt = romeLocalToUtc(endedOn, "12:00") ?? now;
  return db().transaction(async (tx) => {
    const row = await lockAppointment(tx, appointmentId);
    if (!row) throw new Error("appointment not found");
    const { status } = row.a;
    if (status !== "active" && status !== "proposed" && status !== "accepted") return { ok: false as const, error: "not_open" as const };
    if ((expected === "active" && status !== "active") || (expected === "pending" && status === "active"))
      return { ok: false as const, error: "not_open" as const };
    if (status === "active" && row.a.decreeDate && endedOn < row.a.decreeDate) return { ok: false as const, error: "before_decree" as const };
    if (status === "active") {
      await tx.update(appointments).set({ status: "ended", endedAt, endReason }).where(eq(appointments.id, appointmentId));
      await tx
        .update(minors)
        .set({ status: ENDS_GUARDIANSHIP.has(endReason) ? "ended" : "waiting", updatedAt: now })
        .where(eq(minors.id, row.a.minorId));
      await syncRuleDeadlines(tx, row.a.minorId, romeToday(now));
    } else {
      await tx.update(appointments).set({ status: "withdrawn", endedAt, endReason }).where(eq(appointments.id, appointmentId));
    }
    await recordAudit(
      {
        actorId: actor.id,
        action: status === "active" ? "appointment.end" : "appointment.withdraw",
        entityType: "minor",
        entityId: row.a.minorId,
        districtCode: row.districtCode,
        details: { code: row.code, endReason, endedOn },
      },
      tx,
    );
    return { ok: true as const };
  });
}

/** A minor's appointments, newest first, with the guardian's and proposer's names (one query). */
export async function appointmentHistory(minorId: string, tx: DbOrTx = db()) {
  return tx
    .select({
      id: appointments.id,
      status: appointments.status,
      guardianId: appointments.guardianId,
      guardianName: users.name,
      proposedAt: appointments.proposedAt,
      respondedAt: appointments.respondedAt,
      declineReason: appointments.declineReason,
      decreeDate: appointments.decreeDate,
      endedAt: appointments.endedAt,
      endReason: appointments.endReason,
      overrideReason: appointments.overrideReason,
    })
    .from(appointments)
    .innerJoin(users, eq(users.id, appointments.guardianId))
    .where(eq(appointments.minorId, minorId))
    .orderBy(desc(appointments.proposedAt), sql`${appointments.id}`);
}

export type CloseError = "not_waiting" | "open_proposal";

/**
 * Closes the record of a minor still waiting for a guardian who no longer needs one (turned 18,
 * moved to another district, left or untraceable, repatriated): status ended, rule deadlines
 * dropped, the reason and date in the audit log. Refused while a proposal is open.
 */
export async function closeWaitingMinor(
  actor: Who,
  minorId: string,
  endReason: (typeof CLOSING_REASONS)[number],
  endedOn: string,
  now = new Date(),
): Promise<{ ok: true } | { ok: false; error: CloseError }> {
  return db().transaction(async (tx) => {
    const [m] = await tx.select().from(minors).where(eq(minors.id, minorId)).for("update");
    if (!m) throw new Error("minor not found");
    if (m.status !== "waiting") return { ok: false as const, error: "not_waiting" as const };
    const [open] = await tx
      .select({ id: appointments.id })
      .from(appointments)
      .where(and(eq(appointments.minorId, minorId), inArray(appointments.status, ["proposed", "accepted", "active"])));
    if (open) return { ok: false as const, error: "open_proposal" as const };
    await tx.update(minors).set({ status: "ended", updatedAt: now }).where(eq(minors.id, minorId));
    await syncRuleDeadlines(tx, minorId, romeToday(now));
    await recordAudit(
      {
        actorId: actor.id,
        action: "minor.close",
        entityType: "minor",
        entityId: minorId,
        districtCode: m.districtCode,
        details: { code: m.code, endReason, endedOn },
      },
      tx,
    );
    return { ok: true as const };
  });
}
