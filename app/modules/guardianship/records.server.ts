// One minor's working record beside the registry data: deadlines (marked done, added and deleted by
// hand), flags (raised, removed with a reason, never deleted) and each user's private diary. The
// caller has already checked, with readMinor, that the user sees the minor and as whom.
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { appointments, districts, minorDeadlines, minorFlags, minorNotes, users } from "../../../db/schema";
import { db, type Tx } from "~/db.server";
import { recordAudit } from "~/modules/audit/log.server";
import type { CurrentUser } from "~/modules/auth/user.server";
import { deadlineState, type DeadlineKind, type DeadlineState } from "./deadlines";
import type { MinorRecord } from "./minors.server";

type Who = Pick<CurrentUser, "id" | "roles">;
type Minor = Pick<MinorRecord, "id" | "code" | "districtCode">;

export interface DeadlineRow {
  id: string;
  kind: DeadlineKind;
  title: string | null;
  dueDate: string;
  remindDaysBefore: number[];
  state: DeadlineState;
  doneAt: Date | null;
  doneByName: string | null;
  /** The user may delete it: a manual deadline they entered themselves. */
  deletable: boolean;
}

export interface FlagRow {
  id: string;
  reason: string;
  addressBy: string | null;
  overdue: boolean;
  raisedByName: string | null;
  raisedAt: Date;
  removedAt: Date | null;
  removedByName: string | null;
  removalReason: string | null;
}

/** Everything the minor's page shows besides the record itself, as seen by `userId`. */
export async function minorWorkspace(minor: Minor, userId: string, today: string) {
  const doneBy = alias(users, "done_by");
  const raisedBy = alias(users, "raised_by");
  const removedBy = alias(users, "removed_by");
  const [deadlineRows, flagRows, notes] = await Promise.all([
    db()
      .select({ d: minorDeadlines, doneByName: doneBy.name })
      .from(minorDeadlines)
      .leftJoin(doneBy, eq(doneBy.id, minorDeadlines.doneById))
      .where(eq(minorDeadlines.minorId, minor.id))
      .orderBy(asc(minorDeadlines.dueDate), asc(minorDeadlines.kind), asc(minorDeadlines.createdAt)),
    db()
      .select({ f: minorFlags, raisedByName: raisedBy.name, removedByName: removedBy.name })
      .from(minorFlags)
      .leftJoin(raisedBy, eq(raisedBy.id, minorFlags.raisedById))
      .leftJoin(removedBy, eq(removedBy.id, minorFlags.removedById))
      .where(eq(minorFlags.minorId, minor.id))
      .orderBy(desc(minorFlags.raisedAt)),
    db()
      .select({ id: minorNotes.id, body: minorNotes.body, createdAt: minorNotes.createdAt })
      .from(minorNotes)
      .where(and(eq(minorNotes.minorId, minor.id), eq(minorNotes.authorId, userId)))
      .orderBy(desc(minorNotes.createdAt), desc(minorNotes.id)),
  ]);
  const toRow = ({ d, doneByName }: (typeof deadlineRows)[number]): DeadlineRow => ({
    id: d.id,
    kind: d.kind,
    title: d.title,
    dueDate: d.dueDate,
    remindDaysBefore: [...d.remindDaysBefore].sort((a, b) => b - a),
    state: deadlineState(d.dueDate, d.doneAt !== null, today),
    doneAt: d.doneAt,
    doneByName,
    deletable: d.kind === "manual" && d.createdById === userId,
  });
  // Open ones first by due date, then the done ones (most recently due first).
  const open = deadlineRows.filter((r) => r.d.doneAt === null).map(toRow);
  const done = deadlineRows
    .filter((r) => r.d.doneAt !== null)
    .map(toRow)
    .reverse();

  const flags: FlagRow[] = flagRows.map(({ f, raisedByName, removedByName }) => ({
    id: f.id,
    reason: f.reason,
    addressBy: f.addressBy,
    overdue: f.removedAt === null && f.addressBy !== null && f.addressBy < today,
    raisedByName,
    raisedAt: f.raisedAt,
    removedAt: f.removedAt,
    removedByName,
    removalReason: f.removalReason,
  }));
  // Open flags: the ones to address first on top.
  const openFlags = flags
    .filter((f) => f.removedAt === null)
    .sort((a, b) => (a.addressBy ?? "9999").localeCompare(b.addressBy ?? "9999"));
  const removedFlags = flags.filter((f) => f.removedAt !== null).sort((a, b) => +b.removedAt! - +a.removedAt!);

  return { deadlines: [...open, ...done], openFlags, removedFlags, notes };
}

/** The district's name and the current appointment (guardian's name and decree date). */
export async function minorContext(minor: Minor) {
  // One statement: the district, and the active appointment if there is one (at most one).
  const [row] = await db()
    .select({
      districtName: districts.name,
      guardianId: appointments.guardianId,
      guardianName: users.name,
      decreeDate: appointments.decreeDate,
    })
    .from(districts)
    .leftJoin(appointments, and(eq(appointments.minorId, minor.id), eq(appointments.status, "active")))
    .leftJoin(users, eq(users.id, appointments.guardianId))
    .where(eq(districts.code, minor.districtCode));
  const appointment =
    row?.guardianId && row.guardianName !== null
      ? { guardianId: row.guardianId, guardianName: row.guardianName, decreeDate: row.decreeDate }
      : null;
  return { districtName: row?.districtName ?? minor.districtCode, appointment };
}

function audit(tx: Tx, actor: Who, minor: Minor, action: string, details: Record<string, string | number | boolean | null> = {}) {
  return recordAudit(
    { actorId: actor.id, action, entityType: "minor", entityId: minor.id, districtCode: minor.districtCode, details: { code: minor.code, ...details } },
    tx,
  );
}

/** Locks and returns one of the minor's deadlines; null when the id belongs to no deadline of this minor. */
async function deadlineOf(tx: Tx, minor: Minor, deadlineId: string) {
  const [row] = await tx
    .select()
    .from(minorDeadlines)
    .where(and(eq(minorDeadlines.id, deadlineId), eq(minorDeadlines.minorId, minor.id)))
    .for("update");
  return row ?? null;
}

export type RecordOutcome = { ok: true } | { ok: false; error: "not_found" | "forbidden" | "unchanged" };

/** Marks an open deadline done (who and when recorded); done again is a no-op reported as unchanged. */
export async function markDeadlineDone(actor: Who, minor: Minor, deadlineId: string, now = new Date()): Promise<RecordOutcome> {
  return db().transaction(async (tx) => {
    const d = await deadlineOf(tx, minor, deadlineId);
    if (!d) return { ok: false as const, error: "not_found" as const };
    if (d.doneAt !== null) return { ok: false as const, error: "unchanged" as const };
    await tx.update(minorDeadlines).set({ doneAt: now, doneById: actor.id }).where(eq(minorDeadlines.id, d.id));
    await audit(tx, actor, minor, "deadline.done", { kind: d.kind });
    return { ok: true as const };
  });
}

/** Undoes "done" on a deadline marked by mistake. */
export async function reopenDeadline(actor: Who, minor: Minor, deadlineId: string): Promise<RecordOutcome> {
  return db().transaction(async (tx) => {
    const d = await deadlineOf(tx, minor, deadlineId);
    if (!d) return { ok: false as const, error: "not_found" as const };
    if (d.doneAt === null) return { ok: false as const, error: "unchanged" as const };
    await tx.update(minorDeadlines).set({ doneAt: null, doneById: null }).where(eq(minorDeadlines.id, d.id));
    await audit(tx, actor, minor, "deadline.reopen", { kind: d.kind });
    return { ok: true as const };
  });
}

/** Adds a deadline by hand; reminders go out that many days before (none when not given). */
export async function addManualDeadline(
  actor: Who,
  minor: Minor,
  input: { title: string; dueDate: string; remindDaysBefore?: number },
  now = new Date(),
): Promise<{ ok: true; id: string }> {
  return db().transaction(async (tx) => {
    const [row] = await tx
      .insert(minorDeadlines)
      .values({
        minorId: minor.id,
        kind: "manual",
        title: input.title,
        dueDate: input.dueDate,
        remindDaysBefore: input.remindDaysBefore === undefined ? [] : [input.remindDaysBefore],
        createdById: actor.id,
        createdAt: now,
      })
      .returning({ id: minorDeadlines.id });
    // The title may name people or places: the audit keeps only that a deadline was added.
    await audit(tx, actor, minor, "deadline.add", { kind: "manual" });
    return { ok: true as const, id: row.id };
  });
}

/** Deletes a manual deadline its author entered; rule deadlines and others' entries are not theirs to delete. */
export async function deleteManualDeadline(actor: Who, minor: Minor, deadlineId: string): Promise<RecordOutcome> {
  return db().transaction(async (tx) => {
    const d = await deadlineOf(tx, minor, deadlineId);
    if (!d) return { ok: false as const, error: "not_found" as const };
    if (d.kind !== "manual" || d.createdById !== actor.id) return { ok: false as const, error: "forbidden" as const };
    await tx.delete(minorDeadlines).where(eq(minorDeadlines.id, d.id));
    await audit(tx, actor, minor, "deadline.delete", { kind: "manual" });
    return { ok: true as const };
  });
}

export async function addFlag(actor: Who, minor: Minor, input: { reason: string; addressBy?: string }, now = new Date()) {
  return db().transaction(async (tx) => {
    const [row] = await tx
      .insert(minorFlags)
      .values({ minorId: minor.id, reason: input.reason, addressBy: input.addressBy ?? null, raisedById: actor.id, raisedAt: now })
      .returning({ id: minorFlags.id });
    await audit(tx, actor, minor, "flag.add", { flagId: row.id });
    return { ok: true as const, id: row.id };
  });
}

/** Removes an open flag with a reason; the flag stays as history. */
export async function removeFlag(actor: Who, minor: Minor, flagId: string, removalReason: string, now = new Date()): Promise<RecordOutcome> {
  return db().transaction(async (tx) => {
    const [f] = await tx
      .select()
      .from(minorFlags)
      .where(and(eq(minorFlags.id, flagId), eq(minorFlags.minorId, minor.id)))
      .for("update");
    if (!f) return { ok: false as const, error: "not_found" as const };
    if (f.removedAt !== null) return { ok: false as const, error: "unchanged" as const };
    await tx
      .update(minorFlags)
      .set({ removedAt: now, removedById: actor.id, removalReason })
      .where(and(eq(minorFlags.id, f.id), isNull(minorFlags.removedAt)));
    await audit(tx, actor, minor, "flag.remove", { flagId: f.id });
    return { ok: true as const };
  });
}

/** Adds a note to the author's private diary on this minor; the audit records the fact, never the text. */
export async function addNote(actor: Who, minor: Minor, body: string, now = new Date()) {
  return db().transaction(async (tx) => {
    const [row] = await tx.insert(minorNotes).values({ minorId: minor.id, authorId: actor.id, body, createdAt: now }).returning({ id: minorNotes.id });
    await audit(tx, actor, minor, "note.add");
    return { ok: true as const, id: row.id };
  });
}
