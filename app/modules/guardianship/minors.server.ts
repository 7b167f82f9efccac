// Minors' records: registration with a generated pseudonymous code, corrections, and reading one
// record (every read by a coordinator or the guardian is written to the audit log).
import { and, eq, like, sql } from "drizzle-orm";
import { appointments, districts, minorCodeCounters, minors } from "../../../db/schema";
import { db, type DbOrTx, type Tx } from "~/db.server";
import { recordAudit } from "~/modules/audit/log.server";
import type { CurrentUser } from "~/modules/auth/user.server";
import { utcToRomeLocal } from "~/utils/dates";
import { minorViewer, type MinorViewer } from "./policy.server";
import type { MinorInput } from "./schema";
import { syncRuleDeadlines } from "./deadlines.server";

type Who = Pick<CurrentUser, "id" | "roles">;

export const romeToday = (now: Date) => utcToRomeLocal(now).date;

/**
 * The next code of a district for a year: MI-2026-0001, … The counter row is locked by the upsert,
 * so two coordinators registering at once get different codes; it starts after any code already
 * present (minors registered before the counter existed).
 */
export async function nextMinorCode(tx: Tx, districtCode: string, year: number): Promise<string> {
  const prefix = `${districtCode}-${year}-`;
  const [existing] = await tx
    .select({ max: sql<number>`coalesce(max(substring(${minors.code} from ${sql.raw(String(prefix.length + 1))})::int), 0)`.mapWith(Number) })
    .from(minors)
    .where(like(minors.code, `${prefix}%`));
  const floor = existing?.max ?? 0;
  const [row] = await tx
    .insert(minorCodeCounters)
    .values({ districtCode, year, last: floor + 1 })
    .onConflictDoUpdate({
      target: [minorCodeCounters.districtCode, minorCodeCounters.year],
      set: { last: sql`greatest(${minorCodeCounters.last}, ${floor}) + 1` },
    })
    .returning({ last: minorCodeCounters.last });
  return `${prefix}${String(row.last).padStart(4, "0")}`;
}

export type MinorFieldError = { field: "facilityProvince"; error: "tutele.error.provinceOutside" };

async function checkProvince(tx: DbOrTx, districtCode: string, province: string | undefined): Promise<MinorFieldError | null> {
  if (!province) return null;
  const [d] = await tx.select({ provinces: districts.provinces }).from(districts).where(eq(districts.code, districtCode));
  return d && d.provinces.includes(province) ? null : { field: "facilityProvince", error: "tutele.error.provinceOutside" };
}

function columnsOf(input: MinorInput) {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    birthDate: input.birthDate ?? null,
    estimatedAge: input.birthDate ? null : (input.estimatedAge ?? null),
    sex: input.sex ?? null,
    nationality: input.nationality ?? null,
    languages: input.languages,
    arrivalDate: input.arrivalDate ?? null,
    facilityName: input.facilityName ?? null,
    facilityMunicipality: input.facilityMunicipality ?? null,
    facilityProvince: input.facilityProvince ?? null,
    courtFileNumber: input.courtFileNumber ?? null,
    permitExpiry: input.permitExpiry ?? null,
    specialNeeds: input.specialNeeds,
  };
}

/** Registers a minor of the district (status: waiting for a guardian). */
export async function createMinor(
  actor: Who,
  districtCode: string,
  input: MinorInput,
  now = new Date(),
): Promise<{ ok: true; id: string; code: string } | { ok: false; error: MinorFieldError }> {
  return db().transaction(async (tx) => {
    const bad = await checkProvince(tx, districtCode, input.facilityProvince);
    if (bad) return { ok: false as const, error: bad };
    const year = Number(romeToday(now).slice(0, 4));
    const code = await nextMinorCode(tx, districtCode, year);
    const [row] = await tx
      .insert(minors)
      .values({ districtCode, code, ...columnsOf(input), status: "waiting", createdById: actor.id, createdAt: now, updatedAt: now })
      .returning({ id: minors.id });
    await recordAudit(
      { actorId: actor.id, action: "minor.create", entityType: "minor", entityId: row.id, districtCode, details: { code } },
      tx,
    );
    await syncRuleDeadlines(tx, row.id, romeToday(now));
    return { ok: true as const, id: row.id, code };
  });
}

/** Corrects a minor's record; the audit entry names the fields changed (not their values). */
export async function updateMinor(
  actor: Who,
  minorId: string,
  input: MinorInput,
  now = new Date(),
): Promise<{ ok: true } | { ok: false; error: MinorFieldError }> {
  return db().transaction(async (tx) => {
    const [before] = await tx.select().from(minors).where(eq(minors.id, minorId)).for("update");
    if (!before) throw new Error("minor not found");
    const bad = await checkProvince(tx, before.districtCode, input.facilityProvince);
    if (bad) return { ok: false as const, error: bad };
    const next = columnsOf(input);
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
      (k) => JSON.stringify(before[k]) !== JSON.stringify(next[k]),
    );
    if (changed.length === 0) return { ok: true as const };
    await tx.update(minors).set({ ...next, updatedAt: now }).where(eq(minors.id, minorId));
    await recordAudit(
      {
        actorId: actor.id,
        action: "minor.update",
        entityType: "minor",
        entityId: minorId,
        districtCode: before.districtCode,
        details: { code: before.code, fields: changed.join(",") },
      },
      tx,
    );
    await syncRuleDeadlines(tx, minorId, romeToday(now));
    return { ok: true as const };
  });
}

export type MinorRecord = typeof minors.$inferSelect;

/** The active guardian of a minor, if any. */
export async function activeAppointmentOf(minorId: string, tx: DbOrTx = db()) {
  const [row] = await tx
    .select()
    .from(appointments)
    .where(and(eq(appointments.minorId, minorId), eq(appointments.status, "active")));
  return row ?? null;
}

/**
 * Loads a minor by code for a viewer and writes the read to the audit log; null when the user
 * may not see it (the route answers 404 — the same as for a code that does not exist).
 */
export async function readMinor(
  user: Who,
  code: string,
  options: { audit?: boolean } = {},
): Promise<{ minor: MinorRecord; viewer: MinorViewer; activeGuardianId: string | null } | null> {
  if (!/^[A-Z]{2}-\d{4}-\d{4,}$/.test(code)) return null;
  const [row] = await db()
    .select({ minor: minors, activeGuardianId: appointments.guardianId })
    .from(minors)
    .leftJoin(appointments, and(eq(appointments.minorId, minors.id), eq(appointments.status, "active")))
    .where(eq(minors.code, code));
  if (!row) return null;
  const viewer = minorViewer(user, row.minor, row.activeGuardianId);
  if (!viewer) return null;
  if (options.audit !== false) {
    await recordAudit({
      actorId: user.id,
      action: "minor.read",
      entityType: "minor",
      entityId: row.minor.id,
      districtCode: row.minor.districtCode,
      details: { code: row.minor.code, as: viewer },
    });
  }
  return { minor: row.minor, viewer, activeGuardianId: row.activeGuardianId };
}
