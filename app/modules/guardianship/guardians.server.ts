// The guardians' list (elenco) of a district as the coordinators keep it: each person's state,
// availability and cap, province and languages, internal notes, and the history of changes.
// Listing a person requires the mandatory course, or an override with a reason.
import { and, eq, inArray } from "drizzle-orm";
import { appointments, guardianProfiles, guardianStateHistory, minors } from "../../../db/schema";
import { db, type Tx } from "~/db.server";
import { recordAudit } from "~/modules/audit/log.server";
import type { CurrentUser } from "~/modules/auth/user.server";
import { trainingSummaries } from "~/modules/training/record.server";
import type { GuardianProfileInput, StateChangeInput } from "./schema";

type Who = Pick<CurrentUser, "id" | "roles">;

/** The profile row, created with defaults the first time a coordinator touches it. */
async function ensureProfile(tx: Tx, userId: string, districtCode: string) {
  await tx.insert(guardianProfiles).values({ userId, districtCode }).onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(guardianProfiles)
    .where(and(eq(guardianProfiles.userId, userId), eq(guardianProfiles.districtCode, districtCode)))
    .for("update");
  return row;
}

/** Changes a person's state in the elenco; listing without the mandatory course needs an override reason. */
export async function setGuardianState(
  actor: Who,
  userId: string,
  districtCode: string,
  input: StateChangeInput,
  now = new Date(),
): Promise<{ ok: true } | { ok: false; field: "overrideReason"; error: "tutele.error.mandatoryOverride" }> {
  return db().transaction(async (tx) => {
    const before = await ensureProfile(tx, userId, districtCode);
    let override: string | null = null;
    if (input.state === "listed" && before.state !== "listed") {
      const summary = (await trainingSummaries([userId], now, tx)).get(userId);
      if (!summary?.mandatoryCompleted) {
        if (!input.overrideReason) return { ok: false as const, field: "overrideReason" as const, error: "tutele.error.mandatoryOverride" as const };
        override = input.overrideReason;
      }
    }
    const listedSince =
      input.state === "listed" ? (input.listedSince ?? before.listedSince) : input.state === "suspended" ? before.listedSince : null;
    await tx
      .update(guardianProfiles)
      .set({
        state: input.state,
        listedSince,
        stateReason: input.state === "suspended" || input.state === "removed" ? input.reason! : null,
        listingOverrideReason: input.state === "listed" ? (override ?? (before.state === "listed" ? before.listingOverrideReason : null)) : before.listingOverrideReason,
        stateChangedAt: now,
        updatedAt: now,
      })
      .where(and(eq(guardianProfiles.userId, userId), eq(guardianProfiles.districtCode, districtCode)));
    await tx.insert(guardianStateHistory).values({
      userId,
      districtCode,
      state: input.state,
      reason: input.reason ?? null,
      overrideReason: override,
      changedById: actor.id,
      changedAt: now,
    });
    // Someone no longer listed cannot be appointed: their open proposals in this district are
    // withdrawn with the change (the minors wait again and appear with suggestions).
    if (input.state !== "listed") {
      const withdrawn = await tx
        .update(appointments)
        .set({ status: "withdrawn", endedAt: now, endReason: "other" })
        .where(
          and(
            eq(appointments.guardianId, userId),
            inArray(appointments.status, ["proposed", "accepted"]),
            inArray(appointments.minorId, tx.select({ id: minors.id }).from(minors).where(eq(minors.districtCode, districtCode))),
          ),
        )
        .returning({ minorId: appointments.minorId });
      if (withdrawn.length > 0) {
        const codes = await tx
          .select({ id: minors.id, code: minors.code })
          .from(minors)
          .where(inArray(minors.id, withdrawn.map((w) => w.minorId)));
        for (const m of codes) {
          await recordAudit(
            { actorId: actor.id, action: "appointment.withdraw", entityType: "minor", entityId: m.id, districtCode, details: { code: m.code, because: "guardian.state" } },
            tx,
          );
        }
      }
    }
    await recordAudit(
      {
        actorId: actor.id,
        action: "guardian.state",
        entityType: "user",
        entityId: userId,
        districtCode,
        details: { from: before.state, to: input.state, override: override !== null },
      },
      tx,
    );
    return { ok: true as const };
  });
}

/** Availability, cap (with its reason when not the default), province, languages, notes. */
export async function updateGuardianProfile(
  actor: Who,
  userId: string,
  districtCode: string,
  input: GuardianProfileInput,
  now = new Date(),
): Promise<void> {
  await db().transaction(async (tx) => {
    await ensureProfile(tx, userId, districtCode);
    await tx
      .update(guardianProfiles)
      .set({
        available: input.available,
        maxMinors: input.maxMinors,
        maxMinorsReason: input.maxMinors === 3 ? null : (input.maxMinorsReason ?? null),
        province: input.province ?? null,
        languages: input.languages,
        notes: input.notes,
        updatedAt: now,
      })
      .where(and(eq(guardianProfiles.userId, userId), eq(guardianProfiles.districtCode, districtCode)));
    await recordAudit(
      { actorId: actor.id, action: "guardian.profile", entityType: "user", entityId: userId, districtCode },
      tx,
    );
  });
}
