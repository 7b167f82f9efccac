// Consulenze legali: filing a request and reading requests. Reads of a request by anyone but its
// guardian are written to the audit log. Guardian-facing reads never touch consultation_notes.
import { and, asc, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import {
  appointments,
  consultationAttachments,
  consultationEvents,
  consultationMessages,
  consultationNotes,
  consultations,
  minors,
  userRoles,
  users,
} from "../../../db/schema";
import { db, type DbOrTx } from "~/db.server";
import type { MessageKey } from "~/i18n";
import { recordAudit } from "~/modules/audit/log.server";
import type { CurrentUser } from "~/modules/auth/user.server";
import { notify } from "~/modules/notifications/notify.server";
import { renderMarkdown } from "~/utils/markdown.server";
import { notFound } from "~/utils/http.server";
import { romeDate } from "~/utils/working-days";
import type { ValidFile } from "./attachments.server";
import type { ConsultationStatus } from "./constants";
import { guardianDistricts, viewerOf, type Viewer } from "./policy.server";
import type { RequestInput } from "./schema";
import { firstResponseDue } from "./sla";

type Who = Pick<CurrentUser, "id" | "roles">;

export const consultationPath = (id: string) => `/consulenze/${id}`;

/** The minors the guardian is currently appointed to, by code (the only thing a request shows). */
export async function myMinors(guardianId: string, tx: DbOrTx = db()) {
  return tx
    .select({ id: minors.id, code: minors.code, districtCode: minors.districtCode })
    .from(appointments)
    .innerJoin(minors, eq(minors.id, appointments.minorId))
    .where(and(eq(appointments.guardianId, guardianId), eq(appointments.status, "active")))
    .orderBy(asc(minors.code));
}

/** User ids of the legal consultants of a district (active accounts). */
export async function districtConsultants(districtCode: string, tx: DbOrTx = db()) {
  return tx
    .select({ id: users.id, name: users.name })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(eq(userRoles.role, "legal_consultant"), eq(userRoles.districtCode, districtCode), isNull(users.disabledAt)))
    .orderBy(asc(users.name))
    .then((rows) => rows.filter((r, i) => rows.findIndex((o) => o.id === r.id) === i));
}

export type CreateResult = { ok: true; id: string; number: number } | { ok: false; field: string; error: MessageKey };

export async function insertAttachments(
  tx: DbOrTx,
  consultationId: string,
  messageId: string | null,
  uploaderId: string,
  files: readonly ValidFile[],
): Promise<void> {
  if (files.length === 0) return;
  await tx.insert(consultationAttachments).values(
    files.map((f) => ({
      consultationId,
      messageId,
      uploaderId,
      filename: f.filename,
      contentType: f.contentType,
      size: f.size,
      sha256: f.sha256,
      data: f.data,
    })),
  );
}

/** Files a request: the row, its attachments, the first event and the consultants' notifications, in one transaction. */
export async function createRequest(user: Who, input: RequestInput, files: readonly ValidFile[], now = new Date()): Promise<CreateResult> {
  const districts = guardianDistricts(user);
  if (districts.length === 0) return { ok: false, field: "_form", error: "consultations.error.notGuardian" };
  if (input.deadlineDate) {
    const today = romeDate(now);
    const todayKey = `${today.year}-${String(today.month).padStart(2, "0")}-${String(today.day).padStart(2, "0")}`;
    if (input.deadlineDate < todayKey) return { ok: false, field: "deadlineDate", error: "consultations.validation.datePast" };
  }
  return db().transaction(async (tx) => {
    let districtCode: string = input.districtCode && districts.includes(input.districtCode) ? input.districtCode : districts[0];
    if (input.minorId) {
      const minor = (await myMinors(user.id, tx)).find((m) => m.id === input.minorId);
      if (!minor) return { ok: false, field: "minorId", error: "consultations.validation.minor" } as const;
      districtCode = minor.districtCode;
    }
    const [row] = await tx
      .insert(consultations)
      .values({
        districtCode,
        guardianId: user.id,
        minorId: input.minorId,
        category: input.category,
        subject: input.subject,
        descriptionMd: input.description,
        descriptionHtml: renderMarkdown(input.description),
        urgent: input.urgent,
        urgencyReason: input.urgent ? input.urgencyReason : null,
        deadlineDate: input.deadlineDate,
        status: "new",
        dueAt: firstResponseDue(now, input.urgent, districtCode),
        lastActivityAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: consultations.id, number: consultations.number });
    await insertAttachments(tx, row.id, null, user.id, files);
    await tx.insert(consultationEvents).values({
      consultationId: row.id,
      actorId: user.id,
      type: "created",
      toStatus: "new",
      details: { urgent: input.urgent, attachments: files.length },
      createdAt: now,
    });
    for (const consultant of await districtConsultants(districtCode, tx)) {
      if (consultant.id === user.id) continue;
      await notify(
        consultant.id,
        "consultation_new",
        { number: row.number, subject: input.subject, category: input.category, urgent: input.urgent ? "yes" : "no" },
        { tx, link: consultationPath(row.id) },
      );
    }
    return { ok: true, id: row.id, number: row.number } as const;
  });
}

/** The guardian's own requests, newest activity first. */
export async function listMyRequests(guardianId: string) {
  return db()
    .select({
      id: consultations.id,
      number: consultations.number,
      subject: consultations.subject,
      category: consultations.category,
      status: consultations.status,
      urgent: consultations.urgent,
      createdAt: consultations.createdAt,
      lastActivityAt: consultations.lastActivityAt,
      ratingScore: consultations.ratingScore,
      minorCode: minors.code,
    })
    .from(consultations)
    .leftJoin(minors, eq(minors.id, consultations.minorId))
    .where(eq(consultations.guardianId, guardianId))
    .orderBy(desc(consultations.lastActivityAt));
}

export type ConsultationRow = typeof consultations.$inferSelect;

/**
 * Loads a request for a user, or 404 when it does not exist for them (unknown id, another
 * district, a coordinator or trainer). A read by anyone but the guardian is audited.
 */
export async function loadForViewer(user: Who, id: string, options: { audit?: string | false } = {}): Promise<{ request: ConsultationRow; viewer: Viewer }> {
  const [request] = await db().select().from(consultations).where(eq(consultations.id, id));
  if (!request) notFound();
  const viewer = viewerOf(user, request!);
  if (!viewer) notFound();
  if (viewer !== "guardian" && options.audit !== false) {
    await recordAudit({
      actorId: user.id,
      action: options.audit ?? "consultation.read",
      entityType: "consultation",
      entityId: request!.id,
      districtCode: request!.districtCode,
      details: { viewer: viewer! },
    });
  }
  return { request: request!, viewer: viewer! };
}

const GUARDIAN_EVENT_TYPES = ["created", "status", "assigned", "reply", "guardian_message", "reopened", "auto_closed", "rated", "reminder"] as const;

interface MessageJson {
  id: string;
  authorRole: (typeof consultationMessages.$inferSelect)["authorRole"];
  authorName: string | null;
  bodyHtml: string;
  createdAt: string;
}
interface AttachmentJson {
  id: string;
  messageId: string | null;
  filename: string;
  contentType: string;
  size: number;
}

/**
 * Messages, attachments, the minor's code and the names around a request, in one statement
 * (issue 7: they were six). The guardian's name is for the staff's view only.
 */
async function visibleParts(request: ConsultationRow) {
  const assignee = alias(users, "assignee");
  const guardian = alias(users, "guardian");
  const [row] = await db()
    .select({
      minorCode: minors.code,
      assigneeName: assignee.name,
      guardianName: guardian.name,
      guardianEmail: guardian.email,
      messages: sql<MessageJson[]>`coalesce((
        select json_agg(json_build_object(
          'id', m.id, 'authorRole', m.author_role, 'authorName', u.name, 'bodyHtml', m.body_html, 'createdAt', m.created_at
        ) order by m.created_at, m.id)
        from ${consultationMessages} m left join ${users} u on u.id = m.author_id
        where m.consultation_id = ${consultations.id}), '[]'::json)`,
      attachments: sql<AttachmentJson[]>`coalesce((
        select json_agg(json_build_object(
          'id', a.id, 'messageId', a.message_id, 'filename', a.filename, 'contentType', a.content_type, 'size', a.size
        ) order by a.created_at, a.id)
        from ${consultationAttachments} a
        where a.consultation_id = ${consultations.id}), '[]'::json)`,
    })
    .from(consultations)
    .innerJoin(guardian, eq(guardian.id, consultations.guardianId))
    .leftJoin(assignee, eq(assignee.id, consultations.assigneeId))
    .leftJoin(minors, eq(minors.id, consultations.minorId))
    .where(eq(consultations.id, request.id));
  return {
    messages: (row?.messages ?? []).map((m) => ({ ...m, createdAt: new Date(m.createdAt) })),
    attachments: row?.attachments ?? [],
    minorCode: row?.minorCode ?? null,
    assigneeName: row?.assigneeName ?? null,
    guardian: row ? { name: row.guardianName, email: row.guardianEmail } : null,
  };
}

async function history(requestId: string, types: readonly string[] | null) {
  const rows = await db()
    .select({
      id: consultationEvents.id,
      type: consultationEvents.type,
      fromStatus: consultationEvents.fromStatus,
      toStatus: consultationEvents.toStatus,
      details: consultationEvents.details,
      actorName: users.name,
      createdAt: consultationEvents.createdAt,
    })
    .from(consultationEvents)
    .leftJoin(users, eq(users.id, consultationEvents.actorId))
    .where(
      types
        ? and(eq(consultationEvents.consultationId, requestId), inArray(consultationEvents.type, types as ConsultationEventTypeList))
        : eq(consultationEvents.consultationId, requestId),
    )
    .orderBy(asc(consultationEvents.createdAt));
  return rows;
}
type ConsultationEventTypeList = (typeof consultationEvents.$inferSelect)["type"][];

/** What the guardian sees: the request, the visible messages, attachments and history. No notes, ever. */
export async function guardianThread(request: ConsultationRow) {
  const [{ guardian: _staffOnly, ...parts }, events] = await Promise.all([
    visibleParts(request),
    history(request.id, GUARDIAN_EVENT_TYPES),
  ]);
  return { request: publicFields(request), ...parts, events };
}

/** What the consultants (and admins) see: the guardian's view plus internal notes, the whole history, the guardian's name. */
export async function consultantThread(request: ConsultationRow) {
  const [{ guardian, ...parts }, timeline, consultants] = await Promise.all([
    visibleParts(request),
    // The history and the internal notes in one statement.
    db()
      .select({
        kind: sql<"event" | "note">`'event'`,
        id: consultationEvents.id,
        type: consultationEvents.type,
        fromStatus: consultationEvents.fromStatus,
        toStatus: consultationEvents.toStatus,
        details: consultationEvents.details,
        bodyHtml: sql<string | null>`null::text`,
        actorName: users.name,
        createdAt: consultationEvents.createdAt,
      })
      .from(consultationEvents)
      .leftJoin(users, eq(users.id, consultationEvents.actorId))
      .where(eq(consultationEvents.consultationId, request.id))
      .unionAll(
        db()
          .select({
            kind: sql<"event" | "note">`'note'`,
            id: consultationNotes.id,
            type: sql<EventType>`null`,
            fromStatus: sql<EventRow["fromStatus"]>`null`,
            toStatus: sql<EventRow["toStatus"]>`null`,
            details: sql<EventRow["details"]>`null::jsonb`,
            bodyHtml: consultationNotes.bodyHtml,
            actorName: users.name,
            createdAt: consultationNotes.createdAt,
          })
          .from(consultationNotes)
          .leftJoin(users, eq(users.id, consultationNotes.authorId))
          .where(eq(consultationNotes.consultationId, request.id)),
      )
      .orderBy(asc(sql`created_at`), asc(sql`id`)),
    districtConsultants(request.districtCode),
  ]);
  const events = timeline
    .filter((row) => row.kind === "event")
    .map(({ id, type, fromStatus, toStatus, details, actorName, createdAt }) => ({
      id,
      type,
      fromStatus,
      toStatus,
      details,
      actorName,
      createdAt,
    }));
  const notes = timeline
    .filter((row) => row.kind === "note")
    .map(({ id, actorName, bodyHtml, createdAt }) => ({ id, authorName: actorName, bodyHtml: bodyHtml ?? "", createdAt }));
  return { request: publicFields(request), ...parts, notes, events, guardian, consultants };
}
type EventRow = typeof consultationEvents.$inferSelect;
type EventType = EventRow["type"];

/** The request's own fields that any viewer may see (Markdown source only for editing is left out). */
function publicFields(r: ConsultationRow) {
  return {
    id: r.id,
    number: r.number,
    districtCode: r.districtCode,
    guardianId: r.guardianId,
    category: r.category,
    subject: r.subject,
    descriptionHtml: r.descriptionHtml,
    urgent: r.urgent,
    urgencyReason: r.urgencyReason,
    deadlineDate: r.deadlineDate,
    status: r.status as ConsultationStatus,
    assigneeId: r.assigneeId,
    dueAt: r.dueAt,
    pausedAt: r.pausedAt,
    firstResponseAt: r.firstResponseAt,
    answeredAt: r.answeredAt,
    closedAt: r.closedAt,
    ratingScore: r.ratingScore,
    ratingComment: r.ratingComment,
    ratedAt: r.ratedAt,
    createdAt: r.createdAt,
  };
}

/** One attachment of a request the user may see (the caller has already loaded the request). */
export async function getAttachment(consultationId: string, attachmentId: string) {
  const [row] = await db()
    .select()
    .from(consultationAttachments)
    .where(and(eq(consultationAttachments.id, attachmentId), eq(consultationAttachments.consultationId, consultationId)));
  return row ?? null;
}

export async function countAttachments(consultationId: string, tx: DbOrTx = db()): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(consultationAttachments).where(eq(consultationAttachments.consultationId, consultationId));
  return row?.n ?? 0;
}
