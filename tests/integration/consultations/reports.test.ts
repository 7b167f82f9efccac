// Reports of Consulenze legali on a small fixture at a fixed time: requests per month and topic,
// median time to first response (hours and working days), share of replies within the service
// level, requests now overdue, ratings; the district boundary; who may open /consulenze/rapporti.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Role } from "../../../db/schema";
import { createRequest } from "../../../app/modules/consultations/requests.server";
import type { RequestInput } from "../../../app/modules/consultations/schema";
import { consultationReport, reportMonths, weightedMedian } from "../../../app/modules/consultations/reports.server";
import { addNote, rate, reply, take } from "../../../app/modules/consultations/workflow.server";
import * as page from "../../../app/routes/consulenze.rapporti";
import { romeLocalToUtc } from "../../../app/utils/dates";
import { createUser } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";
import { getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const ctx = { cspNonce: "", clientIp: "127.0.0.1" };
type PageData = Awaited<ReturnType<typeof page.loader>>;
const rome = (date: string, time = "10:00") => romeLocalToUtc(date, time)!;

async function member(grants: [Role, "MI" | "BS" | null][]) {
  const user = await createUser({ roles: grants, name: `Persona ${grants[0][0]} ${Math.random().toString(36).slice(2, 7)}` });
  return { ...user, roles: grants.map(([role, districtCode]) => ({ role, districtCode })), cookie: await sessionCookieFor(user.id) };
}
type Member = Awaited<ReturnType<typeof member>>;

async function file(guardian: Member, at: Date, over: Partial<RequestInput> = {}) {
  const input: RequestInput = {
    category: "residence_permit",
    subject: "Domanda",
    description: "Testo",
    minorId: null,
    urgent: false,
    urgencyReason: null,
    deadlineDate: null,
    ...over,
  };
  const created = await createRequest(guardian, input, [], at);
  if (!created.ok) throw new Error(created.error);
  return created.id;
}

const ok = (r: { ok: boolean }) => expect(r).toEqual({ ok: true });

describe("report helpers", () => {
  it("computes a weighted median as percentile_cont(0.5) would", () => {
    expect(weightedMedian([])).toBeNull();
    expect(weightedMedian([{ value: 3, weight: 1 }])).toBe(3);
    expect(weightedMedian([{ value: 4, weight: 1 }, { value: 0, weight: 1 }, { value: 1, weight: 1 }])).toBe(1);
    expect(weightedMedian([{ value: 1, weight: 2 }, { value: 5, weight: 2 }])).toBe(3);
    expect(weightedMedian([{ value: 2, weight: 3 }, { value: 9, weight: 1 }])).toBe(2);
  });

  it("lists the last 12 Rome months, oldest first", () => {
    const months = reportMonths(rome("2026-01-01", "00:30"));
    expect(months).toHaveLength(12);
    expect(months[0]).toBe("2025-02");
    expect(months[11]).toBe("2026-01");
  });
});

describe(`consultation reports (${engine})`, () => {
  it("computes the figures over the last 12 months of the user's districts", async () => {
    const guardian = await member([["guardian", "MI"]]);
    const guardianBS = await member([["guardian", "BS"]]);
    const consultant = await member([["legal_consultant", "MI"]]);
    const consultantBS = await member([["legal_consultant", "BS"]]);
    const admin = await member([["admin", null]]);
    const now = rome("2026-06-15", "12:00");

    // A: Mon 1 June, answered 4 hours later (on time), rated 5 with a comment.
    const a = await file(guardian, rome("2026-06-01"), { category: "health" });
    ok(await reply(consultant, a, "Risposta", "answered", [], rome("2026-06-01", "14:00")));
    ok(await rate(guardian, a, 5, "Grazie, chiarissimo", rome("2026-06-02")));
    // B: Wed 3 June, due by the end of Mon 8 June; answered Tue 9 June (late: 144 hours, 4 working days), rated 3.
    const b = await file(guardian, rome("2026-06-03"), { category: "health" });
    ok(await addNote(consultant, b, "NOTA INTERNA da non mostrare", rome("2026-06-04")));
    ok(await reply(consultant, b, "Risposta", "answered", [], rome("2026-06-09")));
    ok(await rate(guardian, b, 3, null, rome("2026-06-10")));
    // C: Mon 11 May, answered a day later (on time, 1 working day), rated 4.
    const c = await file(guardian, rome("2026-05-11"), { category: "school" });
    ok(await reply(consultant, c, "Risposta", "answered", [], rome("2026-05-12")));
    ok(await rate(guardian, c, 4, "Utile", rome("2026-05-13")));
    // D: Fri 5 June, taken but never answered: due by the end of Wed 10 June, overdue now.
    const d = await file(guardian, rome("2026-06-05"), { category: "family" });
    ok(await take(consultant, d, rome("2026-06-05", "11:00")));
    // E: more than 12 months ago, answered late and rated 1: outside every figure.
    const e = await file(guardian, rome("2025-05-04"), { category: "other" });
    ok(await reply(consultant, e, "Risposta", "answered", [], rome("2025-05-20")));
    ok(await rate(guardian, e, 1, "Vecchio", rome("2025-05-21")));
    // F: Brescia, 2 June (a holiday), answered on Wed 3 June; rated 2.
    const f = await file(guardianBS, rome("2026-06-02"), { category: "health" });
    ok(await reply(consultantBS, f, "Risposta", "answered", [], rome("2026-06-03")));
    ok(await rate(guardianBS, f, 2, "Lenta", rome("2026-06-04")));

    const mi = (await consultationReport(consultant, { now }))!;
    expect(mi.months).toHaveLength(12);
    expect(mi.months[0].month).toBe("2025-07");
    expect(mi.from.toISOString()).toBe(rome("2025-07-01", "00:00").toISOString());
    const month = (m: string) => mi.months.find((r) => r.month === m);
    expect(month("2026-05")).toEqual({ month: "2026-05", requests: 1, replies: 1, onTime: 1 });
    expect(month("2026-06")).toEqual({ month: "2026-06", requests: 3, replies: 2, onTime: 1 });
    expect(mi.total).toBe(4);
    expect(mi.categories.find((x) => x.category === "health")!.requests).toBe(2);
    expect(mi.categories.find((x) => x.category === "school")!.requests).toBe(1);
    expect(mi.categories.find((x) => x.category === "family")!.requests).toBe(1);
    expect(mi.categories.find((x) => x.category === "other")!.requests).toBe(0);
    // First responses: 4, 24 and 144 hours → median 24; working days 0, 1 and 4 → median 1.
    expect(mi.firstResponse).toEqual({ count: 3, medianHours: 24, medianWorkingDays: 1 });
    expect(mi.sla).toEqual({ replies: 3, onTime: 2 });
    expect(mi.overdue).toBe(1);
    expect(mi.ratings).toMatchObject({ count: 3, average: 4 });
    expect(mi.ratings.distribution).toEqual([
      { score: 1, count: 0 },
      { score: 2, count: 0 },
      { score: 3, count: 1 },
      { score: 4, count: 1 },
      { score: 5, count: 1 },
    ]);
    expect(mi.ratings.comments.map((x) => [x.score, x.comment])).toEqual([
      [5, "Grazie, chiarissimo"],
      [4, "Utile"],
    ]);
    // No names, no internal notes, nothing of Brescia.
    const text = JSON.stringify(mi);
    for (const secret of [guardian.name, guardian.email, consultant.name, "NOTA INTERNA", "Lenta", "Vecchio"]) expect(text).not.toContain(secret);

    // Admins: both districts, or one of them.
    const all = (await consultationReport(admin, { now }))!;
    expect(all.total).toBe(5);
    expect(all.sla).toEqual({ replies: 4, onTime: 3 });
    expect(all.ratings).toMatchObject({ count: 4, average: 3.5 });
    // Working days: A 0, C 1, B 4, F 1 (filed on the 2 June holiday, answered on the 3rd) → median 1;
    // hours: 4, 24, 144, 24 → median 24.
    expect(all.firstResponse.medianWorkingDays).toBe(1);
    expect(all.firstResponse.medianHours).toBe(24);
    const bs = (await consultationReport(admin, { now, district: "BS" }))!;
    expect(bs.total).toBe(1);
    expect(bs.ratings.comments.map((x) => x.comment)).toEqual(["Lenta"]);
    expect((await consultationReport(consultantBS, { now }))!.total).toBe(1);
    // A consultant asking for another district gets nothing; a guardian has no report.
    expect(await consultationReport(consultant, { now, district: "BS" })).toBeNull();
    expect(await consultationReport(guardian, { now })).toBeNull();
  });

  it("opens the page for consultants and admins only", async () => {
    const consultant = await member([["legal_consultant", "MI"]]);
    const res = await outcome(() => page.loader({ request: getRequest("/consulenze/rapporti?distretto=BS", consultant.cookie), params: {}, context: ctx }));
    expect(res.status).toBe(200);
    const data = res.value as PageData;
    expect(data.district).toBeNull();
    expect(data.districts).toEqual(["MI"]);
    const admin = await member([["admin", null]]);
    const adminData = (await outcome(() => page.loader({ request: getRequest("/consulenze/rapporti?distretto=BS", admin.cookie), params: {}, context: ctx }))).value as PageData;
    expect(adminData.district).toBe("BS");
    for (const role of ["guardian", "coordinator", "trainer", "candidate"] as const) {
      const someone = await member([[role, "MI"]]);
      const refused = await outcome(() => page.loader({ request: getRequest("/consulenze/rapporti", someone.cookie), params: {}, context: ctx }));
      expect(refused.status, role).toBe(403);
    }
    const anonymous = await outcome(() => page.loader({ request: getRequest("/consulenze/rapporti"), params: {}, context: ctx }));
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/accedi\?redirectTo=/);
  });

  it("never reads internal notes", () => {
    const source = fs.readFileSync(path.resolve(import.meta.dirname, "../../../app/modules/consultations/reports.server.ts"), "utf8");
    const code = source
      .split("\n")
      .filter((line) => !line.trim().startsWith("//"))
      .join("\n");
    expect(code).not.toMatch(/consultationNotes|consultation_notes/);
  });
});
