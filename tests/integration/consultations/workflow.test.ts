// The life cycle of a consultation request on a real database: statuses and their history (who,
// when, from/to), the service-level clock (pauses, follow-ups, on-time replies), reopening,
// closing, rating, the district boundary, links to the guardian's own minors, concurrency.
import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  appointments,
  consultationEvents,
  consultationMessages,
  consultationNotes,
  consultations,
  minors,
  notifications,
  type Role,
} from "../../../db/schema";
import { db } from "../../../app/db.server";
import { createRequest } from "../../../app/modules/consultations/requests.server";
import type { RequestInput } from "../../../app/modules/consultations/schema";
import { threadActionSchema } from "../../../app/modules/consultations/schema";
import {
  addNote,
  assign,
  guardianClose,
  guardianMessage,
  rate,
  reply,
  setStatus,
  take,
} from "../../../app/modules/consultations/workflow.server";
import { romeLocalToUtc } from "../../../app/utils/dates";
import { createUser } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";

useTestDatabase();

type District = "MI" | "BS";
async function member(role: Role, district: District | null, options: { disabled?: boolean } = {}) {
  const user = await createUser({ roles: [[role, district]], ...options });
  return { ...user, roles: [{ role, districtCode: district }] };
}
type Member = Awaited<ReturnType<typeof member>>;

const rome = (date: string, time = "10:00") => romeLocalToUtc(date, time)!;
const iso = (date: string, time = "10:00") => rome(date, time).toISOString();

const input = (over: Partial<RequestInput> = {}): RequestInput => ({
  category: "residence_permit",
  subject: "Rinnovo del permesso di soggiorno",
  description: "La questura chiede il passaporto: come procedo?",
  minorId: null,
  urgent: false,
  urgencyReason: null,
  deadlineDate: null,
  ...over,
});

async function fileRequest(guardian: Member, now: Date, over: Partial<RequestInput> = {}) {
  const created = await createRequest(guardian, input(over), [], now);
  if (!created.ok) throw new Error(`request refused: ${created.error}`);
  return created.id;
}

const load = async (id: string) => (await db().select().from(consultations).where(eq(consultations.id, id)))[0];

/** The request's history as "when type from→to who", sorted (events of one instant have no order). */
async function history(id: string, names: Record<string, string>) {
  const rows = await db().select().from(consultationEvents).where(eq(consultationEvents.consultationId, id));
  return rows
    .map((e) => `${e.createdAt.toISOString()} ${e.type} ${e.fromStatus ?? "-"}→${e.toStatus ?? "-"} ${e.actorId ? (names[e.actorId] ?? "?") : "system"}`)
    .sort();
}

async function kindsFor(userId: string) {
  const rows = await db().select().from(notifications).where(eq(notifications.userId, userId)).orderBy(asc(notifications.createdAt));
  return rows.map((n) => `${n.kind}${n.payload.status ? `:${n.payload.status}` : ""}`);
}

const refused = (error: string, status: number) => ({ ok: false, error, status });

describe(`consultation life cycle (${engine})`, () => {
  it("goes from new to closed, pausing and resuming the clock, with every change recorded", async () => {
    const guardian = await member("guardian", "MI");
    const a = await member("legal_consultant", "MI");
    const b = await member("legal_consultant", "MI");
    const bs = await member("legal_consultant", "BS");
    const names = { [guardian.id]: "guardian", [a.id]: "A" };

    // Wednesday 23 December 2026: 3 working days → end of Tuesday 29 December.
    const id = await fileRequest(guardian, rome("2026-12-23"));
    expect(await load(id)).toMatchObject({ status: "new", districtCode: "MI", assigneeId: null, dueAt: new Date(iso("2026-12-30", "00:00")) });
    expect(await kindsFor(a.id)).toEqual(["consultation_new"]);
    expect(await kindsFor(b.id)).toEqual(["consultation_new"]);
    expect(await kindsFor(bs.id)).toEqual([]);

    expect(await take(a, id, rome("2026-12-24", "09:00"))).toEqual({ ok: true });
    expect(await load(id)).toMatchObject({ status: "in_charge", assigneeId: a.id });

    // Nobody has answered yet: "answered" is refused and nothing changes.
    expect(await setStatus(a, id, "answered", rome("2026-12-24", "09:30"))).toEqual(refused("consultations.error.answerFirst", 409));
    expect(await setStatus(a, id, "new", rome("2026-12-24", "09:30"))).toEqual(refused("consultations.error.transition", 409));
    expect(await addNote(a, id, "Verificare la data del decreto", rome("2026-12-24", "10:00"))).toEqual({ ok: true });

    // Waiting for the guardian pauses the clock: the due date stays, the pause is recorded.
    expect(await setStatus(a, id, "waiting_guardian", rome("2026-12-28", "11:00"))).toEqual({ ok: true });
    expect(await load(id)).toMatchObject({
      status: "waiting_guardian",
      dueAt: new Date(iso("2026-12-30", "00:00")),
      pausedAt: rome("2026-12-28", "11:00"),
      waitingSince: rome("2026-12-28", "11:00"),
    });

    // The guardian answers on Wednesday 30: 29 and 30 were spent waiting → due moves to the end
    // of Thursday 31 (earlier than the follow-up, the end of 8 January).
    expect(await guardianMessage(guardian, id, "Ecco il passaporto.", [], rome("2026-12-30"))).toEqual({ ok: true });
    expect(await load(id)).toMatchObject({
      status: "in_charge",
      dueAt: new Date(iso("2027-01-01", "00:00")),
      pausedAt: null,
      waitingSince: null,
    });

    // A reply asking for more, in time: nothing is owed while the guardian is asked.
    expect(await reply(a, id, "Serve anche la dichiarazione di ospitalità.", "waiting_guardian", [], rome("2026-12-31", "15:00"))).toEqual({ ok: true });
    expect(await load(id)).toMatchObject({
      status: "waiting_guardian",
      dueAt: null,
      pausedAt: null,
      firstResponseAt: rome("2026-12-31", "15:00"),
      waitingSince: rome("2026-12-31", "15:00"),
    });

    // The guardian answers on Monday 4 January: nothing was owed, so the follow-up applies:
    // 5, (6 Epifania), 7, 8, 11, 12 → end of Tuesday 12 January.
    expect(await guardianMessage(guardian, id, "Allego la dichiarazione.", [], rome("2027-01-04"))).toEqual({ ok: true });
    expect(await load(id)).toMatchObject({ status: "in_charge", dueAt: new Date(iso("2027-01-13", "00:00")) });

    // The answer comes a day late: recorded as not on time; the first response stays the first.
    expect(await reply(a, id, "Può presentare la domanda così.", "answered", [], rome("2027-01-13", "09:00"))).toEqual({ ok: true });
    expect(await load(id)).toMatchObject({
      status: "answered",
      dueAt: null,
      answeredAt: rome("2027-01-13", "09:00"),
      firstResponseAt: rome("2026-12-31", "15:00"),
    });
    const replies = await db()
      .select({ dueAt: consultationMessages.dueAt, onTime: consultationMessages.onTime, createdAt: consultationMessages.createdAt })
      .from(consultationMessages)
      .where(and(eq(consultationMessages.consultationId, id), eq(consultationMessages.authorRole, "consultant")))
      .orderBy(asc(consultationMessages.createdAt));
    expect(replies).toEqual([
      { dueAt: new Date(iso("2027-01-01", "00:00")), onTime: true, createdAt: rome("2026-12-31", "15:00") },
      { dueAt: new Date(iso("2027-01-13", "00:00")), onTime: false, createdAt: rome("2027-01-13", "09:00") },
    ]);

    expect(await rate(guardian, id, 4, "Chiaro", rome("2027-01-14"))).toEqual({ ok: true });

    // Writing on an answered request reopens it, with a follow-up due: 18–22 January.
    expect(await guardianMessage(guardian, id, "E per il codice fiscale?", [], rome("2027-01-15"))).toEqual({ ok: true });
    expect(await load(id)).toMatchObject({ status: "in_charge", answeredAt: null, dueAt: new Date(iso("2027-01-23", "00:00")) });

    expect(await reply(a, id, "Lo chieda all'Agenzia delle Entrate.", "answered", [], rome("2027-01-18"))).toEqual({ ok: true });
    expect(await guardianClose(guardian, id, rome("2027-01-19"))).toEqual({ ok: true });
    expect(await load(id)).toMatchObject({ status: "closed", closedAt: rome("2027-01-19"), dueAt: null, ratingScore: 4 });

    // Closed: no more messages, replies or taking; the rating may still be given.
    const later = rome("2027-01-20");
    expect(await guardianMessage(guardian, id, "Ancora una cosa", [], later)).toEqual(refused("consultations.error.closed", 409));
    expect(await reply(a, id, "Risposta tardiva", "answered", [], later)).toEqual(refused("consultations.error.closed", 409));
    expect(await take(b, id, later)).toEqual(refused("consultations.error.closed", 409));
    expect(await setStatus(a, id, "in_charge", later)).toEqual(refused("consultations.error.closed", 409));
    expect(await guardianClose(guardian, id, later)).toEqual(refused("consultations.error.closed", 409));
    expect(await rate(guardian, id, 5, null, later)).toEqual({ ok: true });
    expect(await load(id)).toMatchObject({ status: "closed", ratingScore: 5, ratingComment: null });

    expect(await history(id, names)).toEqual(
      [
        `${iso("2026-12-23")} created -→new guardian`,
        `${iso("2026-12-24", "09:00")} assigned -→- A`,
        `${iso("2026-12-24", "09:00")} status new→in_charge A`,
        `${iso("2026-12-24", "10:00")} note -→- A`,
        `${iso("2026-12-28", "11:00")} status in_charge→waiting_guardian A`,
        `${iso("2026-12-30")} guardian_message -→- guardian`,
        `${iso("2026-12-30")} status waiting_guardian→in_charge guardian`,
        `${iso("2026-12-31", "15:00")} reply -→- A`,
        `${iso("2026-12-31", "15:00")} status in_charge→waiting_guardian A`,
        `${iso("2027-01-04")} guardian_message -→- guardian`,
        `${iso("2027-01-04")} status waiting_guardian→in_charge guardian`,
        `${iso("2027-01-13", "09:00")} reply -→- A`,
        `${iso("2027-01-13", "09:00")} status in_charge→answered A`,
        `${iso("2027-01-14")} rated -→- guardian`,
        `${iso("2027-01-15")} guardian_message -→- guardian`,
        `${iso("2027-01-15")} reopened answered→in_charge guardian`,
        `${iso("2027-01-18")} reply -→- A`,
        `${iso("2027-01-18")} status in_charge→answered A`,
        `${iso("2027-01-19")} status answered→closed guardian`,
        `${iso("2027-01-20")} rated -→- guardian`,
      ].sort(),
    );

    // The guardian heard of each status change and reply; the assignee of each message.
    expect(await kindsFor(guardian.id)).toEqual([
      "consultation_status:in_charge",
      "consultation_status:waiting_guardian",
      "consultation_reply:waiting_guardian",
      "consultation_reply:answered",
      "consultation_reply:answered",
    ]);
    // Three messages of the guardian; closing the request notifies nobody.
    expect(await kindsFor(a.id)).toEqual(["consultation_new", "consultation_message", "consultation_message", "consultation_message"]);
    expect(await kindsFor(b.id)).toEqual(["consultation_new"]);
  });

  it("a guardian's message on a new request keeps the first-response due when it is earlier", async () => {
    const guardian = await member("guardian", "MI");
    await member("legal_consultant", "MI");
    const id = await fileRequest(guardian, rome("2026-12-23"), { urgent: true, urgencyReason: "Udienza il 28" });
    expect((await load(id)).dueAt).toEqual(new Date(iso("2026-12-25", "00:00")));
    expect(await guardianMessage(guardian, id, "Dimenticavo un dettaglio.", [], rome("2026-12-24", "08:00"))).toEqual({ ok: true });
    expect(await load(id)).toMatchObject({ status: "new", dueAt: new Date(iso("2026-12-25", "00:00")) });
  });

  it("only a reply answers: setting 'answered' by hand needs a reply and nothing owed", async () => {
    const guardian = await member("guardian", "MI");
    const a = await member("legal_consultant", "MI");
    const id = await fileRequest(guardian, rome("2026-11-02"));
    await take(a, id, rome("2026-11-02", "11:00"));
    await reply(a, id, "Mi mandi il decreto, per favore.", "waiting_guardian", [], rome("2026-11-03"));
    // The guardian's answer makes a response owed again.
    await guardianMessage(guardian, id, "Eccolo.", [], rome("2026-11-04"));
    expect(await setStatus(a, id, "answered", rome("2026-11-04", "12:00"))).toEqual(refused("consultations.error.answerFirst", 409));
    expect((await load(id)).status).toBe("in_charge");
    await reply(a, id, "Grazie, lo esamino.", "in_charge", [], rome("2026-11-05"));
    expect(await setStatus(a, id, "answered", rome("2026-11-06"))).toEqual({ ok: true });
    expect(await load(id)).toMatchObject({ status: "answered", answeredAt: rome("2026-11-06") });
  });

  it("rating: only by the guardian, only once answered, from 1 to 5", async () => {
    const guardian = await member("guardian", "MI");
    const other = await member("guardian", "MI");
    const a = await member("legal_consultant", "MI");
    const id = await fileRequest(guardian, rome("2026-11-02"));
    expect(await rate(guardian, id, 5, null, rome("2026-11-02", "12:00"))).toEqual(refused("consultations.error.notAnswered", 409));
    await reply(a, id, "Risposta.", "in_charge", [], rome("2026-11-03"));
    expect(await rate(guardian, id, 5, null, rome("2026-11-03", "12:00"))).toEqual(refused("consultations.error.notAnswered", 409));
    await setStatus(a, id, "answered", rome("2026-11-04"));
    for (const score of [0, 6, 2.5]) {
      expect(await rate(guardian, id, score, null, rome("2026-11-04", "12:00"))).toMatchObject({ ok: false, error: "consultations.validation.score" });
      expect(threadActionSchema.safeParse({ intent: "rate", score: String(score) }).success).toBe(false);
    }
    expect(await rate(other, id, 5, null, rome("2026-11-04", "12:00"))).toEqual(refused("consultations.error.notGuardian", 403));
    expect(await rate(a, id, 5, null, rome("2026-11-04", "12:00"))).toEqual(refused("consultations.error.notGuardian", 403));
    expect((await load(id)).ratingScore).toBeNull();
    expect(await rate(guardian, id, 1, "Poco chiaro", rome("2026-11-04", "12:00"))).toEqual({ ok: true });
    expect(await rate(guardian, id, 5, "Ripensandoci, ottimo", rome("2026-11-05"))).toEqual({ ok: true });
    expect(await load(id)).toMatchObject({ ratingScore: 5, ratingComment: "Ripensandoci, ottimo", ratedAt: rome("2026-11-05") });
  });

  it("another guardian cannot write on, close or rate someone else's request", async () => {
    const guardian = await member("guardian", "MI");
    const other = await member("guardian", "MI");
    const id = await fileRequest(guardian, rome("2026-11-02"));
    expect(await guardianMessage(other, id, "Intruso", [], rome("2026-11-03"))).toEqual(refused("consultations.error.notGuardian", 403));
    expect(await guardianClose(other, id, rome("2026-11-03"))).toEqual(refused("consultations.error.notGuardian", 403));
    expect(await take(other, id, rome("2026-11-03"))).toEqual(refused("consultations.error.notConsultant", 403));
    expect(await load(id)).toMatchObject({ status: "new", assigneeId: null });
  });
});

describe(`the district boundary (${engine})`, () => {
  it("a Brescia consultant can neither take, assign, reply, note nor change a Milano request", async () => {
    const guardian = await member("guardian", "MI");
    const mi = await member("legal_consultant", "MI");
    const bs = await member("legal_consultant", "BS");
    const admin = await member("admin", null);
    const id = await fileRequest(guardian, rome("2026-11-02"));
    const before = await load(id);
    const at = rome("2026-11-03");
    const notConsultant = refused("consultations.error.notConsultant", 403);
    expect(await take(bs, id, at)).toEqual(notConsultant);
    expect(await assign(bs, id, bs.id, at)).toEqual(notConsultant);
    expect(await assign(bs, id, mi.id, at)).toEqual(notConsultant);
    expect(await reply(bs, id, "Risposta da Brescia", "answered", [], at)).toEqual(notConsultant);
    expect(await addNote(bs, id, "Nota da Brescia", at)).toEqual(notConsultant);
    expect(await setStatus(bs, id, "closed", at)).toEqual(notConsultant);
    // Admins read requests but do not work on them.
    expect(await take(admin, id, at)).toEqual(notConsultant);

    expect(await load(id)).toEqual(before);
    expect(await db().select().from(consultationMessages).where(eq(consultationMessages.consultationId, id))).toEqual([]);
    expect(await db().select().from(consultationNotes).where(eq(consultationNotes.consultationId, id))).toEqual([]);
    expect((await db().select().from(consultationEvents).where(eq(consultationEvents.consultationId, id))).map((e) => e.type)).toEqual(["created"]);
    expect(await kindsFor(guardian.id)).toEqual([]);
  });

  it("a Milano request cannot be assigned to a Brescia consultant, a guardian or a disabled consultant", async () => {
    const guardian = await member("guardian", "MI");
    const mi = await member("legal_consultant", "MI");
    const mi2 = await member("legal_consultant", "MI");
    const gone = await member("legal_consultant", "MI", { disabled: true });
    const bs = await member("legal_consultant", "BS");
    const id = await fileRequest(guardian, rome("2026-11-02"));
    const before = await load(id);
    const badAssignee = { ok: false, error: "consultations.validation.assignee", field: "assigneeId", status: 400 };
    for (const target of [bs, guardian, gone]) {
      expect(await assign(mi, id, target.id, rome("2026-11-03"))).toEqual(badAssignee);
    }
    expect(await load(id)).toEqual(before);
    expect((await db().select().from(consultationEvents).where(eq(consultationEvents.consultationId, id))).map((e) => e.type)).toEqual(["created"]);
    expect(await kindsFor(bs.id)).toEqual([]);
    // A disabled account is not told of new requests either.
    expect(await kindsFor(gone.id)).toEqual([]);

    expect(await assign(mi, id, mi2.id, rome("2026-11-03"))).toEqual({ ok: true });
    expect(await load(id)).toMatchObject({ status: "in_charge", assigneeId: mi2.id });
    expect(await kindsFor(mi2.id)).toEqual(["consultation_new", "consultation_assigned"]);
    expect(await kindsFor(guardian.id)).toEqual(["consultation_status:in_charge"]);
    const assigned = (await db().select().from(consultationEvents).where(eq(consultationEvents.consultationId, id))).find((e) => e.type === "assigned");
    expect(assigned).toMatchObject({ actorId: mi.id, details: { assigneeId: mi2.id } });
  });

  it("a Brescia guardian's request goes to the Brescia desk", async () => {
    const guardian = await member("guardian", "BS");
    const mi = await member("legal_consultant", "MI");
    const bs = await member("legal_consultant", "BS");
    const id = await fileRequest(guardian, rome("2026-11-02"), { districtCode: "MI" });
    expect((await load(id)).districtCode).toBe("BS");
    expect(await kindsFor(bs.id)).toEqual(["consultation_new"]);
    expect(await kindsFor(mi.id)).toEqual([]);
    expect(await take(mi, id, rome("2026-11-03"))).toEqual(refused("consultations.error.notConsultant", 403));
    expect(await take(bs, id, rome("2026-11-03"))).toEqual({ ok: true });
  });
});

describe(`linking a minor (${engine})`, () => {
  let sequence = 0;
  async function minorOf(guardianId: string, status: "active" | "ended" | "proposed", district: District = "MI") {
    sequence++;
    const [minor] = await db()
      .insert(minors)
      .values({ districtCode: district, code: `${district}-2026-${String(9000 + sequence).padStart(4, "0")}`, firstName: "Amir", lastName: "Prova" })
      .returning();
    await db().insert(appointments).values({ minorId: minor.id, guardianId, status, decreeDate: status === "active" ? "2026-01-15" : null });
    return minor;
  }

  it("links only a minor of the guardian's own active appointment, shown by code", async () => {
    const guardian = await member("guardian", "MI");
    const other = await member("guardian", "MI");
    await member("legal_consultant", "MI");
    const mine = await minorOf(guardian.id, "active");
    const ended = await minorOf(guardian.id, "ended");
    const proposed = await minorOf(guardian.id, "proposed");
    const theirs = await minorOf(other.id, "active");
    const count = async () => (await db().select().from(consultations).where(eq(consultations.guardianId, guardian.id))).length;

    for (const minor of [ended, proposed, theirs]) {
      expect(await createRequest(guardian, input({ minorId: minor.id }), [], rome("2026-11-02"))).toEqual({
        ok: false,
        field: "minorId",
        error: "consultations.validation.minor",
      });
    }
    expect(await count()).toBe(0);

    const created = await createRequest(guardian, input({ minorId: mine.id }), [], rome("2026-11-02"));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(await load(created.id)).toMatchObject({ minorId: mine.id, districtCode: "MI" });
  });

  it("refuses a hearing date in the past and writes nothing", async () => {
    const guardian = await member("guardian", "MI");
    expect(await createRequest(guardian, input({ deadlineDate: "2026-11-01" }), [], rome("2026-11-02"))).toEqual({
      ok: false,
      field: "deadlineDate",
      error: "consultations.validation.datePast",
    });
    expect(await db().select().from(consultations).where(eq(consultations.guardianId, guardian.id))).toEqual([]);
    // Today is fine.
    expect((await createRequest(guardian, input({ deadlineDate: "2026-11-02" }), [], rome("2026-11-02", "23:30"))).ok).toBe(true);
  });

  it("refuses a request from someone who is not a guardian", async () => {
    const coordinator = await member("coordinator", "MI");
    expect(await createRequest(coordinator, input(), [], rome("2026-11-02"))).toEqual({
      ok: false,
      field: "_form",
      error: "consultations.error.notGuardian",
    });
  });
});

describe.runIf(engine === "postgres")("concurrency (PostgreSQL)", () => {
  it("two consultants taking at once leave one coherent request", async () => {
    const guardian = await member("guardian", "MI");
    const a = await member("legal_consultant", "MI");
    const b = await member("legal_consultant", "MI");
    const id = await fileRequest(guardian, rome("2026-11-02"));
    const results = await Promise.all([take(a, id, rome("2026-11-03")), take(b, id, rome("2026-11-03"))]);
    expect(results).toEqual([{ ok: true }, { ok: true }]);
    const row = await load(id);
    expect(row.status).toBe("in_charge");
    expect([a.id, b.id]).toContain(row.assigneeId);
    const events = await db().select().from(consultationEvents).where(eq(consultationEvents.consultationId, id));
    // Only one of them moved it from "new"; the guardian heard of it once.
    expect(events.filter((e) => e.type === "status")).toHaveLength(1);
    expect(events.filter((e) => e.type === "assigned")).toHaveLength(2);
    expect(await kindsFor(guardian.id)).toEqual(["consultation_status:in_charge"]);
  });
});
