// Who may do what with training events: district scoping, learners vs managers, anonymous
// visitors, the create form's validation, the online link, and inert event descriptions.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { eventRegistrations, trainingEvents, type Role } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { register } from "../../../app/modules/training/events.server";
import * as detail from "../../../app/routes/formazione.incontri.$id";
import * as attendance from "../../../app/routes/formazione.incontri.$id_.presenze";
import * as list from "../../../app/routes/formazione.incontri._index";
import * as create from "../../../app/routes/formazione.incontri.nuovo";
import { createTrainingEvent } from "../../fixtures/training-events";
import { createUser } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";
import { formRequest, getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const ctx = { cspNonce: "", clientIp: "127.0.0.1" };
type DetailData = Awaited<ReturnType<typeof detail.loader>>;
type ListData = Awaited<ReturnType<typeof list.loader>>;

async function person(roles: [Role, "MI" | "BS" | null][]) {
  const user = await createUser({ roles });
  return { user, cookie: await sessionCookieFor(user.id) };
}

const get = (mod: { loader: (args: never) => Promise<unknown> }, path: string, params: Record<string, string>, cookie?: string) =>
  outcome(() => (mod.loader as (a: unknown) => Promise<unknown>)({ request: getRequest(path, cookie), params, context: ctx }));
const post = (mod: { action: (args: never) => Promise<unknown> }, path: string, params: Record<string, string>, fields: Record<string, string | string[]>, cookie?: string) =>
  outcome(() => (mod.action as (a: unknown) => Promise<unknown>)({ request: formRequest(path, fields, cookie), params, context: ctx }));

const eventForm = (over: Record<string, string> = {}) => ({
  intent: "create",
  title: "Laboratorio sul primo colloquio",
  description: "Porta un quaderno.",
  mode: "in_person",
  place: "Sala formazione, via Esempio 10, Milano",
  link: "",
  date: "2030-03-31",
  startTime: "17:30",
  endTime: "19:30",
  capacity: "12",
  hours: "2",
  districtCode: "MI",
  courseId: "",
  ...over,
});

describe(`training events: access (${engine})`, () => {
  it("sends anonymous visitors to the login page", async () => {
    const event = await createTrainingEvent();
    const id = event.id;
    for (const [mod, path, params] of [
      [list, "/formazione/incontri", {}],
      [create, "/formazione/incontri/nuovo", {}],
      [detail, `/formazione/incontri/${id}`, { id }],
      [attendance, `/formazione/incontri/${id}/presenze`, { id }],
    ] as const) {
      const seen = await get(mod, path, params);
      expect(seen.status, path).toBe(302);
      expect(seen.location, path).toMatch(/^\/accedi\?redirectTo=/);
      const sent = await post(mod, path, params, { intent: "register", eventId: id });
      expect(sent.location, path).toMatch(/^\/accedi\?redirectTo=/);
    }
  });

  it("hides another district's events: a Brescia guardian cannot see or register for a Milano event", async () => {
    const milano = await createTrainingEvent({ districtCode: "MI", title: "Solo Milano" });
    const brescia = await createTrainingEvent({ districtCode: "BS", title: "Solo Brescia" });
    const guardian = await person([["guardian", "BS"]]);
    const listed = (await get(list, "/formazione/incontri", {}, guardian.cookie)).value as ListData;
    expect(listed.upcoming.map((e) => e.title)).toContain("Solo Brescia");
    expect(listed.upcoming.map((e) => e.title)).not.toContain("Solo Milano");
    expect(listed.canCreate).toBe(false);
    expect((await get(detail, "", { id: milano.id }, guardian.cookie)).status).toBe(404);
    expect((await post(detail, `/formazione/incontri/${milano.id}`, { id: milano.id }, { intent: "register" }, guardian.cookie)).status).toBe(404);
    expect((await post(list, "/formazione/incontri?index", {}, { intent: "register", eventId: milano.id }, guardian.cookie)).status).toBe(404);
    expect(await db().select().from(eventRegistrations).where(eq(eventRegistrations.eventId, milano.id))).toHaveLength(0);
    expect((await get(detail, "", { id: brescia.id }, guardian.cookie)).status).toBe(200);
    for (const id of ["non-un-uuid", "00000000-0000-4000-8000-000000000000"]) {
      expect((await get(detail, "", { id }, guardian.cookie)).status).toBe(404);
    }
    // Admins see every district.
    const admin = await person([["admin", null]]);
    const all = (await get(list, "/formazione/incontri", {}, admin.cookie)).value as ListData;
    expect(all.upcoming.map((e) => e.title)).toEqual(expect.arrayContaining(["Solo Milano", "Solo Brescia"]));
  });

  it("lets only the district's learners register; others who see the event get 403", async () => {
    const event = await createTrainingEvent({ districtCode: "MI" });
    for (const roles of [[["trainer", "MI"]], [["legal_consultant", "MI"]], [["guardian", "BS"], ["coordinator", "MI"]]] as [Role, "MI" | "BS"][][]) {
      const p = await person(roles);
      expect((await post(detail, "", { id: event.id }, { intent: "register" }, p.cookie)).status, JSON.stringify(roles)).toBe(403);
    }
    const candidate = await person([["candidate", "MI"]]);
    expect((await post(detail, "", { id: event.id }, { intent: "register" }, candidate.cookie)).status).toBe(302);
  });

  it("shows the online link to registered people and managers only", async () => {
    const event = await createTrainingEvent({ mode: "online" });
    const [guardian, other, trainer] = [await person([["guardian", "MI"]]), await person([["guardian", "MI"]]), await person([["trainer", "MI"]])];
    await register(guardian.user.id, event.id);
    const linkFor = async (cookie: string) => ((await get(detail, "", { id: event.id }, cookie)).value as DetailData).event.link;
    expect(await linkFor(guardian.cookie)).toBe("https://meet.example.org/prova");
    expect(await linkFor(trainer.cookie)).toBe("https://meet.example.org/prova");
    expect(await linkFor(other.cookie)).toBeNull();
    const seen = (await get(detail, "", { id: event.id }, other.cookie)).value as DetailData;
    expect(seen.registrations).toBeNull();
    expect(seen.formValues).toBeNull();
  });

  it("lets trainers and coordinators manage only their district's events; attendance after the start", async () => {
    const upcoming = await createTrainingEvent({ districtCode: "MI" });
    const started = await createTrainingEvent({ districtCode: "MI", startsInHours: -1 });
    const learner = await person([["guardian", "MI"]]);
    await db().insert(eventRegistrations).values({ eventId: started.id, userId: learner.user.id, status: "registered" });
    const [reg] = await db().select().from(eventRegistrations).where(eq(eventRegistrations.eventId, started.id));
    const path = (id: string) => `/formazione/incontri/${id}/presenze`;

    for (const roles of [[["trainer", "BS"]], [["coordinator", "BS"]]] as [Role, "MI" | "BS"][][]) {
      const outsider = await person(roles);
      expect((await get(attendance, path(started.id), { id: started.id }, outsider.cookie)).status).toBe(404);
      expect((await post(attendance, path(started.id), { id: started.id }, { present: reg.id }, outsider.cookie)).status).toBe(404);
      expect((await post(detail, "", { id: upcoming.id }, { intent: "cancelEvent" }, outsider.cookie)).status).toBe(404);
    }
    expect((await get(attendance, path(started.id), { id: started.id }, learner.cookie)).status).toBe(403);
    expect((await post(attendance, path(started.id), { id: started.id }, { present: reg.id }, learner.cookie)).status).toBe(403);
    expect((await post(detail, "", { id: upcoming.id }, { intent: "cancelEvent" }, learner.cookie)).status).toBe(403);
    expect((await get(create, "/formazione/incontri/nuovo", {}, learner.cookie)).status).toBe(403);
    expect(await db().select().from(eventRegistrations).where(eq(eventRegistrations.attended, true))).toHaveLength(0);

    for (const roles of [[["trainer", "MI"]], [["coordinator", "MI"]]] as [Role, "MI" | "BS"][][]) {
      const manager = await person(roles);
      const page = await get(attendance, path(started.id), { id: started.id }, manager.cookie);
      expect(page.status).toBe(200);
      expect((page.value as Awaited<ReturnType<typeof attendance.loader>>).registered.map((r) => r.id)).toEqual([reg.id]);
      const saved = await post(attendance, path(started.id), { id: started.id }, { present: reg.id }, manager.cookie);
      expect(saved.location).toBe(`${path(started.id)}?esito=salvate`);
      const notYet = await get(attendance, path(upcoming.id), { id: upcoming.id }, manager.cookie);
      expect((notYet.value as Awaited<ReturnType<typeof attendance.loader>>).started).toBe(false);
      expect((await post(attendance, path(upcoming.id), { id: upcoming.id }, {}, manager.cookie)).status).toBe(409);
    }
    const [after] = await db().select().from(eventRegistrations).where(eq(eventRegistrations.id, reg.id));
    expect(after.attended).toBe(true);

    const coordinator = await person([["coordinator", "MI"]]);
    expect((await post(detail, "", { id: upcoming.id }, { intent: "cancelEvent" }, coordinator.cookie)).location).toBe(
      `/formazione/incontri/${upcoming.id}?esito=annullato`,
    );
    const [cancelled] = await db().select().from(trainingEvents).where(eq(trainingEvents.id, upcoming.id));
    expect(cancelled.cancelledAt).not.toBeNull();
    expect((await register(learner.user.id, upcoming.id))).toEqual({ ok: false, error: "events.error.cancelled" });
  });
});

describe(`training events: creating (${engine})`, () => {
  it("creates an event in the trainer's district, with times converted from Rome time", async () => {
    const trainer = await person([["trainer", "MI"]]);
    const page = (await get(create, "/formazione/incontri/nuovo", {}, trainer.cookie)).value as Awaited<ReturnType<typeof create.loader>>;
    expect(page.districts).toEqual(["MI"]);
    const result = await post(create, "/formazione/incontri/nuovo", {}, eventForm(), trainer.cookie);
    expect(result.status).toBe(302);
    const id = result.location!.match(/incontri\/([0-9a-f-]{36})\?esito=creato$/)![1];
    const [event] = await db().select().from(trainingEvents).where(eq(trainingEvents.id, id));
    expect(event).toMatchObject({ districtCode: "MI", capacity: 12, hours: 2, createdBy: trainer.user.id, link: null });
    // 31 March 2030 is after the clocks go forward: 17:30 in Rome is 15:30 UTC.
    expect(event.startsAt.toISOString()).toBe("2030-03-31T15:30:00.000Z");
    expect(event.descriptionHtml).toContain("<p>Porta un quaderno.</p>");
  });

  it("keeps the input and shows the errors at the fields; refuses districts the user does not manage", async () => {
    const trainer = await person([["trainer", "MI"]]);
    const before = (await db().select().from(trainingEvents)).length;
    const bad = await post(create, "/formazione/incontri/nuovo", {}, eventForm({ mode: "online", link: "http://insicuro.example.org", capacity: "0" }), trainer.cookie);
    expect(bad.status).toBe(400);
    const body = (bad.value as { data: { errors: Record<string, string>; values: Record<string, string> } }).data;
    expect(body.errors).toMatchObject({ capacity: "events.validation.capacity" });
    expect(body.values).toMatchObject({ title: "Laboratorio sul primo colloquio", link: "http://insicuro.example.org" });

    const online = await post(create, "/formazione/incontri/nuovo", {}, eventForm({ mode: "online", link: "javascript:alert(1)" }), trainer.cookie);
    expect((online.value as { data: { errors: Record<string, string> } }).data.errors).toEqual({ link: "events.validation.link" });
    const other = await post(create, "/formazione/incontri/nuovo", {}, eventForm({ districtCode: "BS" }), trainer.cookie);
    expect((other.value as { data: { errors: Record<string, string> } }).data.errors).toEqual({ districtCode: "validation.district" });
    const past = await post(create, "/formazione/incontri/nuovo", {}, eventForm({ date: "2020-01-10" }), trainer.cookie);
    expect((past.value as { data: { errors: Record<string, string> } }).data.errors).toEqual({ date: "events.validation.past" });
    expect(await db().select().from(trainingEvents)).toHaveLength(before);
  });

  it("renders a hostile description inert", async () => {
    const coordinator = await person([["coordinator", "BS"]]);
    const description = [
      "<script>alert('x')</script>",
      '<img src="x" onerror="alert(1)">',
      "[clicca](javascript:alert(1)) e [sito](https://example.org)",
      '<a href="javascript:alert(2)">link</a>',
    ].join("\n\n");
    const result = await post(create, "/formazione/incontri/nuovo", {}, eventForm({ districtCode: "BS", description }), coordinator.cookie);
    expect(result.status).toBe(302);
    const id = result.location!.match(/incontri\/([0-9a-f-]{36})/)![1];
    const html = ((await get(detail, "", { id }, coordinator.cookie)).value as DetailData).event.descriptionHtml;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<[^>]+\son\w+=/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain('href="https://example.org"');
  });
});
