// Training events: listing by district, creating and editing, registration with a waiting list
// (each change locks the event row) and attendance. Attended hours: events-history.server.ts.
import { and, asc, desc, eq, gt, inArray, lte, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { courses, eventRegistrations, trainingEvents, users } from "../../../db/schema";
import { db, type DbOrTx, type Tx } from "~/db.server";
import { formatDateTime, isLocale, type MessageKey } from "~/i18n";
import type { CurrentUser } from "~/modules/auth/user.server";
import { recordAudit } from "~/modules/audit/log.server";
import { notify } from "~/modules/notifications/notify.server";
import { forbidden, httpError, notFound } from "~/utils/http.server";
import { renderMarkdown } from "~/utils/markdown.server";
import { canManageEvents } from "./policy.server";
import {
  canRegisterFor,
  canSeeEventsOf,
  eventDistricts,
  eventIdSchema,
  learnerIntentSchema,
  promotions,
  registeredCount,
  statusForNewRegistration,
  waitlistOrder,
  type EventInput,
  type RegistrationStatus,
} from "./events-schema";

type Who = Pick<CurrentUser, "id" | "roles">;

export const eventPath = (id: string) => `/formazione/incontri/${id}`;

// ---------------------------------------------------------------------------------------------
// Reading

const mine = alias(eventRegistrations, "mine");
const countWith = (status: RegistrationStatus) =>
  sql<number>`(select count(*) from ${eventRegistrations} r where r.event_id = ${trainingEvents.id} and r.status = ${status})`.mapWith(Number);

const summaryColumns = {
  id: trainingEvents.id,
  title: trainingEvents.title,
  districtCode: trainingEvents.districtCode,
  mode: trainingEvents.mode,
  place: trainingEvents.place,
  startsAt: trainingEvents.startsAt,
  endsAt: trainingEvents.endsAt,
  capacity: trainingEvents.capacity,
  hours: trainingEvents.hours,
  cancelledAt: trainingEvents.cancelledAt,
  registered: countWith("registered"),
  waitlisted: countWith("waitlisted"),
  myStatus: mine.status,
  myAttended: mine.attended,
  // The caller's place on the waiting list: first come, first served (ties by id), as waitlistOrder.
  myPosition: sql<number | null>`case when ${mine.status} = 'waitlisted' then (
    select count(*) from ${eventRegistrations} w where w.event_id = ${trainingEvents.id} and w.status = 'waitlisted'
    and (w.registered_at, w.id) <= (${mine.registeredAt}, ${mine.id})) end`.mapWith((v) => (v === null ? null : Number(v))),
};

function summaries(userId: string) {
  return db()
    .select(summaryColumns)
    .from(trainingEvents)
    .leftJoin(mine, and(eq(mine.eventId, trainingEvents.id), eq(mine.userId, userId), ne(mine.status, "cancelled")));
}

/** The events of the user's districts: upcoming (not yet ended) and the latest past ones. */
export async function listEvents(user: Who, now = new Date(), pastLimit = 20) {
  const inDistricts = inArray(trainingEvents.districtCode, eventDistricts(user));
  const [upcoming, past] = await Promise.all([
    summaries(user.id)
      .where(and(inDistricts, gt(trainingEvents.endsAt, now)))
      .orderBy(asc(trainingEvents.startsAt), asc(trainingEvents.id)),
    summaries(user.id)
      .where(and(inDistricts, lte(trainingEvents.endsAt, now)))
      .orderBy(desc(trainingEvents.startsAt), asc(trainingEvents.id))
      .limit(pastLimit),
  ]);
  return { upcoming, past };
}

export type EventSummary = Awaited<ReturnType<typeof listEvents>>["upcoming"][number];

/** Adds what the viewer may do with each event, for the UI. */
export function withPermissions<T extends { districtCode: string; startsAt: Date }>(user: Who, events: T[], now = new Date()) {
  return events.map((e) => ({
    ...e,
    canRegister: canRegisterFor(user, e.districtCode),
    canManage: canManageEvents(user, e.districtCode),
    started: e.startsAt <= now,
  }));
}

/** One event with the caller's registration, or null when it does not exist. */
export async function findEvent(userId: string, eventId: string) {
  const [row] = await db()
    .select({
      ...summaryColumns,
      descriptionMd: trainingEvents.descriptionMd,
      descriptionHtml: trainingEvents.descriptionHtml,
      link: trainingEvents.link,
      courseId: trainingEvents.courseId,
      courseTitle: courses.title,
      courseSlug: courses.slug,
      courseStatus: courses.status,
    })
    .from(trainingEvents)
    .leftJoin(mine, and(eq(mine.eventId, trainingEvents.id), eq(mine.userId, userId), ne(mine.status, "cancelled")))
    .leftJoin(courses, eq(courses.id, trainingEvents.courseId))
    .where(eq(trainingEvents.id, eventId));
  return row ?? null;
}

export type EventDetail = NonNullable<Awaited<ReturnType<typeof findEvent>>>;

/** The event behind a route's :id, if the user may see its district (otherwise 404). */
export async function requireVisibleEvent(user: Who, idParam: string | undefined): Promise<EventDetail> {
  const id = eventIdSchema.safeParse(idParam);
  const event = id.success ? await findEvent(user.id, id.data) : null;
  if (!event || !canSeeEventsOf(user, event.districtCode)) return notFound();
  return event;
}

/** As requireVisibleEvent, and the user manages events of its district (otherwise 403). */
export async function requireManagedEvent(user: Who, idParam: string | undefined): Promise<EventDetail> {
  const event = await requireVisibleEvent(user, idParam);
  if (!canManageEvents(user, event.districtCode)) forbidden();
  return event;
}

/** Registered people and the waiting list in order, for the event's managers. */
export async function eventRegistrationList(eventId: string) {
  const rows = await db()
    .select({
      id: eventRegistrations.id,
      userId: eventRegistrations.userId,
      name: users.name,
      email: users.email,
      status: eventRegistrations.status,
      registeredAt: eventRegistrations.registeredAt,
      attended: eventRegistrations.attended,
      attendanceRecordedAt: eventRegistrations.attendanceRecordedAt,
    })
    .from(eventRegistrations)
    .innerJoin(users, eq(users.id, eventRegistrations.userId))
    .where(and(eq(eventRegistrations.eventId, eventId), ne(eventRegistrations.status, "cancelled")))
    .orderBy(asc(eventRegistrations.registeredAt), asc(eventRegistrations.id));
  return {
    registered: rows.filter((r) => r.status === "registered").sort((a, b) => a.name.localeCompare(b.name, "it")),
    waitlist: waitlistOrder(rows),
  };
}

/** Published courses an event may refer to. */
export function publishedCourses() {
  return db()
    .select({ id: courses.id, title: courses.title })
    .from(courses)
    .where(eq(courses.status, "published"))
    .orderBy(asc(courses.position), asc(courses.title));
}

// ---------------------------------------------------------------------------------------------
// Creating, editing, cancelling (managers; the caller has checked canManageEvents)

export type CommandResult = { ok: true } | { ok: false; field?: string; error: MessageKey };

async function checkCourse(courseId: string | null, tx: DbOrTx): Promise<boolean> {
  if (!courseId) return true;
  const [row] = await tx.select({ id: courses.id }).from(courses).where(and(eq(courses.id, courseId), eq(courses.status, "published")));
  return Boolean(row);
}

function eventValues(input: EventInput) {
  return {
    title: input.title,
    descriptionMd: input.descriptionMd,
    descriptionHtml: renderMarkdown(input.descriptionMd),
    mode: input.mode,
    place: input.place,
    link: input.link,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    capacity: input.capacity,
    hours: input.hours,
    courseId: input.courseId,
  };
}

export async function createEvent(
  actor: Who,
  input: EventInput & { districtCode: string },
): Promise<{ ok: true; id: string } | { ok: false; field: string; error: MessageKey }> {
  return db().transaction(async (tx) => {
    if (!(await checkCourse(input.courseId, tx))) return { ok: false, field: "courseId", error: "validation.choice" };
    const [row] = await tx
      .insert(trainingEvents)
      .values({ ...eventValues(input), districtCode: input.districtCode, createdBy: actor.id })
      .returning({ id: trainingEvents.id });
    await recordAudit(
      { actorId: actor.id, action: "training_event.created", entityType: "training_event", entityId: row.id, districtCode: input.districtCode },
      tx,
    );
    return { ok: true, id: row.id };
  });
}

async function lockEvent(tx: Tx, eventId: string) {
  const [event] = await tx.select().from(trainingEvents).where(eq(trainingEvents.id, eventId)).for("update");
  return event ?? null;
}

type LockedEvent = NonNullable<Awaited<ReturnType<typeof lockEvent>>>;

async function activeRegistrations(tx: Tx, eventId: string) {
  return tx
    .select({ id: eventRegistrations.id, userId: eventRegistrations.userId, status: eventRegistrations.status, registeredAt: eventRegistrations.registeredAt, locale: users.locale })
    .from(eventRegistrations)
    .innerJoin(users, eq(users.id, eventRegistrations.userId))
    .where(and(eq(eventRegistrations.eventId, eventId), ne(eventRegistrations.status, "cancelled")));
}

/** Gives free places to the first people waiting, and tells each of them. Runs in the lock. */
async function promoteWaiting(tx: Tx, event: LockedEvent): Promise<string[]> {
  const chosen = promotions(await activeRegistrations(tx, event.id), event.capacity);
  if (chosen.length === 0) return [];
  await tx
    .update(eventRegistrations)
    .set({ status: "registered" })
    .where(inArray(eventRegistrations.id, chosen.map((c) => c.id)));
  for (const person of chosen) {
    const date = formatDateTime(isLocale(person.locale) ? person.locale : "it", event.startsAt);
    await notify(person.userId, "event_place_confirmed", { event: event.title, date }, { tx, link: eventPath(event.id) });
  }
  return chosen.map((c) => c.userId);
}

export async function updateEvent(actor: Who, eventId: string, input: EventInput): Promise<CommandResult> {
  return db().transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (!event) return { ok: false, error: "events.error.notFound" };
    if (event.cancelledAt) return { ok: false, error: "events.error.cancelled" };
    const registered = registeredCount(await activeRegistrations(tx, eventId));
    if (input.capacity < registered) return { ok: false, field: "capacity", error: "events.validation.capacityBelowRegistered" };
    if (!(await checkCourse(input.courseId, tx))) return { ok: false, field: "courseId", error: "validation.choice" };
    const [updated] = await tx.update(trainingEvents).set(eventValues(input)).where(eq(trainingEvents.id, eventId)).returning();
    // More places (or a reopened event): the waiting list moves up at once.
    if (updated.startsAt > new Date()) await promoteWaiting(tx, updated);
    await recordAudit(
      { actorId: actor.id, action: "training_event.updated", entityType: "training_event", entityId: eventId, districtCode: event.districtCode },
      tx,
    );
    return { ok: true };
  });
}

export async function cancelEvent(actor: Who, eventId: string, now = new Date()): Promise<CommandResult> {
  return db().transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (!event) return { ok: false, error: "events.error.notFound" };
    if (event.cancelledAt) return { ok: false, error: "events.error.cancelled" };
    if (event.startsAt <= now) return { ok: false, error: "events.error.started" };
    await tx.update(trainingEvents).set({ cancelledAt: now }).where(eq(trainingEvents.id, eventId));
    // Everyone registered or waiting is told, in their language.
    for (const person of await activeRegistrations(tx, eventId)) {
      const date = formatDateTime(isLocale(person.locale) ? person.locale : "it", event.startsAt);
      await notify(person.userId, "event_cancelled", { event: event.title, date }, { tx, link: eventPath(eventId) });
    }
    await recordAudit(
      { actorId: actor.id, action: "training_event.cancelled", entityType: "training_event", entityId: eventId, districtCode: event.districtCode },
      tx,
    );
    return { ok: true };
  });
}

// ---------------------------------------------------------------------------------------------
// Registration (learners; the caller has checked canRegisterFor on the event's district)

export type RegisterResult = { ok: true; status: "registered" | "waitlisted" } | { ok: false; error: MessageKey };

function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++) {
    if (e.code === "23505") return true;
  }
  return false;
}

export async function register(userId: string, eventId: string, now = new Date()): Promise<RegisterResult> {
  try {
    return await db().transaction(async (tx): Promise<RegisterResult> => {
      const event = await lockEvent(tx, eventId);
      if (!event) return { ok: false, error: "events.error.notFound" };
      if (event.cancelledAt) return { ok: false, error: "events.error.cancelled" };
      if (event.startsAt <= now) return { ok: false, error: "events.error.started" };
      const [previous] = await tx
        .select({ id: eventRegistrations.id, status: eventRegistrations.status })
        .from(eventRegistrations)
        .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.userId, userId)));
      if (previous && previous.status !== "cancelled") return { ok: false, error: "events.error.alreadyRegistered" };
      const status = statusForNewRegistration(await activeRegistrations(tx, eventId), event.capacity);
      if (previous) {
        // Coming back after cancelling: a new place in the queue, as if registering anew.
        await tx
          .update(eventRegistrations)
          .set({ status, registeredAt: now, attended: null, attendanceRecordedAt: null })
          .where(eq(eventRegistrations.id, previous.id));
      } else {
        await tx.insert(eventRegistrations).values({ eventId, userId, status, registeredAt: now });
      }
      return { ok: true, status };
    });
  } catch (error) {
    // The unique (event, person) constraint is the last word on duplicates.
    if (isUniqueViolation(error)) return { ok: false, error: "events.error.alreadyRegistered" };
    throw error;
  }
}

export async function unregister(
  userId: string,
  eventId: string,
  now = new Date(),
): Promise<{ ok: true; promoted: string[] } | { ok: false; error: MessageKey }> {
  return db().transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (!event) return { ok: false, error: "events.error.notFound" };
    if (event.startsAt <= now) return { ok: false, error: "events.error.started" };
    const [current] = await tx
      .select({ id: eventRegistrations.id, status: eventRegistrations.status })
      .from(eventRegistrations)
      .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.userId, userId)));
    if (!current || current.status === "cancelled") return { ok: false, error: "events.error.notRegistered" };
    await tx.update(eventRegistrations).set({ status: "cancelled" }).where(eq(eventRegistrations.id, current.id));
    const promoted = current.status === "registered" && !event.cancelledAt ? await promoteWaiting(tx, event) : [];
    return { ok: true, promoted };
  });
}

/** A learner's register / unregister form, from the list (event id in the form) or an event page. */
export async function learnerAction(
  user: Who,
  formData: FormData,
  routeEventId: string | null,
): Promise<{ ok: true; eventId: string; outcome: "iscritto" | "in-attesa" | "iscrizione-annullata" } | { ok: false; eventId: string; error: MessageKey }> {
  const parsed = learnerIntentSchema.safeParse({ intent: formData.get("intent"), eventId: formData.get("eventId") ?? undefined });
  const eventId = routeEventId ?? (parsed.success ? parsed.data.eventId : undefined);
  if (!parsed.success || !eventId) return httpError(400);
  const event = await requireVisibleEvent(user, eventId);
  if (!canRegisterFor(user, event.districtCode)) return forbidden("events.error.notLearner");
  if (parsed.data.intent === "register") {
    const result = await register(user.id, eventId);
    if (!result.ok) return { ok: false, eventId, error: result.error };
    return { ok: true, eventId, outcome: result.status === "registered" ? "iscritto" : "in-attesa" };
  }
  const result = await unregister(user.id, eventId);
  if (!result.ok) return { ok: false, eventId, error: result.error };
  return { ok: true, eventId, outcome: "iscrizione-annullata" };
}

// ---------------------------------------------------------------------------------------------
// Attendance (managers, once the event has started)

export async function recordAttendance(actor: Who, eventId: string, presentIds: string[], now = new Date()): Promise<CommandResult> {
  return db().transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (!event) return { ok: false, error: "events.error.notFound" };
    if (event.cancelledAt) return { ok: false, error: "events.error.cancelled" };
    if (event.startsAt > now) return { ok: false, error: "events.attendance.notYet" };
    const present = presentIds.length > 0 ? inArray(eventRegistrations.id, presentIds) : sql`false`;
    const rows = await tx
      .update(eventRegistrations)
      .set({ attended: sql`(${present})`, attendanceRecordedAt: now })
      .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, "registered")))
      .returning({ attended: eventRegistrations.attended });
    await recordAudit(
      {
        actorId: actor.id,
        action: "training_event.attendance_recorded",
        entityType: "training_event",
        entityId: eventId,
        districtCode: event.districtCode,
        details: { present: rows.filter((r) => r.attended).length, registered: rows.length },
      },
      tx,
    );
    return { ok: true };
  });
}
