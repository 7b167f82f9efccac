// Consulenze legali: everything that changes a request. Each change runs in one transaction that
// locks the request row, records an event (who, when) and notifies the people concerned.
// Internal notes are written by addNote alone and never passed to notify() or to the guardian.
import { and, eq, isNotNull, isNull, lte } from "drizzle-orm";
import { consultationEvents, consultationMessages, consultationNotes, consultations } from "../../../db/schema";
import { db, type Tx } from "~/db.server";
import type { MessageKey } from "~/i18n";
import type { CurrentUser } from "~/modules/auth/user.server";
import { notify } from "~/modules/notifications/notify.server";
import { renderMarkdown } from "~/utils/markdown.server";
import type { ValidFile } from "./attachments.server";
import { AUTO_CLOSE_DAYS, type ConsultationStatus } from "./constants";
import { canWorkOn } from "./policy.server";
import { consultationPath, districtConsultants, insertAttachments, type ConsultationRow } from "./requests.server";
import type { CONSULTANT_TARGETS } from "./schema";
import { earliest, followUpDue, resumeDue, waitingReminderDue } from "./sla";

type Who = Pick<CurrentUser, "id" | "roles">;
type Patch = Partial<typeof consultations.$inferInsert>;
export type WorkflowResult = { ok: true } | { ok: false; error: MessageKey; field?: string; status?: 400 | 403 | 404 | 409 };

const DAY = 24 * 3600 * 1000;

/** Which statuses a consultant may move a request to from each status. */
const CONSULTANT_MOVES: Record<ConsultationStatus, readonly ConsultationStatus[]> = {
  new: ["in_charge", "closed"],
  in_charge: ["waiting_guardian", "answered", "closed"],
  waiting_guardian: ["in_charge", "answered", "closed"],
  answered: ["in_charge", "closed"],
  closed: [],
};

export function consultantMayMove(from: ConsultationStatus, to: ConsultationStatus): boolean {
  return CONSULTANT_MOVES[from].includes(to);
}

async function lock(tx: Tx, id: string): Promise<ConsultationRow | undefined> {
  const [row] = await tx.select().from(consultations).where(eq(consultations.id, id)).for("update");
  return row;
}

/** The due date as it stands at `now`, with any pause taken into account. */
function effectiveDue(row: ConsultationRow, now: Date): Date | null {
  if (!row.dueAt) return null;
  return row.pausedAt ? resumeDue(row.dueAt, row.pausedAt, now, row.districtCode) : row.dueAt;
}

/** The fields that change with a status: the service-level clock pauses while waiting for the guardian. */
function statusPatch(row: ConsultationRow, to: ConsultationStatus, now: Date): Patch {
  const patch: Patch = { status: to, updatedAt: now };
  if (row.status === "waiting_guardian" && to !== "waiting_guardian") {
    patch.dueAt = effectiveDue(row, now);
    patch.pausedAt = null;
    patch.waitingSince = null;
  }
  if (to === "waiting_guardian" && row.status !== "waiting_guardian") {
    patch.pausedAt = row.dueAt ? now : null;
    patch.waitingSince = now;
    patch.reminderSentAt = null;
  }
  if (to === "answered") patch.answeredAt = now;
  if (row.status === "answered" && to !== "answered" && to !== "closed") patch.answeredAt = null;
  if (to === "closed") {
    patch.closedAt = now;
    patch.dueAt = null;
    patch.pausedAt = null;
    patch.waitingSince = null;
  }
  return patch;
}

async function event(
  tx: Tx,
  row: ConsultationRow,
  actorId: string | null,
  type: (typeof consultationEvents.$inferInsert)["type"],
  now: Date,
  extra: { from?: ConsultationStatus; to?: ConsultationStatus; details?: Record<string, string | number | boolean | null> } = {},
) {
  await tx.insert(consultationEvents).values({
    consultationId: row.id,
    actorId,
    type,
    fromStatus: extra.from ?? null,
    toStatus: extra.to ?? null,
    details: extra.details ?? {},
    createdAt: now,
  });
}

const payload = (row: ConsultationRow) => ({ number: row.number, subject: row.subject });

async function notifyGuardianOfStatus(tx: Tx, row: ConsultationRow, status: ConsultationStatus) {
  await notify(row.guardianId, "consultation_status", { ...payload(row), status }, { tx, link: consultationPath(row.id) });
}

async function guard(tx: Tx, actor: Who, id: string, as: "guardian" | "consultant"): Promise<ConsultationRow | WorkflowResult> {
  const row = await lock(tx, id);
  if (!row) return { ok: false, error: "error.404.body", status: 404 };
  if (as === "guardian" && row.guardianId !== actor.id) return { ok: false, error: "consultations.error.notGuardian", status: 403 };
  // A consultant who is also the request's guardian never works on it as a consultant.
  if (as === "consultant" && (!canWorkOn(actor, row) || row.guardianId === actor.id)) {
    return { ok: false, error: "consultations.error.notConsultant", status: 403 };
  }
  return row;
}
const isResult = (v: ConsultationRow | WorkflowResult): v is WorkflowResult => "ok" in v;

// ---------------------------------------------------------------------------------------------
// Guardian

/** The guardian writes again: reopens an answered request, resumes a paused clock, starts a follow-up due. */
export async function guardianMessage(actor: Who, id: string, body: string, files: readonly ValidFile[], now = new Date()): Promise<WorkflowResult> {
  return db().transaction(async (tx) => {
    const row = await guard(tx, actor, id, "guardian");
    if (isResult(row)) return row;
    if (row.status === "closed") return { ok: false, error: "consultations.error.closed", status: 409 };
    const [message] = await tx
      .insert(consultationMessages)
      .values({ consultationId: id, authorId: actor.id, authorRole: "guardian", bodyMd: body, bodyHtml: renderMarkdown(body), createdAt: now })
      .returning({ id: consultationMessages.id });
    await insertAttachments(tx, id, message.id, actor.id, files);
    const to: ConsultationStatus = row.status === "waiting_guardian" || row.status === "answered" ? "in_charge" : row.status;
    const patch: Patch = to !== row.status ? statusPatch(row, to, now) : { updatedAt: now };
    const owed = to !== row.status ? (patch.dueAt ?? null) : effectiveDue(row, now);
    patch.dueAt = earliest(owed, followUpDue(now, row.districtCode));
    patch.pausedAt = null;
    patch.lastActivityAt = now;
    await tx.update(consultations).set(patch).where(eq(consultations.id, id));
    await event(tx, row, actor.id, "guardian_message", now, { details: { attachments: files.length } });
    if (row.status === "answered") await event(tx, row, actor.id, "reopened", now, { from: row.status, to });
    else if (to !== row.status) await event(tx, row, actor.id, "status", now, { from: row.status, to });
    // The assignee if they still work at the district's desk, otherwise the whole desk.
    const desk = (await districtConsultants(row.districtCode, tx)).filter((c) => c.id !== row.guardianId);
    const assignee = desk.find((c) => c.id === row.assigneeId);
    const recipients = assignee ? [assignee] : desk;
    for (const r of recipients) await notify(r.id, "consultation_message", payload(row), { tx, link: consultationPath(id) });
    return { ok: true };
  });
}

/** The guardian closes their own request (solved, or no longer needed). */
export async function guardianClose(actor: Who, id: string, now = new Date()): Promise<WorkflowResult> {
  return db().transaction(async (tx) => {
    const row = await guard(tx, actor, id, "guardian");
    if (isResult(row)) return row;
    if (row.status === "closed") return { ok: false, error: "consultations.error.closed", status: 409 };
    await tx.update(consultations).set({ ...statusPatch(row, "closed", now), lastActivityAt: now }).where(eq(consultations.id, id));
    await event(tx, row, actor.id, "status", now, { from: row.status, to: "closed" });
    return { ok: true };
  });
}

/** The guardian rates the answer (1–5 and a comment) once the request has been answered; may change it later. */
export async function rate(actor: Who, id: string, score: number, comment: string | null, now = new Date()): Promise<WorkflowResult> {
  return db().transaction(async (tx) => {
    if (!Number.isInteger(score) || score < 1 || score > 5) return { ok: false, error: "consultations.validation.score", field: "score", status: 400 };
    const row = await guard(tx, actor, id, "guardian");
    if (isResult(row)) return row;
    const answered = row.status === "answered" || (row.status === "closed" && row.firstResponseAt !== null);
    if (!answered) return { ok: false, error: "consultations.error.notAnswered", status: 409 };
    await tx.update(consultations).set({ ratingScore: score, ratingComment: comment, ratedAt: now, updatedAt: now }).where(eq(consultations.id, id));
    await event(tx, row, actor.id, "rated", now, { details: { score } });
    return { ok: true };
  });
}

// ---------------------------------------------------------------------------------------------
// Consultants

/** A consultant takes the request: it becomes theirs and, if new, "taken in charge". */
export async function take(actor: Who, id: string, now = new Date()): Promise<WorkflowResult> {
  return assignTo(actor, id, actor.id, now);
}

export async function assign(actor: Who, id: string, assigneeId: string, now = new Date()): Promise<WorkflowResult> {
  return assignTo(actor, id, assigneeId, now);
}

async function assignTo(actor: Who, id: string, assigneeId: string, now: Date): Promise<WorkflowResult> {
  return db().transaction(async (tx) => {
    const row = await guard(tx, actor, id, "consultant");
    if (isResult(row)) return row;
    if (row.status === "closed") return { ok: false, error: "consultations.error.closed", status: 409 };
    const consultants = await districtConsultants(row.districtCode, tx);
    if (assigneeId === row.guardianId || !consultants.some((c) => c.id === assigneeId)) return { ok: false, error: "consultations.validation.assignee", field: "assigneeId", status: 400 };
    const patch: Patch = row.status === "new" ? statusPatch(row, "in_charge", now) : { updatedAt: now };
    patch.assigneeId = assigneeId;
    patch.lastActivityAt = now;
    await tx.update(consultations).set(patch).where(eq(consultations.id, id));
    await event(tx, row, actor.id, "assigned", now, { details: { assigneeId } });
    if (row.status === "new") {
      await event(tx, row, actor.id, "status", now, { from: "new", to: "in_charge" });
      await notifyGuardianOfStatus(tx, row, "in_charge");
    }
    if (assigneeId !== actor.id) await notify(assigneeId, "consultation_assigned", payload(row), { tx, link: consultationPath(id) });
    return { ok: true };
  });
}

/**
 * A reply visible to the guardian: the only thing that counts as a response for the service
 * level. Records whether it came in time, clears what was owed, and moves the status on.
 */
export async function reply(
  actor: Who,
  id: string,
  body: string,
  nextStatus: (typeof CONSULTANT_TARGETS)[number],
  files: readonly ValidFile[],
  now = new Date(),
): Promise<WorkflowResult> {
  return db().transaction(async (tx) => {
    const row = await guard(tx, actor, id, "consultant");
    if (isResult(row)) return row;
    if (row.status === "closed") return { ok: false, error: "consultations.error.closed", status: 409 };
    const due = effectiveDue(row, now);
    const [message] = await tx
      .insert(consultationMessages)
      .values({
        consultationId: id,
        authorId: actor.id,
        authorRole: "consultant",
        bodyMd: body,
        bodyHtml: renderMarkdown(body),
        dueAt: due,
        onTime: due ? now.getTime() <= due.getTime() : null,
        createdAt: now,
      })
      .returning({ id: consultationMessages.id });
    await insertAttachments(tx, id, message.id, actor.id, files);
    // After a reply nothing is owed; moving to "waiting" then pauses nothing.
    const cleared: ConsultationRow = { ...row, dueAt: null, pausedAt: null };
    const to: ConsultationStatus = nextStatus;
    const patch: Patch = to !== row.status ? statusPatch(cleared, to, now) : { updatedAt: now };
    // A further answer restarts the 14 days before closing, a further question the wait for the guardian.
    if (to === row.status && to === "answered") patch.answeredAt = now;
    if (to === row.status && to === "waiting_guardian") Object.assign(patch, { waitingSince: now, reminderSentAt: null });
    patch.dueAt = null;
    patch.pausedAt = null;
    patch.firstResponseAt = row.firstResponseAt ?? now;
    patch.assigneeId = row.assigneeId ?? actor.id;
    patch.lastActivityAt = now;
    await tx.update(consultations).set(patch).where(eq(consultations.id, id));
    await event(tx, row, actor.id, "reply", now, { details: { onTime: due ? now.getTime() <= due.getTime() : null, attachments: files.length } });
    if (to !== row.status) await event(tx, row, actor.id, "status", now, { from: row.status, to });
    if (!row.assigneeId) await event(tx, row, actor.id, "assigned", now, { details: { assigneeId: actor.id } });
    await notify(row.guardianId, "consultation_reply", { ...payload(row), status: to }, { tx, link: consultationPath(id) });
    return { ok: true };
  });
}

/** An internal note: seen by the district's consultants and admins only. Notifies nobody. */
export async function addNote(actor: Who, id: string, note: string, now = new Date()): Promise<WorkflowResult> {
  return db().transaction(async (tx) => {
    const row = await guard(tx, actor, id, "consultant");
    if (isResult(row)) return row;
    await tx.insert(consultationNotes).values({ consultationId: id, authorId: actor.id, bodyMd: note, bodyHtml: renderMarkdown(note), createdAt: now });
    await event(tx, row, actor.id, "note", now);
    return { ok: true };
  });
}

/** A status change by hand. "Answered" needs a reply first: only a visible reply answers. */
export async function setStatus(actor: Who, id: string, to: ConsultationStatus, now = new Date()): Promise<WorkflowResult> {
  return db().transaction(async (tx) => {
    const row = await guard(tx, actor, id, "consultant");
    if (isResult(row)) return row;
    if (row.status === "closed") return { ok: false, error: "consultations.error.closed", status: 409 };
    if (!consultantMayMove(row.status, to)) return { ok: false, error: "consultations.error.transition", status: 409 };
    if (to === "answered" && (row.firstResponseAt === null || row.dueAt !== null)) {
      return { ok: false, error: "consultations.error.answerFirst", status: 409 };
    }
    const patch = statusPatch(row, to, now);
    patch.lastActivityAt = now;
    if (!row.assigneeId) patch.assigneeId = actor.id;
    await tx.update(consultations).set(patch).where(eq(consultations.id, id));
    await event(tx, row, actor.id, "status", now, { from: row.status, to });
    await notifyGuardianOfStatus(tx, row, to);
    return { ok: true };
  });
}

// ---------------------------------------------------------------------------------------------
// Jobs (run by the hourly maintenance)

/** Closes requests answered 14 days ago or more that the guardian did not reopen. */
export async function autoCloseAnswered(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - AUTO_CLOSE_DAYS * DAY);
  const due = await db()
    .select({ id: consultations.id })
    .from(consultations)
    .where(and(eq(consultations.status, "answered"), lte(consultations.answeredAt, cutoff)));
  let closed = 0;
  for (const { id } of due) {
    const done = await db().transaction(async (tx) => {
      const row = await lock(tx, id);
      if (!row || row.status !== "answered" || !row.answeredAt || row.answeredAt > cutoff) return false;
      await tx.update(consultations).set({ ...statusPatch(row, "closed", now), lastActivityAt: now }).where(eq(consultations.id, id));
      await event(tx, row, null, "auto_closed", now, { from: "answered", to: "closed" });
      await notifyGuardianOfStatus(tx, row, "closed");
      return true;
    });
    if (done) closed++;
  }
  return closed;
}

/** Reminds guardians of requests waiting for their answer for 5 working days (once per wait). */
export async function sendWaitingReminders(now = new Date()): Promise<number> {
  const waiting = await db()
    .select({ id: consultations.id, waitingSince: consultations.waitingSince, districtCode: consultations.districtCode })
    .from(consultations)
    .where(and(eq(consultations.status, "waiting_guardian"), isNotNull(consultations.waitingSince), isNull(consultations.reminderSentAt)));
  let sent = 0;
  for (const candidate of waiting) {
    if (!waitingReminderDue(candidate.waitingSince!, now, candidate.districtCode)) continue;
    const done = await db().transaction(async (tx) => {
      const row = await lock(tx, candidate.id);
      if (!row || row.status !== "waiting_guardian" || row.reminderSentAt || !row.waitingSince) return false;
      await tx.update(consultations).set({ reminderSentAt: now }).where(eq(consultations.id, row.id));
      await event(tx, row, null, "reminder", now);
      await notify(row.guardianId, "consultation_waiting", payload(row), { tx, link: consultationPath(row.id) });
      return true;
    });
    if (done) sent++;
  }
  return sent;
}
