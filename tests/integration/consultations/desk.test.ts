// The consultants' desk and the guardian's list on /consulenze: counts per status, the "due within
// 24 hours" and "overdue" lists at a fixed time, filters, pages, the district boundary, and who is
// sent where (coordinators, trainers and candidates to the FAQ; anonymous visitors to /accedi).
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../../db/schema";
import { assigneeOptions, deskCounts, queue } from "../../../app/modules/consultations/desk.server";
import { createRequest } from "../../../app/modules/consultations/requests.server";
import { queueQuerySchema, type QueueQuery, type RequestInput } from "../../../app/modules/consultations/schema";
import { reply, setStatus, take } from "../../../app/modules/consultations/workflow.server";
import * as page from "../../../app/routes/consulenze._index";
import { romeLocalToUtc } from "../../../app/utils/dates";
import { createUser } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";
import { getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const ctx = { cspNonce: "", clientIp: "127.0.0.1" };
type PageData = Awaited<ReturnType<typeof page.loader>>;
type District = "MI" | "BS";

async function member(grants: [Role, District | null][]) {
  const user = await createUser({ roles: grants });
  return { ...user, roles: grants.map(([role, districtCode]) => ({ role, districtCode })), cookie: await sessionCookieFor(user.id) };
}
type Member = Awaited<ReturnType<typeof member>>;

const rome = (date: string, time = "10:00") => romeLocalToUtc(date, time)!;
const q = (over: Partial<QueueQuery> = {}): QueueQuery => ({ ...queueQuerySchema.parse({}), ...over });

async function file(guardian: Member, at: Date, over: Partial<RequestInput> = {}) {
  const created = await createRequest(
    guardian,
    {
      category: "residence_permit",
      subject: "Rinnovo del permesso",
      description: "Che documenti servono?",
      minorId: null,
      urgent: false,
      urgencyReason: null,
      deadlineDate: null,
      ...over,
    },
    [],
    at,
  );
  if (!created.ok) throw new Error(created.error);
  return created.id;
}

async function load(path: string, cookie?: string) {
  return outcome(() => page.loader({ request: getRequest(path, cookie), params: {}, context: ctx })) as Promise<{
    status: number;
    value?: PageData;
    location?: string | null;
  }>;
}

describe(`consultants' desk (${engine})`, () => {
  // Shared by the tests below (they only read): two Milano guardians, one Brescia guardian, two Milano consultants, one of Brescia, an admin.
  let g1: Member, g2: Member, gBS: Member, c1: Member, c2: Member, cBS: Member, admin: Member;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    [g1, g2, gBS, c1, c2, cBS, admin] = [
      await member([["guardian", "MI"]]),
      await member([["guardian", "MI"]]),
      await member([["guardian", "BS"]]),
      await member([["legal_consultant", "MI"]]),
      await member([["legal_consultant", "MI"]]),
      await member([["legal_consultant", "BS"]]),
      await member([["admin", null]]),
    ];
    // Wed 25 Feb 2026: 3 working days → due by the end of Mon 2 March.
    ids.late = await file(g1, rome("2026-02-25"), { subject: "Scaduta", category: "health" });
    // Mon 2 March, urgent: 1 working day → due by the end of Tue 3 March.
    ids.soon = await file(g1, rome("2026-03-02"), { subject: "Urgente", urgent: true, urgencyReason: "Udienza", category: "age_assessment" });
    // Mon 2 March: due by the end of Thu 5 March.
    ids.later = await file(g2, rome("2026-03-02", "11:00"), { subject: "Più tardi", category: "school" });
    // Answered and closed.
    ids.closed = await file(g2, rome("2026-02-20"), { subject: "Chiusa", category: "school" });
    await take(c2, ids.closed, rome("2026-02-20", "12:00"));
    await reply(c2, ids.closed, "Risposta", "answered", [], rome("2026-02-20", "13:00"));
    await setStatus(c2, ids.closed, "closed", rome("2026-02-21"));
    // Taken by c1, waiting for the guardian (clock paused).
    ids.waiting = await file(g1, rome("2026-02-26"), { subject: "In attesa", category: "family" });
    await take(c1, ids.waiting, rome("2026-02-26", "12:00"));
    await setStatus(c1, ids.waiting, "waiting_guardian", rome("2026-02-26", "13:00"));
    // Brescia.
    ids.bs = await file(gBS, rome("2026-02-25"), { subject: "Brescia", category: "health" });
  });

  it("counts per status and the two service-level lists, at a fixed time", async () => {
    const now = rome("2026-03-03", "10:00");
    const counts = await deskCounts(c1, now);
    expect(counts.byStatus).toEqual({ new: 3, in_charge: 0, waiting_guardian: 1, answered: 0, closed: 1 });
    // "late" was due at midnight of 3 March; "soon" is due at midnight of 4 March (in 14 hours).
    expect(counts).toMatchObject({ due24h: 1, overdue: 1 });
    expect((await queue(c1, q({ list: "overdue" }), now)).rows.map((r) => r.id)).toEqual([ids.late]);
    expect((await queue(c1, q({ list: "due24h" }), now)).rows.map((r) => r.id)).toEqual([ids.soon]);
    // A day later "soon" is overdue too, and nothing is due within 24 hours but "later" (end of 5 March).
    const next = rome("2026-03-04", "10:00");
    expect((await queue(c1, q({ list: "overdue" }), next)).rows.map((r) => r.id)).toEqual([ids.late, ids.soon]);
    expect((await queue(c1, q({ list: "due24h" }), next)).rows.map((r) => r.id)).toEqual([]);
    expect((await queue(c1, q({ list: "due24h" }), rome("2026-03-05", "10:00"))).rows.map((r) => r.id)).toEqual([ids.later]);
    // Brescia's desk has its own numbers; admins see both districts, or one.
    expect(await deskCounts(cBS, now)).toMatchObject({ byStatus: { new: 1 }, overdue: 1, due24h: 0 });
    expect((await deskCounts(admin, now)).byStatus.new).toBe(4);
    expect((await deskCounts(admin, now, "BS")).byStatus.new).toBe(1);
  });

  it("sorts the queue by due date, running clocks first, and filters", async () => {
    const now = rome("2026-03-03", "10:00");
    const open = await queue(c1, q(), now);
    expect(open.rows.map((r) => r.id)).toEqual([ids.late, ids.soon, ids.later, ids.waiting]);
    expect(open.total).toBe(4);
    expect((await queue(c1, q({ status: "all" }), now)).total).toBe(5);
    expect((await queue(c1, q({ status: "closed" }), now)).rows.map((r) => r.id)).toEqual([ids.closed]);
    expect((await queue(c1, q({ category: "school", status: "all" }), now)).rows.map((r) => r.id).sort()).toEqual([ids.later, ids.closed].sort());
    expect((await queue(c1, q({ urgency: "urgent" }), now)).rows.map((r) => r.id)).toEqual([ids.soon]);
    expect((await queue(c1, q({ urgency: "normal" }), now)).total).toBe(3);
    expect((await queue(c1, q({ assignee: "me" }), now)).rows.map((r) => r.id)).toEqual([ids.waiting]);
    expect((await queue(c2, q({ assignee: "me" }), now)).rows).toEqual([]);
    expect((await queue(c1, q({ assignee: "none" }), now)).total).toBe(3);
    expect((await queue(c1, q({ assignee: c2.id, status: "all" }), now)).rows.map((r) => r.id)).toEqual([ids.closed]);
    // The assignee filter offers the consultants that hold requests in the user's districts.
    expect((await assigneeOptions(c1)).map((a) => a.id).sort()).toEqual([c1.id, c2.id].sort());
    expect(await assigneeOptions(cBS)).toEqual([]);
  });

  it("keeps each consultant to their district; admins see all and may pick one", async () => {
    const now = rome("2026-03-03", "10:00");
    const all = { status: "all" as const };
    expect((await queue(cBS, q(all), now)).rows.map((r) => r.id)).toEqual([ids.bs]);
    expect((await queue(c1, q(all), now)).rows.map((r) => r.id)).not.toContain(ids.bs);
    // Asking for the other district gives nothing, not its requests.
    expect((await queue(c1, q({ ...all, district: "BS" }), now)).total).toBe(0);
    expect((await queue(admin, q(all), now)).total).toBe(6);
    expect((await queue(admin, q({ ...all, district: "BS" }), now)).rows.map((r) => r.id)).toEqual([ids.bs]);
    // A guardian has no desk at all.
    expect((await queue(g1, q(all), now)).total).toBe(0);
  });

  it("serves the page: the desk for consultants with filters from the address", async () => {
    const res = await load("/consulenze?stato=all&categoria=school", c1.cookie);
    expect(res.status).toBe(200);
    const data = res.value!;
    expect(data.mine).toBeNull();
    expect(data.desk!.rows.map((r) => r.id).sort()).toEqual([ids.later, ids.closed].sort());
    expect(data.desk!.query).toMatchObject({ status: "all", category: "school" });
    expect(data.desk!.districts).toEqual(["MI"]);
    expect(data.areas).toMatchObject({ mine: false, desk: true, templates: true, reports: true });
    // Bad values mean "no filter"; another district's filter is dropped.
    const bad = (await load("/consulenze?stato=boh&urgenza=x&assegnatario=nobody&distretto=BS", c1.cookie)).value!;
    expect(bad.desk!.query).toMatchObject({ status: "open", urgency: undefined, assignee: undefined, district: undefined });
    expect(bad.desk!.rows.map((r) => r.id)).not.toContain(ids.bs);
    expect(bad.desk!.total).toBe(4);
    const me = (await load("/consulenze?assegnatario=me", c1.cookie)).value!;
    expect(me.desk!.rows.map((r) => r.id)).toEqual([ids.waiting]);
    const admins = (await load("/consulenze?stato=all&distretto=BS", admin.cookie)).value!;
    expect(admins.desk!.rows.map((r) => r.id)).toEqual([ids.bs]);
    expect(admins.desk!.districts).toEqual(["MI", "BS"]);
    expect(admins.desk!.counts.byStatus.new).toBe(1);
  });

  it("shows each guardian only their own requests, and no desk", async () => {
    const mine = (await load("/consulenze", g1.cookie)).value!;
    expect(mine.desk).toBeNull();
    expect(mine.mine!.map((r) => r.id).sort()).toEqual([ids.late, ids.soon, ids.waiting].sort());
    const other = (await load("/consulenze", g2.cookie)).value!;
    expect(other.mine!.map((r) => r.id).sort()).toEqual([ids.later, ids.closed].sort());
    // The desk's filters in the address change nothing for a guardian.
    const sneaky = (await load("/consulenze?stato=all&distretto=MI", gBS.cookie)).value!;
    expect(sneaky.mine!.map((r) => r.id)).toEqual([ids.bs]);
    expect(sneaky.desk).toBeNull();
  });

  it("shows both sections to a guardian who is also a consultant", async () => {
    const both = await member([
      ["guardian", "BS"],
      ["legal_consultant", "MI"],
    ]);
    const own = await file(both, rome("2026-03-01"), { subject: "Mia" });
    const data = (await load("/consulenze", both.cookie)).value!;
    expect(data.mine!.map((r) => r.id)).toEqual([own]);
    expect(data.desk!.rows.map((r) => r.id)).toContain(ids.late);
    expect(data.desk!.rows.map((r) => r.id)).not.toContain(own);
  });

  it("sends coordinators, trainers and candidates to the FAQ, and anonymous visitors to the login", async () => {
    for (const role of ["coordinator", "trainer", "candidate"] as const) {
      const someone = await member([[role, "MI"]]);
      const res = await load("/consulenze", someone.cookie);
      expect(res.status, role).toBe(302);
      expect(res.location, role).toBe("/consulenze/faq");
    }
    const anonymous = await load("/consulenze?stato=all");
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toBe(`/accedi?redirectTo=${encodeURIComponent("/consulenze?stato=all")}`);
  });

  it("pages the queue with a stable ?pagina=", async () => {
    const guardian = await member([["guardian", "BS"]]);
    for (let i = 0; i < 26; i++) await file(guardian, rome("2026-03-02", `${String(8 + Math.floor(i / 4)).padStart(2, "0")}:${String((i % 4) * 10).padStart(2, "0")}`), { subject: `Richiesta ${i}`, category: "other" });
    const first = (await load("/consulenze?categoria=other", cBS.cookie)).value!.desk!;
    expect(first).toMatchObject({ total: 26, page: 1, pages: 2 });
    expect(first.rows).toHaveLength(25);
    const second = (await load("/consulenze?categoria=other&pagina=2", cBS.cookie)).value!.desk!;
    expect(second.rows).toHaveLength(1);
    expect(second.search).toBe("categoria=other&pagina=2");
    expect(first.rows.map((r) => r.id)).not.toContain(second.rows[0].id);
    // Past the last page: the last page.
    expect((await load("/consulenze?categoria=other&pagina=9", cBS.cookie)).value!.desk!.page).toBe(2);
  });
});
