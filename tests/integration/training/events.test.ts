// Training events against a real database: registration until full, the waiting list, promotion
// with a notification, duplicates, capacity changes, concurrency, attendance and history.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { eventRegistrations, notifications, trainingEvents, type Role } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { attendedHours, eventHistory } from "../../../app/modules/training/events-history.server";
import { cancelEvent, recordAttendance, register, unregister } from "../../../app/modules/training/events.server";
import * as detail from "../../../app/routes/formazione.incontri.$id";
import * as list from "../../../app/routes/formazione.incontri._index";
import { createTrainingEvent } from "../../fixtures/training-events";
import { createUser } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";
import { formRequest, getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const ctx = { cspNonce: "", clientIp: "127.0.0.1" };
type ListData = Awaited<ReturnType<typeof list.loader>>;
type DetailData = Awaited<ReturnType<typeof detail.loader>>;

async function person(roles: [Role, "MI" | "BS" | null][] = [["guardian", "MI"]]) {
  const user = await createUser({ roles });
  return { user, cookie: await sessionCookieFor(user.id) };
}

const listAction = (fields: Record<string, string>, cookie: string) =>
  outcome(() => list.action({ request: formRequest("/formazione/incontri?index", fields, cookie), params: {}, context: ctx }));
const detailAction = (id: string, fields: Record<string, string>, cookie: string) =>
  outcome(() => detail.action({ request: formRequest(`/formazione/incontri/${id}`, fields, cookie), params: { id }, context: ctx }));
const detailLoader = async (id: string, cookie: string) =>
  (await outcome(() => detail.loader({ request: getRequest(`/formazione/incontri/${id}`, cookie), params: { id }, context: ctx }))) as {
    status: number;
    value?: DetailData;
  };
const statuses = async (eventId: string) =>
  Object.fromEntries(
    (await db().select().from(eventRegistrations).where(eq(eventRegistrations.eventId, eventId))).map((r) => [r.userId, r.status]),
  );

describe(`training events: registration and waiting list (${engine})`, () => {
  it("registers until full, then puts people on the waiting list in order", async () => {
    const event = await createTrainingEvent({ capacity: 2 });
    const people: Awaited<ReturnType<typeof person>>[] = [];
    for (let i = 0; i < 4; i++) people.push(await person());
    for (const p of people) {
      const result = await listAction({ intent: "register", eventId: event.id }, p.cookie);
      expect(result.status).toBe(302);
    }
    expect((await listAction({ intent: "register", eventId: event.id }, people[0].cookie)).location).toBeUndefined();
    const s = await statuses(event.id);
    expect(people.map((p) => s[p.user.id])).toEqual(["registered", "registered", "waitlisted", "waitlisted"]);

    const seen = (await outcome(() => list.loader({ request: getRequest("/formazione/incontri", people[3].cookie), params: {}, context: ctx })))
      .value as ListData;
    const row = seen.upcoming.find((e) => e.id === event.id)!;
    expect(row).toMatchObject({ registered: 2, waitlisted: 2, myStatus: "waitlisted", myPosition: 2, canRegister: true, canManage: false });
    const first = (await detailLoader(event.id, people[2].cookie)).value!;
    expect(first.event).toMatchObject({ myStatus: "waitlisted", myPosition: 1 });
  });

  it("promotes the first on the waiting list when a registered person cancels, and tells them", async () => {
    const event = await createTrainingEvent({ capacity: 1, title: "Incontro con lista d'attesa" });
    const [a, b, c] = [await person(), await person(), await person()];
    for (const p of [a, b, c]) await register(p.user.id, event.id);
    // Leaving the waiting list promotes nobody.
    expect((await detailAction(event.id, { intent: "unregister" }, c.cookie)).location).toBe(`/formazione/incontri/${event.id}?esito=iscrizione-annullata`);
    expect(await statuses(event.id)).toMatchObject({ [a.user.id]: "registered", [b.user.id]: "waitlisted", [c.user.id]: "cancelled" });

    const result = await detailAction(event.id, { intent: "unregister" }, a.cookie);
    expect(result.status).toBe(302);
    expect(await statuses(event.id)).toMatchObject({ [a.user.id]: "cancelled", [b.user.id]: "registered" });
    const notes = await db().select().from(notifications).where(eq(notifications.userId, b.user.id));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: "event_place_confirmed", link: `/formazione/incontri/${event.id}` });
    expect(notes[0].payload).toMatchObject({ event: "Incontro con lista d'attesa" });
    expect(await db().select().from(notifications).where(eq(notifications.userId, c.user.id))).toHaveLength(0);

    // Coming back after cancelling queues again at the end.
    expect((await register(c.user.id, event.id))).toEqual({ ok: true, status: "waitlisted" });
  });

  it("refuses a second registration with a clear message, and the database refuses duplicates too", async () => {
    const event = await createTrainingEvent();
    const p = await person();
    expect((await detailAction(event.id, { intent: "register" }, p.cookie)).location).toBe(`/formazione/incontri/${event.id}?esito=iscritto`);
    const again = await detailAction(event.id, { intent: "register" }, p.cookie);
    expect(again.status).toBe(409);
    expect((again.value as { data: { error: string } }).data.error).toBe("events.error.alreadyRegistered");
    await expect(db().insert(eventRegistrations).values({ eventId: event.id, userId: p.user.id, status: "registered" })).rejects.toThrow();
    expect(await db().select().from(eventRegistrations).where(eq(eventRegistrations.userId, p.user.id))).toHaveLength(1);
  });

  it("tells registered and waiting people when the event is cancelled", async () => {
    const event = await createTrainingEvent({ capacity: 1 });
    const a = await person();
    const b = await person();
    const manager = await createUser({ roles: [["trainer", "MI"]] });
    expect(await register(a.user.id, event.id)).toEqual({ ok: true, status: "registered" });
    expect(await register(b.user.id, event.id)).toEqual({ ok: true, status: "waitlisted" });
    expect(await cancelEvent({ id: manager.id, roles: [{ role: "trainer", districtCode: "MI" }] }, event.id)).toEqual({ ok: true });
    for (const p of [a, b]) {
      const told = await db()
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, p.user.id), eq(notifications.kind, "event_cancelled")));
      expect(told).toHaveLength(1);
    }
    expect(await register(manager.id, event.id)).toMatchObject({ ok: false, error: "events.error.cancelled" });
  });

  it("closes registration and cancellation once the event has started", async () => {
    const event = await createTrainingEvent({ startsInHours: -1 });
    const p = await person();
    expect(await register(p.user.id, event.id)).toEqual({ ok: false, error: "events.error.started" });
    const result = await listAction({ intent: "register", eventId: event.id }, p.cookie);
    expect(result.status).toBe(409);
    expect(await unregister(p.user.id, event.id)).toEqual({ ok: false, error: "events.error.started" });
  });

  it("keeps exactly the capacity under concurrent registrations", async () => {
    const event = await createTrainingEvent({ capacity: 3 });
    const people = await Promise.all(Array.from({ length: 8 }, () => createUser({ roles: [["guardian", "MI"]] })));
    const results = await Promise.all(people.map((p) => register(p.id, event.id)));
    expect(results.filter((r) => r.ok && r.status === "registered")).toHaveLength(3);
    expect(results.filter((r) => r.ok && r.status === "waitlisted")).toHaveLength(5);
    const rows = await db().select().from(eventRegistrations).where(eq(eventRegistrations.eventId, event.id));
    expect(rows.filter((r) => r.status === "registered")).toHaveLength(3);
  });

  it("refuses to reduce the capacity below the registered count; raising it promotes the waiting list", async () => {
    const trainer = await person([["trainer", "MI"]]);
    const event = await createTrainingEvent({ capacity: 3 });
    const people = [await person(), await person(), await person(), await person()];
    for (const p of people) await register(p.user.id, event.id);
    const form = (capacity: string) => ({
      intent: "update",
      title: "Incontro di prova",
      description: "",
      mode: "in_person",
      place: "Sala formazione, via Esempio 10, Milano",
      link: "",
      date: "2030-05-06",
      startTime: "17:30",
      endTime: "19:30",
      capacity,
      hours: "2",
      courseId: "",
    });
    const refused = await detailAction(event.id, form("2"), trainer.cookie);
    expect(refused.status).toBe(400);
    const body = (refused.value as { data: { errors: Record<string, string>; values: Record<string, string> } }).data;
    expect(body.errors).toEqual({ capacity: "events.validation.capacityBelowRegistered" });
    expect(body.values.capacity).toBe("2");

    expect((await detailAction(event.id, form("4"), trainer.cookie)).location).toBe(`/formazione/incontri/${event.id}?esito=salvato`);
    expect(Object.values(await statuses(event.id)).filter((s) => s === "registered")).toHaveLength(4);
    expect(await db().select().from(notifications).where(eq(notifications.userId, people[3].user.id))).toHaveLength(1);
    const shown = (await detailLoader(event.id, trainer.cookie)).value!;
    expect(shown.formValues).toMatchObject({ date: "2030-05-06", startTime: "17:30", endTime: "19:30", capacity: "4" });
    expect(shown.event.startsAt.toISOString()).toBe("2030-05-06T15:30:00.000Z");
  });
});

describe(`training events: attendance and history (${engine})`, () => {
  it("records attendance in one go and counts the hours of those present", async () => {
    const trainer = { id: (await createUser({ roles: [["trainer", "MI"]] })).id, roles: [{ role: "trainer" as const, districtCode: "MI" as const }] };
    const [a, b] = [await person(), await person()];
    const future = await createTrainingEvent({ hours: 1.5 });
    await register(a.user.id, future.id);
    // Registered while the events were upcoming; then they take place.
    const event = await createTrainingEvent({ hours: 2.5, capacity: 5 });
    await register(a.user.id, event.id);
    await register(b.user.id, event.id);
    const ended = await createTrainingEvent({ hours: 1 });
    await register(a.user.id, ended.id);
    const past = new Date(Date.now() - 3 * 3600 * 1000);
    await db().update(trainingEvents).set({ startsAt: past, endsAt: new Date(past.getTime() + 3600 * 1000) }).where(eq(trainingEvents.id, event.id));
    const earlier = new Date(past.getTime() - 24 * 3600 * 1000);
    await db().update(trainingEvents).set({ startsAt: earlier, endsAt: new Date(earlier.getTime() + 3600 * 1000) }).where(eq(trainingEvents.id, ended.id));

    const [regA] = await db().select().from(eventRegistrations).where(and(eq(eventRegistrations.eventId, event.id), eq(eventRegistrations.userId, a.user.id)));
    expect(await recordAttendance(trainer, event.id, [regA.id])).toEqual({ ok: true });
    const [regEnded] = await db().select().from(eventRegistrations).where(eq(eventRegistrations.eventId, ended.id));
    await recordAttendance(trainer, ended.id, [regEnded.id]);
    expect(await recordAttendance(trainer, future.id, [])).toEqual({ ok: false, error: "events.attendance.notYet" });

    const rows = await db().select().from(eventRegistrations).where(eq(eventRegistrations.eventId, event.id));
    expect(Object.fromEntries(rows.map((r) => [r.userId, r.attended]))).toEqual({ [a.user.id]: true, [b.user.id]: false });
    expect(rows.every((r) => r.attendanceRecordedAt !== null)).toBe(true);
    expect(await attendedHours(a.user.id)).toBe(3.5);
    expect(await attendedHours(b.user.id)).toBe(0);

    const nobody = (await createUser()).id;
    const history = await eventHistory([a.user.id, b.user.id, nobody]);
    expect(history.get(nobody)).toEqual([]);
    expect(history.get(a.user.id)!.map((h) => [h.eventId, h.attended, h.hours])).toEqual([
      [future.id, null, 1.5],
      [event.id, true, 2.5],
      [ended.id, true, 1],
    ]);
    expect(history.get(b.user.id)).toEqual([expect.objectContaining({ eventId: event.id, attended: false, status: "registered", eventCancelled: false })]);
  });
});
