// The guardian's own page (/tutele) and the calendar feed (/tutele/calendario/:token): who gets in,
// proposals shown without identifying data and answered through the page, my minors with their
// deadlines (and nobody else's), the feed's secret address (created, renewed, old one 404) and what
// the feed carries (codes and kinds, never names; open deadlines only).
import { createRemixStub } from "@remix-run/testing";
import { and, eq } from "drizzle-orm";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { appointments, enrolments, minorDeadlines, type Role } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { proposeGuardian, recordDecree } from "../../../app/modules/guardianship/appointments.server";
import { addYears, addDays } from "../../../app/modules/guardianship/deadlines";
import { setGuardianState, updateGuardianProfile } from "../../../app/modules/guardianship/guardians.server";
import { parseCalendar } from "../../../app/modules/guardianship/ics";
import { createMinor, romeToday } from "../../../app/modules/guardianship/minors.server";
import type { MinorInput } from "../../../app/modules/guardianship/schema";
import * as page from "../../../app/routes/tutele._index";
import * as feedRoute from "../../../app/routes/tutele.calendario.$token";
import { createCourse } from "../../fixtures/training";
import { createUser } from "../../fixtures/users";
import { useTestDatabase } from "../../support/database";
import { formRequest, getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const ctx = { cspNonce: "", clientIp: "127.0.0.1" };
const TODAY = romeToday(new Date());
// 16 years old today: the 18th birthday is two years ahead.
const BIRTH = addYears(TODAY, -16);
const FIRST = "Yusuf";
const LAST = "Benali-Prova";
const FACILITY = "Comunità Girasole di prova";
const FILE_NUMBER = "RG-4711/2026";

type Person = Awaited<ReturnType<typeof person>>;
async function person(roles: [Role, "MI" | "BS" | null][], locale: "it" | "en" = "it") {
  const user = await createUser({ roles, locale });
  const actor = { ...user, roles: roles.map(([role, districtCode]) => ({ role, districtCode })) };
  return { user, actor, cookie: await sessionCookieFor(user.id) };
}

const minorInput = (over: Partial<MinorInput> = {}): MinorInput => ({
  firstName: FIRST,
  lastName: LAST,
  birthDate: BIRTH,
  sex: "M",
  languages: ["ar", "fr"],
  arrivalDate: addDays(TODAY, -30),
  facilityName: FACILITY,
  facilityMunicipality: "Monza",
  facilityProvince: "MB",
  courtFileNumber: FILE_NUMBER,
  specialNeeds: ["asylum_application"],
  ...over,
});

let coordinator: Person, guardian: Person, otherGuardian: Person, englishGuardian: Person;

/** A guardian listed in the Milano elenco with the mandatory course done. */
async function listedGuardian(locale: "it" | "en" = "it"): Promise<Person> {
  const p = await person([["guardian", "MI"]], locale);
  await db().insert(enrolments).values({ userId: p.user.id, courseId: course.id, completedAt: new Date() });
  expect(await setGuardianState(coordinator.actor, p.user.id, "MI", { state: "listed", listedSince: addDays(TODAY, -300) })).toEqual({ ok: true });
  await updateGuardianProfile(coordinator.actor, p.user.id, "MI", { available: true, maxMinors: 10, maxMinorsReason: "Molti minori nei test", province: "MB", languages: ["ar"], notes: "" });
  return p;
}

let course: { id: string };
beforeAll(async () => {
  course = await createCourse({ mandatory: true, status: "published" });
  coordinator = await person([["coordinator", "MI"]]);
  guardian = await listedGuardian();
  otherGuardian = await listedGuardian();
  englishGuardian = await listedGuardian("en");
});

async function newMinor(over: Partial<MinorInput> = {}) {
  const created = await createMinor(coordinator.actor, "MI", minorInput(over));
  if (!created.ok) throw new Error("minor not created");
  return created;
}

async function propose(minorId: string, to: Person) {
  const proposed = await proposeGuardian(coordinator.actor, minorId, to.user.id, undefined);
  if (!proposed.ok) throw new Error(proposed.error);
  return proposed.id;
}

/** A minor with `to` as its active guardian (accepted through the page, decree recorded). */
async function appointed(to: Person, over: Partial<MinorInput> = {}) {
  const minor = await newMinor(over);
  const id = await propose(minor.id, to);
  expect((await post({ intent: "accept", appointmentId: id }, to.cookie)).status).toBe(302);
  expect(await recordDecree(coordinator.actor, id, TODAY)).toEqual({ ok: true });
  return { ...minor, appointmentId: id };
}

const open = (cookie?: string, path = "/tutele") => outcome(() => page.loader({ request: getRequest(path, cookie), params: {}, context: ctx }));
const post = (fields: Record<string, string>, cookie?: string) =>
  outcome(() => page.action({ request: formRequest("/tutele", fields, cookie), params: {}, context: ctx }));
const shown = async (cookie: string) => {
  const result = await open(cookie);
  expect(result.status).toBe(200);
  return result.value!;
};
async function fetchFeed(token: string, suffix = ".ics") {
  const response = (await feedRoute.loader({
    request: getRequest(`/tutele/calendario/${token}${suffix}`),
    params: { token: `${token}${suffix}` },
    context: ctx,
  })) as Response;
  return { status: response.status, type: response.headers.get("content-type"), headers: response.headers, text: await response.text() };
}
/** Creates or renews the feed through the page; returns the address and its secret. */
async function makeFeed(p: Person) {
  const result = await post({ intent: "feed" }, p.cookie);
  expect(result.status).toBe(200);
  const value = (result.value as unknown as { data: { kind: string; url: string; renewed: boolean } }).data;
  expect(value.kind).toBe("feed");
  const match = /^http:\/\/localhost:3000\/tutele\/calendario\/([a-z2-7]{32})\.ics$/.exec(value.url);
  expect(match).not.toBeNull();
  return { url: value.url, token: match![1], renewed: value.renewed };
}

describe("/tutele: who gets in", () => {
  it("lets a guardian in", async () => {
    expect((await open(guardian.cookie)).status).toBe(200);
  });

  it("sends a coordinator without the guardian role to the coordinators' desk, of either district", async () => {
    const brescia = await person([["coordinator", "BS"]]);
    for (const c of [coordinator, brescia]) {
      const result = await open(c.cookie);
      expect(result.status).toBe(302);
      expect(result.location).toBe("/coordinamento");
    }
  });

  it("refuses a trainer, a candidate and an admin (403), on the page and its forms", async () => {
    for (const roles of [[["trainer", "MI"]], [["candidate", "MI"]], [["admin", null]]] as [Role, "MI" | "BS" | null][][]) {
      const p = await person(roles);
      expect((await open(p.cookie)).status).toBe(403);
      expect((await post({ intent: "feed" }, p.cookie)).status).toBe(403);
    }
  });

  it("sends an anonymous visitor to the login, and back here afterwards", async () => {
    const result = await open(undefined);
    expect(result.status).toBe(302);
    expect(result.location).toBe(`/accedi?redirectTo=${encodeURIComponent("/tutele")}`);
    const posted = await post({ intent: "feed" });
    expect(posted.status).toBe(302);
    expect(posted.location).toMatch(/^\/accedi\?/);
  });
});

describe("proposals", () => {
  it("shows the code and non-identifying data, never the name, birth date, facility or court file", async () => {
    const minor = await newMinor();
    await propose(minor.id, guardian);
    const data = await shown(guardian.cookie);
    const proposal = data.proposals.find((p) => p.code === minor.code);
    expect(proposal).toMatchObject({ status: "proposed", districtCode: "MI", facilityProvince: "MB", sex: "M", age: { years: 16, estimated: false } });
    // That there are special needs, not which ones (special-category data, after the decree).
    expect(proposal?.hasSpecialNeeds).toBe(true);
    expect(JSON.stringify(proposal)).not.toContain("asylum_application");
    expect(proposal?.languageNames).toEqual(["arabo", "francese"]);
    const text = JSON.stringify(data);
    for (const secret of [FIRST, LAST, BIRTH, FACILITY, FILE_NUMBER, "Monza"]) expect(text).not.toContain(secret);
    // Not in "my minors" before the decree.
    expect(data.minors.some((m) => m.code === minor.code)).toBe(false);
    // Another guardian sees nothing of it.
    const other = await shown(otherGuardian.cookie);
    expect(JSON.stringify(other)).not.toContain(minor.code);
  });

  it("accepting moves the proposal to 'accepted, waiting for the decree'; answering twice is refused", async () => {
    const minor = await newMinor();
    const id = await propose(minor.id, guardian);
    const result = await post({ intent: "accept", appointmentId: id }, guardian.cookie);
    expect(result.status).toBe(302);
    expect(result.location).toBe("/tutele?esito=accettata");
    const [row] = await db().select().from(appointments).where(eq(appointments.id, id));
    expect(row.status).toBe("accepted");
    const data = await shown(guardian.cookie);
    expect(data.proposals.find((p) => p.id === id)?.status).toBe("accepted");
    expect(JSON.stringify(data)).not.toContain(LAST);
    expect((await open(guardian.cookie, "/tutele?esito=accettata")).value?.outcome).toBe("tutelaguardian.outcome.accepted");

    const again = await post({ intent: "decline", appointmentId: id }, guardian.cookie);
    expect(again.status).toBe(409);
    expect(JSON.stringify(again.value)).toContain("tutele.error.notPending");
    expect((await db().select().from(appointments).where(eq(appointments.id, id)))[0].status).toBe("accepted");
  });

  it("declining with a reason removes the proposal from the page and records the reason", async () => {
    const minor = await newMinor();
    const id = await propose(minor.id, guardian);
    const tooLong = await post({ intent: "decline", appointmentId: id, reason: "x".repeat(501) }, guardian.cookie);
    expect(tooLong.status).toBe(400);
    expect(JSON.stringify(tooLong.value)).toContain("tutele.error.tooLong");
    expect((await db().select().from(appointments).where(eq(appointments.id, id)))[0].status).toBe("proposed");

    const result = await post({ intent: "decline", appointmentId: id, reason: "Troppo lontano da casa" }, guardian.cookie);
    expect(result.location).toBe("/tutele?esito=rifiutata");
    const [row] = await db().select().from(appointments).where(eq(appointments.id, id));
    expect(row).toMatchObject({ status: "declined", declineReason: "Troppo lontano da casa" });
    const data = await shown(guardian.cookie);
    expect(data.proposals.some((p) => p.id === id)).toBe(false);
  });

  it("refuses to answer someone else's proposal, with a clear message and no change", async () => {
    const minor = await newMinor();
    const id = await propose(minor.id, guardian);
    const result = await post({ intent: "accept", appointmentId: id }, otherGuardian.cookie);
    expect(result.status).toBe(404);
    expect(JSON.stringify(result.value)).toContain("tutelaguardian.error.proposalGone");
    expect((await db().select().from(appointments).where(eq(appointments.id, id)))[0].status).toBe("proposed");
    expect((await post({ intent: "accept", appointmentId: "not-a-uuid" }, guardian.cookie)).status).toBe(400);
    expect((await post({ intent: "something" }, guardian.cookie)).status).toBe(400);
  });
});

describe("my minors and their deadlines", () => {
  it("lists my active minors with name, age, facility and next deadlines; not another guardian's", async () => {
    const mine = await appointed(guardian, { firstName: "Karim" });
    const theirs = await appointed(otherGuardian, { firstName: "Omar", lastName: "Altro-Tutore" });
    // A deadline entered by hand and already past: overdue, first of all.
    await db().insert(minorDeadlines).values({ minorId: mine.id, kind: "manual", title: "Rinnovo tessera sanitaria", dueDate: addDays(TODAY, -2) });

    const data = await shown(guardian.cookie);
    const row = data.minors.find((m) => m.code === mine.code);
    expect(row).toMatchObject({ firstName: "Karim", lastName: LAST, facilityName: FACILITY, age: { years: 16, estimated: false } });
    expect(row!.next.length).toBeLessThanOrEqual(3);
    expect(row!.next[0]).toMatchObject({ kind: "manual", state: "overdue", title: "Rinnovo tessera sanitaria" });
    expect(data.upcoming[0]).toMatchObject({ code: mine.code, state: "overdue" });
    expect(data.upcoming.length).toBeLessThanOrEqual(10);
    // The 18th birthday is two years ahead: among the open deadlines, "later".
    const birthday = addYears(BIRTH, 18);
    const [eighteenth] = await db()
      .select()
      .from(minorDeadlines)
      .where(and(eq(minorDeadlines.minorId, mine.id), eq(minorDeadlines.kind, "eighteenth_birthday")));
    expect(eighteenth.dueDate).toBe(birthday);
    expect(row!.openCount).toBeGreaterThan(row!.next.length);

    expect(data.minors.some((m) => m.code === theirs.code)).toBe(false);
    const text = JSON.stringify(data);
    expect(text).not.toContain("Altro-Tutore");
    expect(text).not.toContain(theirs.code);
    // The proposal accepted earlier became a minor: it left the proposals.
    expect(data.proposals.some((p) => p.code === mine.code)).toBe(false);
  });
});

describe("the calendar feed", () => {
  it("has no address until created; the address works, names codes and kinds, never names", async () => {
    const p = await listedGuardian();
    expect((await shown(p.cookie)).feedCreatedAt).toBeNull();
    const minor = await appointed(p);
    const { token, renewed } = await makeFeed(p);
    expect(renewed).toBe(false);
    expect((await shown(p.cookie)).feedCreatedAt).not.toBeNull();

    const feed = await fetchFeed(token);
    expect(feed.status).toBe(200);
    expect(feed.type).toBe("text/calendar; charset=utf-8");
    expect(feed.headers.get("cache-control")).toBe("private, no-store");
    expect(feed.headers.get("content-disposition")).toBe('inline; filename="tutele.ics"');
    const events = parseCalendar(feed.text);
    const birthday = events.find((e) => e.SUMMARY.includes("Compimento dei 18 anni"));
    expect(birthday).toBeDefined();
    expect(birthday!.SUMMARY).toContain(minor.code);
    expect(birthday!.DTSTART).toBe(addYears(BIRTH, 18).replace(/-/g, ""));
    expect(birthday!.URL).toBe(`http://localhost:3000/tutele/${minor.code}`);
    expect(birthday!.UID).toMatch(/@localhost:3000$/);
    for (const secret of [FIRST, LAST, FACILITY, FILE_NUMBER]) expect(feed.text).not.toContain(secret);
    // Without the .ics suffix too; a malformed or unknown secret is 404.
    expect((await fetchFeed(token, "")).status).toBe(200);
    expect((await fetchFeed("a".repeat(32))).status).toBe(404);
    expect((await fetchFeed("../../etc")).status).toBe(404);
  });

  it("renewing stops the old address at once and the new one works", async () => {
    const p = await listedGuardian();
    await appointed(p);
    const first = await makeFeed(p);
    const second = await makeFeed(p);
    expect(second.renewed).toBe(true);
    expect(second.token).not.toBe(first.token);
    expect((await fetchFeed(first.token)).status).toBe(404);
    expect((await fetchFeed(second.token)).status).toBe(200);
  });

  it("carries only open deadlines of active minors: done ones and other guardians' minors are left out", async () => {
    const p = await listedGuardian();
    const minor = await appointed(p);
    const theirs = await appointed(otherGuardian);
    const { token } = await makeFeed(p);
    const before = parseCalendar((await fetchFeed(token)).text);
    const ids = (await db().select().from(minorDeadlines).where(eq(minorDeadlines.minorId, minor.id))).filter((d) => d.doneAt === null);
    expect(before).toHaveLength(ids.length);
    expect(before.every((e) => e.SUMMARY.startsWith(minor.code))).toBe(true);
    expect(before.some((e) => e.SUMMARY.includes(theirs.code))).toBe(false);

    const eighteenth = ids.find((d) => d.kind === "eighteenth_birthday")!;
    await db().update(minorDeadlines).set({ doneAt: new Date(), doneById: p.user.id }).where(eq(minorDeadlines.id, eighteenth.id));
    const after = parseCalendar((await fetchFeed(token)).text);
    expect(after).toHaveLength(before.length - 1);
    expect(after.some((e) => e.UID.startsWith(eighteenth.id))).toBe(false);
    expect(after.some((e) => e.SUMMARY.includes("Compimento dei 18 anni"))).toBe(false);
  });

  it("is written in the guardian's language", async () => {
    const minor = await appointed(englishGuardian);
    const { token } = await makeFeed(englishGuardian);
    const events = parseCalendar((await fetchFeed(token)).text);
    expect(events.find((e) => e.SUMMARY === `${minor.code}: 18th birthday`)).toBeDefined();
  });
});

/** The page as the server renders it, from the loader's (and action's) data. */
function render(loaderData: unknown, actionData?: unknown): string {
  const Stub = createRemixStub([{ id: "page", path: "/tutele", Component: page.default, loader: () => loaderData as never }]);
  const quiet = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes("useLayoutEffect does nothing on the server")) throw new Error(args.map(String).join(" "));
  });
  try {
    return renderToString(
      createElement(Stub, {
        initialEntries: ["/tutele"],
        hydrationData: { loaderData: { page: loaderData }, actionData: actionData ? { page: actionData } : undefined },
      }),
    );
  } finally {
    quiet.mockRestore();
  }
}
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/\s+/g, " ");

describe("the page as the guardian sees it", () => {
  it("shows proposals by code with Accept / Decline, my minors by name, deadlines, and the feed address once", async () => {
    const p = await listedGuardian();
    const waiting = await newMinor({ firstName: "Proposto", lastName: "Senza-Nome" });
    await propose(waiting.id, p);
    const mine = await appointed(p, { firstName: "Amina", lastName: "Affidata", sex: "F" });
    const html = render((await shown(p.cookie)));
    const visible = text(html);
    expect(visible).toContain("Le mie tutele");
    expect(visible).toContain(`Proposta per il minore ${waiting.code}`);
    expect(visible).toContain("Accetta la proposta");
    expect(visible).toContain("Rifiuta la proposta");
    expect(visible).toContain("arabo, francese");
    expect(visible).not.toContain("Senza-Nome");
    expect(visible).toContain("I miei minori");
    expect(visible).toContain("Amina Affidata");
    expect(html).toContain(`href="/tutele/${mine.code}"`);
    expect(visible).toContain("Compimento dei 18 anni");
    expect(visible).toContain("Prossime scadenze");
    expect(visible).toContain("Crea l'indirizzo del calendario");

    const { url } = await makeFeed(p);
    const result = await post({ intent: "feed" }, p.cookie);
    const renewedUrl = (result.value as unknown as { data: { url: string } }).data.url;
    expect(renewedUrl).not.toBe(url);
    const after = render(await shown(p.cookie), (result.value as unknown as { data: unknown }).data);
    expect(after).toContain(`value="${renewedUrl}"`);
    expect(text(after)).toContain("Rinnova l'indirizzo del calendario");
    expect(text(after)).toContain("Copialo ora");
    // Without the action's answer the address is never on the page again.
    expect(render(await shown(p.cookie))).not.toContain("/tutele/calendario/");
  });

  it("shows a refusal as a message and keeps a too-long decline reason beside its field", async () => {
    const p = await listedGuardian();
    const minor = await newMinor();
    const id = await propose(minor.id, p);
    const long = "y".repeat(501);
    const refused = await post({ intent: "decline", appointmentId: id, reason: long }, p.cookie);
    const html = render(await shown(p.cookie), (refused.value as unknown as { data: unknown }).data);
    expect(text(html)).toContain("Il testo è troppo lungo.");
    expect(html).toContain(`value="${long}"`);
    const gone = await post({ intent: "accept", appointmentId: id }, otherGuardian.cookie);
    expect(text(render(await shown(otherGuardian.cookie), (gone.value as unknown as { data: unknown }).data))).toContain(
      "Questa proposta non esiste più o non è rivolta a te.",
    );
  });
});
