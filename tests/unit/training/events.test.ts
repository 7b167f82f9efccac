// Training events without a database: Rome time ↔ UTC around the clock changes, the waiting-list
// rules, who sees and joins a district's events, and the event form's validation.
import { describe, expect, it } from "vitest";
import {
  canRegisterFor,
  canSeeEventsOf,
  eventCreateSchema,
  eventDistricts,
  formatEventWhen,
  isHttpsLink,
  managedEventDistricts,
  placesLeft,
  promotions,
  romeLocalToUtc,
  statusForNewRegistration,
  utcToRomeLocal,
  waitlistOrder,
  waitlistPosition,
  type QueueEntry,
} from "../../../app/modules/training/events-schema";
import type { RoleGrant } from "../../../app/modules/auth/roles";

const iso = (d: Date | null) => d?.toISOString() ?? null;

describe("Rome local time → UTC", () => {
  it("uses +01:00 in winter and +02:00 in summer", () => {
    expect(iso(romeLocalToUtc("2026-01-15", "17:30"))).toBe("2026-01-15T16:30:00.000Z");
    expect(iso(romeLocalToUtc("2026-07-15", "17:30"))).toBe("2026-07-15T15:30:00.000Z");
  });

  it("handles the last Sunday of March (29 March 2026): 02:00–02:59 does not exist", () => {
    expect(iso(romeLocalToUtc("2026-03-28", "17:30"))).toBe("2026-03-28T16:30:00.000Z");
    expect(iso(romeLocalToUtc("2026-03-29", "01:59"))).toBe("2026-03-29T00:59:00.000Z");
    expect(romeLocalToUtc("2026-03-29", "02:00")).toBeNull();
    expect(romeLocalToUtc("2026-03-29", "02:30")).toBeNull();
    expect(iso(romeLocalToUtc("2026-03-29", "03:00"))).toBe("2026-03-29T01:00:00.000Z");
    expect(iso(romeLocalToUtc("2026-03-29", "17:30"))).toBe("2026-03-29T15:30:00.000Z");
    expect(iso(romeLocalToUtc("2026-03-30", "17:30"))).toBe("2026-03-30T15:30:00.000Z");
  });

  it("handles the last Sunday of October (25 October 2026): 02:00–02:59 happens twice, the first is taken", () => {
    expect(iso(romeLocalToUtc("2026-10-24", "17:30"))).toBe("2026-10-24T15:30:00.000Z");
    expect(iso(romeLocalToUtc("2026-10-25", "01:30"))).toBe("2026-10-24T23:30:00.000Z");
    expect(iso(romeLocalToUtc("2026-10-25", "02:30"))).toBe("2026-10-25T00:30:00.000Z");
    expect(iso(romeLocalToUtc("2026-10-25", "03:00"))).toBe("2026-10-25T02:00:00.000Z");
    expect(iso(romeLocalToUtc("2026-10-25", "17:30"))).toBe("2026-10-25T16:30:00.000Z");
    expect(iso(romeLocalToUtc("2026-10-26", "17:30"))).toBe("2026-10-26T16:30:00.000Z");
  });

  it("rejects malformed or impossible dates and times", () => {
    for (const [date, time] of [["2026-02-30", "10:00"], ["2026-13-01", "10:00"], ["2026-1-5", "10:00"], ["2026-05-05", "24:00"], ["2026-05-05", "9:00"]]) {
      expect(romeLocalToUtc(date, time), `${date} ${time}`).toBeNull();
    }
  });

  it("goes back to the same wall-clock time", () => {
    for (const [date, time] of [["2026-03-29", "03:15"], ["2026-10-25", "01:45"], ["2026-12-31", "23:59"], ["2027-01-01", "00:00"]]) {
      expect(utcToRomeLocal(romeLocalToUtc(date, time)!)).toEqual({ date, time });
    }
    expect(utcToRomeLocal(new Date("2026-10-25T01:30:00Z"))).toEqual({ date: "2026-10-25", time: "02:30" });
  });

  it("formats an event's day and times in Rome time", () => {
    const start = romeLocalToUtc("2026-03-30", "17:30")!;
    const end = romeLocalToUtc("2026-03-30", "19:00")!;
    expect(formatEventWhen("it", start, end)).toBe("lunedì 30 marzo 2026, 17:30–19:00");
    expect(formatEventWhen("en", start, end)).toBe("Monday, 30 March 2026, 17:30–19:00");
  });
});

describe("waiting list", () => {
  const at = (minutes: number) => new Date(Date.UTC(2026, 10, 1, 10, minutes));
  const entries: QueueEntry[] = [
    { id: "c", status: "waitlisted", registeredAt: at(5) },
    { id: "a", status: "registered", registeredAt: at(0) },
    { id: "b", status: "waitlisted", registeredAt: at(5) },
    { id: "d", status: "cancelled", registeredAt: at(1) },
    { id: "e", status: "waitlisted", registeredAt: at(2) },
    { id: "f", status: "registered", registeredAt: at(3) },
  ];

  it("orders the waiting list by registration time, ties by id; others are not in it", () => {
    expect(waitlistOrder(entries).map((e) => e.id)).toEqual(["e", "b", "c"]);
    expect(waitlistPosition(entries, "e")).toBe(1);
    expect(waitlistPosition(entries, "c")).toBe(3);
    expect(waitlistPosition(entries, "a")).toBeNull();
    expect(waitlistPosition(entries, "d")).toBeNull();
  });

  it("gives a place while places remain, then the waiting list", () => {
    expect(statusForNewRegistration(entries, 3)).toBe("registered");
    expect(statusForNewRegistration(entries, 2)).toBe("waitlisted");
    expect(statusForNewRegistration([], 1)).toBe("registered");
    expect(placesLeft(5, 2)).toBe(3);
    expect(placesLeft(2, 4)).toBe(0);
  });

  it("promotes the first in line into the free places only", () => {
    expect(promotions(entries, 2)).toEqual([]);
    expect(promotions(entries, 3).map((e) => e.id)).toEqual(["e"]);
    expect(promotions(entries, 10).map((e) => e.id)).toEqual(["e", "b", "c"]);
  });
});

describe("who sees and joins events", () => {
  const who = (...roles: RoleGrant[]) => ({ roles });
  it("shows the districts where the person holds any role; admins see all", () => {
    expect(eventDistricts(who({ role: "guardian", districtCode: "MI" }))).toEqual(["MI"]);
    expect(eventDistricts(who({ role: "legal_consultant", districtCode: "BS" }, { role: "candidate", districtCode: "MI" }))).toEqual(["MI", "BS"]);
    expect(eventDistricts(who({ role: "admin", districtCode: null }))).toEqual(["MI", "BS"]);
    expect(eventDistricts(who())).toEqual([]);
    expect(canSeeEventsOf(who({ role: "guardian", districtCode: "BS" }), "MI")).toBe(false);
  });

  it("lets candidates and guardians of the district register, no one else", () => {
    expect(canRegisterFor(who({ role: "guardian", districtCode: "MI" }), "MI")).toBe(true);
    expect(canRegisterFor(who({ role: "candidate", districtCode: "MI" }), "MI")).toBe(true);
    expect(canRegisterFor(who({ role: "guardian", districtCode: "BS" }), "MI")).toBe(false);
    expect(canRegisterFor(who({ role: "trainer", districtCode: "MI" }), "MI")).toBe(false);
    expect(canRegisterFor(who({ role: "admin", districtCode: null }), "MI")).toBe(false);
  });

  it("lets trainers and coordinators create events in their districts", () => {
    expect(managedEventDistricts(who({ role: "trainer", districtCode: "MI" }))).toEqual(["MI"]);
    expect(managedEventDistricts(who({ role: "coordinator", districtCode: "BS" }, { role: "guardian", districtCode: "MI" }))).toEqual(["BS"]);
    expect(managedEventDistricts(who({ role: "guardian", districtCode: "MI" }))).toEqual([]);
    expect(managedEventDistricts(who({ role: "admin", districtCode: null }))).toEqual(["MI", "BS"]);
  });
});

describe("event form", () => {
  const valid = {
    title: "Incontro di prova",
    description: "",
    mode: "in_person",
    place: "Sala formazione, via Esempio 10, Milano",
    link: "",
    date: "2026-10-25",
    startTime: "17:30",
    endTime: "19:00",
    capacity: "20",
    hours: "1,5",
    districtCode: "MI",
    courseId: "",
  };
  const errorsOf = (input: Record<string, string>) => {
    const parsed = eventCreateSchema.safeParse(input);
    return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
  };

  it("converts the form to UTC instants and keeps only the place or the link", () => {
    const parsed = eventCreateSchema.parse({ ...valid, link: "https://meet.example.org/x" });
    expect(parsed).toMatchObject({ mode: "in_person", link: null, hours: 1.5, capacity: 20, courseId: null, districtCode: "MI" });
    expect(parsed.startsAt.toISOString()).toBe("2026-10-25T16:30:00.000Z");
    expect(parsed.endsAt.toISOString()).toBe("2026-10-25T18:00:00.000Z");
  });

  it("asks for a place in person and an https link online", () => {
    expect(errorsOf({ ...valid, place: "" })).toEqual({ place: "events.validation.place" });
    expect(errorsOf({ ...valid, mode: "online", place: "" })).toEqual({ link: "events.validation.link" });
    for (const link of ["http://meet.example.org/x", "javascript:alert(1)", "https://localhost/x", "meet.example.org"]) {
      expect(errorsOf({ ...valid, mode: "online", link }), link).toEqual({ link: "events.validation.link" });
    }
    expect(isHttpsLink("https://meet.example.org/tutori?id=1")).toBe(true);
  });

  it("refuses an end before the start, a time that does not exist, and numbers out of range", () => {
    expect(errorsOf({ ...valid, endTime: "17:00" })).toEqual({ endTime: "events.validation.endBeforeStart" });
    expect(errorsOf({ ...valid, date: "2026-03-29", startTime: "02:30", endTime: "04:00" })).toEqual({ startTime: "events.validation.timeMissing" });
    expect(errorsOf({ ...valid, capacity: "0" })).toEqual({ capacity: "events.validation.capacity" });
    expect(errorsOf({ ...valid, capacity: "due" })).toEqual({ capacity: "events.validation.capacity" });
    expect(errorsOf({ ...valid, hours: "0,25" })).toEqual({ hours: "events.validation.hours" });
    expect(errorsOf({ ...valid, hours: "25" })).toEqual({ hours: "events.validation.hours" });
    expect(errorsOf({ ...valid, hours: "0.5" })).toEqual({});
    expect(errorsOf({ ...valid, title: " " })).toEqual({ title: "events.validation.title" });
  });
});
