// The hourly jobs of Consulenze legali: answered requests close by themselves after 14 days unless
// the guardian writes again; guardians are reminded once after 5 working days of waiting.
import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { consultationEvents, consultations, mailOutbox, notifications, type Role } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { createRequest } from "../../../app/modules/consultations/requests.server";
import { autoCloseAnswered, guardianMessage, reply, sendWaitingReminders, setStatus } from "../../../app/modules/consultations/workflow.server";
import { romeLocalToUtc } from "../../../app/utils/dates";
import { createUser } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";

useTestDatabase();

type District = "MI" | "BS";
async function member(role: Role, district: District | null) {
  const user = await createUser({ roles: [[role, district]] });
  return { ...user, roles: [{ role, districtCode: district }] };
}
type Member = Awaited<ReturnType<typeof member>>;

const rome = (date: string, time = "10:00") => romeLocalToUtc(date, time)!;
const DAY = 24 * 3600 * 1000;

async function fileRequest(guardian: Member, now: Date) {
  const created = await createRequest(
    guardian,
    { category: "turning_18", subject: "Prosieguo amministrativo", description: "Compie 18 anni a marzo.", minorId: null, urgent: false, urgencyReason: null, deadlineDate: null },
    [],
    now,
  );
  if (!created.ok) throw new Error(created.error);
  return created.id;
}

const load = async (id: string) => (await db().select().from(consultations).where(eq(consultations.id, id)))[0];
const eventsOf = async (id: string, type: (typeof consultationEvents.$inferSelect)["type"]) =>
  db()
    .select()
    .from(consultationEvents)
    .where(and(eq(consultationEvents.consultationId, id), eq(consultationEvents.type, type)));
const guardianNotices = async (userId: string, kind: string) =>
  db()
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));

let guardian: Member;
let consultant: Member;

beforeEach(async () => {
  // The jobs scan every request: each test starts from none.
  await db().delete(consultations);
  guardian = await member("guardian", "MI");
  consultant = await member("legal_consultant", "MI");
});

describe(`closing answered requests after 14 days (${engine})`, () => {
  const answeredAt = rome("2026-11-02", "15:00");

  async function answered() {
    const id = await fileRequest(guardian, rome("2026-11-02"));
    await reply(consultant, id, "Ecco la risposta.", "answered", [], answeredAt);
    return id;
  }

  it("closes a request answered 14 days ago, not 13, tells the guardian and records it", async () => {
    const id = await answered();
    expect(await autoCloseAnswered(new Date(answeredAt.getTime() + 13 * DAY))).toBe(0);
    expect(await autoCloseAnswered(new Date(answeredAt.getTime() + 14 * DAY - 60_000))).toBe(0);
    expect((await load(id)).status).toBe("answered");

    const now = new Date(answeredAt.getTime() + 14 * DAY);
    expect(await autoCloseAnswered(now)).toBe(1);
    expect(await load(id)).toMatchObject({ status: "closed", closedAt: now, dueAt: null });
    const closed = await eventsOf(id, "auto_closed");
    expect(closed).toHaveLength(1);
    expect(closed[0]).toMatchObject({ actorId: null, fromStatus: "answered", toStatus: "closed", createdAt: now });
    const notices = await guardianNotices(guardian.id, "consultation_status");
    expect(notices.map((n) => n.payload.status)).toEqual(["closed"]);
    const mails = await db().select().from(mailOutbox).where(eq(mailOutbox.toAddress, guardian.email));
    expect(mails.some((m) => m.category === "notification:consultation_status")).toBe(true);

    // Runs again: nothing more to do, nothing recorded twice.
    expect(await autoCloseAnswered(new Date(now.getTime() + 3600_000))).toBe(0);
    expect(await eventsOf(id, "auto_closed")).toHaveLength(1);
    expect(await guardianNotices(guardian.id, "consultation_status")).toHaveLength(1);
  });

  it("a guardian's message before then reopens the request and keeps it open", async () => {
    const id = await answered();
    await guardianMessage(guardian, id, "Ho ancora un dubbio.", [], new Date(answeredAt.getTime() + 13 * DAY));
    expect(await autoCloseAnswered(new Date(answeredAt.getTime() + 14 * DAY))).toBe(0);
    expect(await autoCloseAnswered(new Date(answeredAt.getTime() + 60 * DAY))).toBe(0);
    expect(await load(id)).toMatchObject({ status: "in_charge", answeredAt: null });
    expect(await eventsOf(id, "reopened")).toHaveLength(1);
    expect(await eventsOf(id, "auto_closed")).toHaveLength(0);
  });

  it("a further answer gives the guardian 14 days again", async () => {
    const id = await answered();
    const second = new Date(answeredAt.getTime() + 10 * DAY);
    await reply(consultant, id, "Aggiungo un chiarimento.", "answered", [], second);
    expect(await autoCloseAnswered(new Date(answeredAt.getTime() + 14 * DAY))).toBe(0);
    expect((await load(id)).status).toBe("answered");
    expect(await autoCloseAnswered(new Date(second.getTime() + 14 * DAY))).toBe(1);
  });

  it("leaves requests in other statuses alone", async () => {
    const fresh = await fileRequest(guardian, rome("2026-11-02"));
    const waiting = await fileRequest(guardian, rome("2026-11-02"));
    await reply(consultant, waiting, "Mi serve un documento.", "waiting_guardian", [], rome("2026-11-02", "12:00"));
    expect(await autoCloseAnswered(rome("2027-06-01"))).toBe(0);
    expect((await load(fresh)).status).toBe("new");
    expect((await load(waiting)).status).toBe("waiting_guardian");
  });
});

describe(`reminding guardians after 5 working days of waiting (${engine})`, () => {
  async function waitingSince(at: Date, district: District = "MI") {
    const who = district === "MI" ? guardian : await member("guardian", district);
    const desk = district === "MI" ? consultant : await member("legal_consultant", district);
    const id = await fileRequest(who, new Date(at.getTime() - 3600_000));
    await reply(desk, id, "Mi mandi il decreto di nomina.", "waiting_guardian", [], at);
    return { id, guardian: who };
  }

  it("sends one reminder after 5 working days, counting Christmas out; not after 4, not twice", async () => {
    // Wednesday 23 December 2026: 24, 28, 29, 30, 31 → from the end of Thursday 31.
    const { id } = await waitingSince(rome("2026-12-23"));
    expect(await sendWaitingReminders(rome("2026-12-28", "12:00"))).toBe(0); // 2 working days
    expect(await sendWaitingReminders(rome("2026-12-30", "23:00"))).toBe(0); // 4 working days
    expect(await sendWaitingReminders(rome("2026-12-31", "12:00"))).toBe(0); // during the 5th
    expect(await guardianNotices(guardian.id, "consultation_waiting")).toHaveLength(0);

    const now = rome("2027-01-01", "00:05");
    expect(await sendWaitingReminders(now)).toBe(1);
    expect((await load(id)).reminderSentAt).toEqual(now);
    const reminders = await eventsOf(id, "reminder");
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ actorId: null, createdAt: now });
    expect(await guardianNotices(guardian.id, "consultation_waiting")).toHaveLength(1);
    const mails = await db().select().from(mailOutbox).where(eq(mailOutbox.toAddress, guardian.email));
    expect(mails.filter((m) => m.category === "notification:consultation_waiting")).toHaveLength(1);

    expect(await sendWaitingReminders(rome("2027-01-01", "01:05"))).toBe(0);
    expect(await sendWaitingReminders(rome("2027-01-20"))).toBe(0);
    expect(await eventsOf(id, "reminder")).toHaveLength(1);
    expect(await guardianNotices(guardian.id, "consultation_waiting")).toHaveLength(1);
  });

  it("counts Milano's Sant'Ambrogio but not in Brescia", async () => {
    // Wednesday 2 December 2026. Brescia: 3, 4, 7, 9, 10. Milano: 3, 4, 9, 10, 11.
    const mi = await waitingSince(rome("2026-12-02"), "MI");
    const bs = await waitingSince(rome("2026-12-02"), "BS");
    expect(await sendWaitingReminders(rome("2026-12-11", "08:00"))).toBe(1);
    expect((await load(bs.id)).reminderSentAt).not.toBeNull();
    expect((await load(mi.id)).reminderSentAt).toBeNull();
    expect(await sendWaitingReminders(rome("2026-12-12", "00:05"))).toBe(1);
    expect((await load(mi.id)).reminderSentAt).not.toBeNull();
  });

  it("reminds again only after a new wait, and never once the guardian has answered", async () => {
    const { id } = await waitingSince(rome("2026-11-02")); // Monday → from the end of Monday 9
    expect(await sendWaitingReminders(rome("2026-11-10"))).toBe(1);
    // The guardian answers; the consultant asks again on Wednesday 11 → from the end of Wednesday 18.
    await guardianMessage(guardian, id, "Eccolo.", [], rome("2026-11-10", "12:00"));
    expect(await sendWaitingReminders(rome("2026-11-11"))).toBe(0);
    await setStatus(consultant, id, "waiting_guardian", rome("2026-11-11"));
    expect((await load(id)).reminderSentAt).toBeNull();
    expect(await sendWaitingReminders(rome("2026-11-18", "12:00"))).toBe(0);
    expect(await sendWaitingReminders(rome("2026-11-19", "00:05"))).toBe(1);
    expect(await eventsOf(id, "reminder")).toHaveLength(2);

    // Answered in time: no reminder.
    const other = await waitingSince(rome("2026-11-02"));
    await guardianMessage(guardian, other.id, "Ecco il decreto.", [], rome("2026-11-05"));
    expect(await sendWaitingReminders(rome("2026-11-30"))).toBe(0);
    expect(await eventsOf(other.id, "reminder")).toHaveLength(0);
  });

  it("a further question from the consultant restarts the wait", async () => {
    const { id } = await waitingSince(rome("2026-11-02"));
    // Friday 6: asked again while still waiting → 9, 10, 11, 12, 13 → from the end of Friday 13.
    await reply(consultant, id, "Serve anche il codice fiscale.", "waiting_guardian", [], rome("2026-11-06"));
    expect(await sendWaitingReminders(rome("2026-11-10"))).toBe(0);
    expect(await sendWaitingReminders(rome("2026-11-14", "00:05"))).toBe(1);
  });

  it.runIf(engine === "postgres")("two servers running the job at once send one reminder (PostgreSQL)", async () => {
    const { id } = await waitingSince(rome("2026-11-02"));
    const counts = await Promise.all([sendWaitingReminders(rome("2026-11-10")), sendWaitingReminders(rome("2026-11-10"))]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await eventsOf(id, "reminder")).toHaveLength(1);
  });
});
