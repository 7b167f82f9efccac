// Training events without the database: form and intent schemas (zod), Europe/Rome wall-clock
// time ↔ UTC, the waiting-list rules and who sees or joins a district's events (pure functions).
import * as z from "zod";
import { TIME_ZONE, type MessageKey } from "~/i18n";
import { districtsWithRole, hasRole, isAdmin, type DistrictCode, type RoleGrant } from "~/modules/auth/roles";

export const EVENT_TIME_ZONE = TIME_ZONE;
export const EVENT_DISTRICTS = ["MI", "BS"] as const satisfies readonly DistrictCode[];
export const EVENT_MODE_VALUES = ["in_person", "online"] as const;
export type EventModeValue = (typeof EVENT_MODE_VALUES)[number];

// Europe/Rome wall-clock time ↔ UTC lives in ~/utils/dates (shared by every domain).
import { romeLocalToUtc, utcToRomeLocal } from "~/utils/dates";

export { romeLocalToUtc, utcToRomeLocal };

// ---------------------------------------------------------------------------------------------
// Waiting list

export type RegistrationStatus = "registered" | "waitlisted" | "cancelled";

export interface QueueEntry {
  id: string;
  status: RegistrationStatus;
  registeredAt: Date;
}

/** The waiting list in order: first come, first served (ties by id, so the order is stable). */
export function waitlistOrder<T extends QueueEntry>(entries: readonly T[]): T[] {
  return entries
    .filter((e) => e.status === "waitlisted")
    .sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function registeredCount(entries: readonly QueueEntry[]): number {
  return entries.filter((e) => e.status === "registered").length;
}

export function placesLeft(capacity: number, registered: number): number {
  return Math.max(0, capacity - registered);
}

/** A new registration gets a place while places remain, otherwise joins the waiting list. */
export function statusForNewRegistration(entries: readonly QueueEntry[], capacity: number): "registered" | "waitlisted" {
  return registeredCount(entries) < capacity ? "registered" : "waitlisted";
}

/** Who on the waiting list gets a place now that `capacity` places exist (in order). */
export function promotions<T extends QueueEntry>(entries: readonly T[], capacity: number): T[] {
  return waitlistOrder(entries).slice(0, placesLeft(capacity, registeredCount(entries)));
}

/** 1-based position on the waiting list, or null when the entry is not waiting. */
export function waitlistPosition(entries: readonly QueueEntry[], id: string): number | null {
  const index = waitlistOrder(entries).findIndex((e) => e.id === id);
  return index === -1 ? null : index + 1;
}

// ---------------------------------------------------------------------------------------------
// Who sees and who joins (pure; the managers' rule is canManageEvents in policy.server.ts)

type Who = { roles: readonly RoleGrant[] };

/** Districts whose events the user sees: every district where they hold any role; admins all. */
export function eventDistricts(user: Who): DistrictCode[] {
  if (isAdmin(user.roles)) return [...EVENT_DISTRICTS];
  return EVENT_DISTRICTS.filter((code) => user.roles.some((r) => r.districtCode === code));
}

export function canSeeEventsOf(user: Who, districtCode: string): boolean {
  return eventDistricts(user).includes(districtCode as DistrictCode);
}

/** Registers for an event: a candidate or guardian of the event's district. */
export function canRegisterFor(user: Who, districtCode: string): boolean {
  return hasRole(user.roles, "candidate", districtCode) || hasRole(user.roles, "guardian", districtCode);
}

/** Districts in which the user may create events (trainers, coordinators; admins all). */
export function managedEventDistricts(user: Who): DistrictCode[] {
  if (isAdmin(user.roles)) return [...EVENT_DISTRICTS];
  return districtsWithRole(user.roles, "trainer", "coordinator");
}

// ---------------------------------------------------------------------------------------------
// Forms

const msg = (key: MessageKey) => ({ message: key });
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isHttpsLink(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}

const fields = {
  title: z.string().trim().min(3, msg("events.validation.title")).max(200, msg("validation.tooLong")),
  description: z.string().trim().max(20_000, msg("validation.tooLong")).default(""),
  mode: z.enum(EVENT_MODE_VALUES, msg("validation.choice")),
  place: z.string().trim().max(300, msg("validation.tooLong")).default(""),
  link: z.string().trim().max(500, msg("validation.tooLong")).default(""),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, msg("events.validation.date")),
  startTime: z.string().regex(TIME, msg("events.validation.time")),
  endTime: z.string().regex(TIME, msg("events.validation.time")),
  capacity: z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, msg("events.validation.capacity"))
    .transform(Number)
    .pipe(z.number().min(1, msg("events.validation.capacity")).max(1000, msg("events.validation.capacity"))),
  hours: z
    .string()
    .trim()
    .regex(/^\d{1,2}([.,]\d)?$/, msg("events.validation.hours"))
    .transform((s) => Number(s.replace(",", ".")))
    .pipe(z.number().min(0.5, msg("events.validation.hours")).max(24, msg("events.validation.hours"))),
  courseId: z.union([z.literal(""), z.uuid(msg("validation.choice"))]).default(""),
};

export interface EventInput {
  title: string;
  descriptionMd: string;
  mode: EventModeValue;
  place: string | null;
  link: string | null;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  hours: number;
  courseId: string | null;
}

type RawEvent = {
  [K in keyof typeof fields]: z.infer<(typeof fields)[K]>;
};

function checkEvent(value: RawEvent, ctx: z.RefinementCtx) {
  if (value.mode === "in_person" && value.place.length < 3) {
    ctx.addIssue({ code: "custom", path: ["place"], message: "events.validation.place" });
  }
  if (value.mode === "online" && !isHttpsLink(value.link)) {
    ctx.addIssue({ code: "custom", path: ["link"], message: "events.validation.link" });
  }
  const starts = romeLocalToUtc(value.date, value.startTime);
  const ends = romeLocalToUtc(value.date, value.endTime);
  if (!starts) ctx.addIssue({ code: "custom", path: ["startTime"], message: "events.validation.timeMissing" });
  if (!ends) ctx.addIssue({ code: "custom", path: ["endTime"], message: "events.validation.timeMissing" });
  if (starts && ends && ends <= starts) {
    ctx.addIssue({ code: "custom", path: ["endTime"], message: "events.validation.endBeforeStart" });
  }
}

function toInput(value: RawEvent): EventInput {
  return {
    title: value.title,
    descriptionMd: value.description,
    mode: value.mode,
    place: value.mode === "in_person" ? value.place : null,
    link: value.mode === "online" ? value.link : null,
    startsAt: romeLocalToUtc(value.date, value.startTime)!,
    endsAt: romeLocalToUtc(value.date, value.endTime)!,
    capacity: value.capacity,
    hours: value.hours,
    courseId: value.courseId || null,
  };
}

/** Editing an event: everything but the district, which stays the event's. */
export const eventUpdateSchema = z.object(fields).superRefine(checkEvent).transform(toInput);

/** A new event: the fields above and the district (checked against the user's districts by the action). */
export const eventCreateSchema = z
  .object({ ...fields, districtCode: z.enum(EVENT_DISTRICTS, msg("validation.district")) })
  .superRefine(checkEvent)
  .transform((value) => ({ ...toInput(value), districtCode: value.districtCode }));

export const eventIdSchema = z.uuid();

/** The learner's buttons: register or cancel, on the list (with the event id) or on an event page. */
export const learnerIntentSchema = z.object({
  intent: z.enum(["register", "unregister"]),
  eventId: z.uuid().optional(),
});

/** Attendance: the ids of the registrations ticked as present. */
export const attendanceSchema = z.object({
  present: z
    .union([z.uuid(), z.array(z.uuid())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
});

/** "Tuesday 24 November 2026, 10:00–12:00" in Rome time, in the reader's language. */
export function formatEventWhen(locale: "it" | "en", startsAt: Date | string, endsAt: Date | string): string {
  const tag = locale === "it" ? "it-IT" : "en-GB";
  const day = new Intl.DateTimeFormat(tag, { timeZone: EVENT_TIME_ZONE, weekday: "long", day: "numeric", month: "long", year: "numeric" });
  const time = new Intl.DateTimeFormat(tag, { timeZone: EVENT_TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return `${day.format(new Date(startsAt))}, ${time.format(new Date(startsAt))}–${time.format(new Date(endsAt))}`;
}
