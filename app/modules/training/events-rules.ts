// Training events without the database or zod: Europe/Rome wall-clock time ↔ UTC, the waiting-list
// rules, who sees or joins a district's events (pure functions), the form's choices and the
// shown dates. The browser loads this module; the form schemas are in ./events-schema.server.
import { perLocale, TIME_ZONE } from "~/i18n";
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
// Forms (the zod schemas are in ./events-schema.server)

export function isHttpsLink(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}

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

const eventFormats = perLocale((tag) => ({
  day: new Intl.DateTimeFormat(tag, { timeZone: EVENT_TIME_ZONE, weekday: "long", day: "numeric", month: "long", year: "numeric" }),
  time: new Intl.DateTimeFormat(tag, { timeZone: EVENT_TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
}));

/** "Tuesday 24 November 2026, 10:00–12:00" in Rome time, in the reader's language. */
export function formatEventWhen(locale: "it" | "en", startsAt: Date | string, endsAt: Date | string): string {
  const { day, time } = eventFormats(locale);
  return `${day.format(new Date(startsAt))}, ${time.format(new Date(startsAt))}–${time.format(new Date(endsAt))}`;
}
