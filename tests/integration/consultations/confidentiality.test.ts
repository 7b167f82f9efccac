// Confidentiality of consultation requests: internal notes never leave the consultants' view (no
// notification, e-mail, history detail or guardian-facing data carries them); a request exists
// only for its guardian, the district's consultants and admins; every other read is audited.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, consultationEvents, consultationMessages, mailOutbox, notifications, type Role } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { queue } from "../../../app/modules/consultations/desk.server";
import { consultantThread, createRequest, guardianThread, listMyRequests, loadForViewer } from "../../../app/modules/consultations/requests.server";
import { readQueueQuery } from "../../../app/modules/consultations/schema";
import {
  addNote,
  autoCloseAnswered,
  guardianMessage,
  rate,
  reply,
  sendWaitingReminders,
  setStatus,
  take,
} from "../../../app/modules/consultations/workflow.server";
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

/** The HTTP status of what a call threw (a Response, or Remix's data() with a status). */
async function thrownStatus(call: () => Promise<unknown>): Promise<number | "returned"> {
  try {
    await call();
    return "returned";
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    const init = (thrown as { init?: { status?: number } } | null)?.init;
    if (init?.status) return init.status;
    throw thrown;
  }
}

const NOTE_MARKER = "RISERVATO-k7q2-interno";
const REPLY_MARKER = "VISIBILE-p3m8-risposta";

describe(`internal notes stay internal (${engine})`, () => {
  let guardian: Member;
  let consultant: Member;
  let colleague: Member;
  let id: string;

  beforeAll(async () => {
    guardian = await member("guardian", "MI");
    consultant = await member("legal_consultant", "MI");
    colleague = await member("legal_consultant", "MI");
    const created = await createRequest(
      guardian,
      {
        category: "age_assessment",
        subject: "Accertamento dell'età",
        description: "Il ragazzo dichiara 16 anni; la procura chiede una radiografia.",
        minorId: null,
        urgent: true,
        urgencyReason: "Visita fissata",
        deadlineDate: null,
      },
      [],
      rome("2026-12-01"),
    );
    if (!created.ok) throw new Error(created.error);
    id = created.id;
    // A whole life cycle with notes at every step, so that every notification path runs.
    await take(consultant, id, rome("2026-12-01", "11:00"));
    await addNote(consultant, id, `**${NOTE_MARKER}** il tutore sembra confuso`, rome("2026-12-01", "11:05"));
    await reply(consultant, id, `${REPLY_MARKER}: ci servono i documenti sanitari.`, "waiting_guardian", [], rome("2026-12-01", "12:00"));
    await addNote(colleague, id, `${NOTE_MARKER} secondo parere: la radiografia non basta`, rome("2026-12-02"));
    await sendWaitingReminders(rome("2026-12-15"));
    await guardianMessage(guardian, id, "Allego il referto.", [], rome("2026-12-15", "11:00"));
    await addNote(consultant, id, `Promemoria ${NOTE_MARKER}`, rome("2026-12-15", "12:00"));
    await reply(consultant, id, "Può opporsi all'accertamento.", "answered", [], rome("2026-12-16"));
    await addNote(consultant, id, `${NOTE_MARKER} chiuso`, rome("2026-12-16", "10:05"));
    await rate(guardian, id, 5, "Grazie", rome("2026-12-17"));
    await autoCloseAnswered(rome("2026-12-31"));
  });

  it("the life cycle ran and produced notifications and e-mails for the guardian", async () => {
    const mails = await db().select().from(mailOutbox).where(eq(mailOutbox.toAddress, guardian.email));
    expect(mails.length).toBeGreaterThanOrEqual(4);
    const kinds = (await db().select().from(notifications).where(eq(notifications.userId, guardian.id))).map((n) => n.kind);
    expect(kinds).toEqual(expect.arrayContaining(["consultation_reply", "consultation_status", "consultation_waiting"]));
  });

  it("no notification payload carries a note", async () => {
    const rows = await db().select().from(notifications);
    expect(rows.length).toBeGreaterThan(0);
    for (const n of rows) expect(JSON.stringify(n)).not.toContain(NOTE_MARKER);
  });

  it("no e-mail subject or body carries a note", async () => {
    const rows = await db().select().from(mailOutbox);
    expect(rows.length).toBeGreaterThan(0);
    for (const m of rows) {
      expect(m.subject).not.toContain(NOTE_MARKER);
      expect(m.textBody).not.toContain(NOTE_MARKER);
    }
  });

  it("the history records that a note was added, never what it says", async () => {
    const events = await db().select().from(consultationEvents).where(eq(consultationEvents.consultationId, id));
    expect(events.filter((e) => e.type === "note")).toHaveLength(4);
    for (const e of events) expect(JSON.stringify(e.details)).not.toContain(NOTE_MARKER);
    const messages = await db().select().from(consultationMessages).where(eq(consultationMessages.consultationId, id));
    for (const m of messages) expect(m.bodyMd + m.bodyHtml).not.toContain(NOTE_MARKER);
  });

  it("the guardian's thread and list hold the replies but no note and no note event", async () => {
    const { request } = await loadForViewer(guardian, id);
    const thread = await guardianThread(request);
    const text = JSON.stringify(thread);
    expect(text).toContain(REPLY_MARKER);
    expect(text).not.toContain(NOTE_MARKER);
    expect(text).not.toContain("il tutore sembra confuso");
    expect(thread).not.toHaveProperty("notes");
    expect(thread.events.map((e) => e.type)).not.toContain("note");
    expect(JSON.stringify(await listMyRequests(guardian.id))).not.toContain(NOTE_MARKER);
  });

  it("the consultants' thread shows every note, with its author", async () => {
    const { request } = await loadForViewer(colleague, id);
    const thread = await consultantThread(request);
    expect(thread.notes).toHaveLength(4);
    expect(thread.notes.every((n) => n.bodyHtml.includes(NOTE_MARKER))).toBe(true);
    expect(thread.notes[0].bodyHtml).toContain(`<strong>${NOTE_MARKER}</strong>`);
    expect(thread.notes.map((n) => n.authorName)).toEqual([consultant.name, colleague.name, consultant.name, consultant.name]);
    expect(thread.events.map((e) => e.type)).toContain("note");
  });

  it("the desk's queue lists the request without any note", async () => {
    const result = await queue(consultant, readQueueQuery(new URL("http://x/consulenze/sportello?stato=all")));
    expect(result.rows.map((r) => r.id)).toContain(id);
    expect(JSON.stringify(result)).not.toContain(NOTE_MARKER);
  });
});

describe(`who sees a request, and the audit log (${engine})`, () => {
  let guardian: Member;
  let id: string;

  beforeAll(async () => {
    guardian = await member("guardian", "MI");
    const created = await createRequest(
      guardian,
      { category: "school", subject: "Iscrizione a scuola", description: "La scuola rifiuta l'iscrizione.", minorId: null, urgent: false, urgencyReason: null, deadlineDate: null },
      [],
      rome("2026-12-01"),
    );
    if (!created.ok) throw new Error(created.error);
    id = created.id;
  });

  const reads = () => db().select().from(auditLog).where(and(eq(auditLog.entityType, "consultation"), eq(auditLog.entityId, id)));

  it("a consultant's and an admin's reads are audited, the guardian's own are not", async () => {
    const consultant = await member("legal_consultant", "MI");
    const admin = await member("admin", null);
    const before = (await reads()).length;

    expect(await loadForViewer(guardian, id)).toMatchObject({ viewer: "guardian", request: { id } });
    expect(await reads()).toHaveLength(before);

    expect(await loadForViewer(consultant, id)).toMatchObject({ viewer: "consultant" });
    expect(await loadForViewer(admin, id)).toMatchObject({ viewer: "admin" });
    const rows = (await reads()).slice(before);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.actorId === consultant.id)).toMatchObject({
      action: "consultation.read",
      entityType: "consultation",
      entityId: id,
      districtCode: "MI",
      details: { viewer: "consultant" },
    });
    expect(rows.find((r) => r.actorId === admin.id)).toMatchObject({
      action: "consultation.read",
      entityId: id,
      districtCode: "MI",
      details: { viewer: "admin" },
    });

    // Every read counts, and callers may name what was read (e.g. an attachment).
    await loadForViewer(consultant, id, { audit: "consultation.attachment.read" });
    await loadForViewer(consultant, id);
    const more = (await reads()).slice(before + 2);
    expect(more.map((r) => r.action).sort()).toEqual(["consultation.attachment.read", "consultation.read"]);
  });

  it("does not exist (404) for a coordinator, a trainer, another guardian, the other district's consultant; reads are not audited", async () => {
    const before = (await reads()).length;
    const outsiders = await Promise.all([
      member("coordinator", "MI"),
      member("trainer", "MI"),
      member("guardian", "MI"),
      member("legal_consultant", "BS"),
      member("coordinator", "BS"),
      member("candidate", "MI"),
    ]);
    for (const outsider of outsiders) {
      expect(await thrownStatus(() => loadForViewer(outsider, id))).toBe(404);
    }
    expect(await thrownStatus(() => loadForViewer(guardian, "00000000-0000-4000-8000-000000000000"))).toBe(404);
    expect(await reads()).toHaveLength(before);
  });

  it("the other district's consultant and a coordinator find it in no queue", async () => {
    const query = readQueueQuery(new URL("http://x/consulenze/sportello?stato=all&distretto=MI"));
    const bs = await member("legal_consultant", "BS");
    const coordinator = await member("coordinator", "MI");
    expect((await queue(bs, query)).rows.map((r) => r.id)).not.toContain(id);
    expect((await queue(bs, readQueueQuery(new URL("http://x/?stato=all")))).rows.map((r) => r.id)).not.toContain(id);
    expect((await queue(coordinator, query)).rows).toEqual([]);
    const admin = await member("admin", null);
    expect((await queue(admin, query)).rows.map((r) => r.id)).toContain(id);
  });

  it("a note by a consultant of the other district is refused and leaves no trace", async () => {
    const bs = await member("legal_consultant", "BS");
    expect(await addNote(bs, id, NOTE_MARKER, rome("2026-12-02"))).toMatchObject({ ok: false, status: 403 });
    expect(await setStatus(bs, id, "closed", rome("2026-12-02"))).toMatchObject({ ok: false, status: 403 });
    const consultant = await member("legal_consultant", "MI");
    const { request } = await loadForViewer(consultant, id);
    expect((await consultantThread(request)).notes).toEqual([]);
  });
});
