// Who may open a request's page and its attachments: the guardian, the district's consultants and
// admins (the last two audited); everyone else gets 404, as if it did not exist. The guardian's
// page never carries internal notes; each role may post only its own intents.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, consultationMessages, consultationNotes, type Role } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { readAttachments } from "../../../app/modules/consultations/attachments.server";
import { createRequest } from "../../../app/modules/consultations/requests.server";
import { addNote, reply } from "../../../app/modules/consultations/workflow.server";
import * as attachmentRoute from "../../../app/routes/consulenze.$id.allegati.$allegato";
import * as page from "../../../app/routes/consulenze.$id";
import { createUser } from "../../fixtures/users";
import { useTestDatabase } from "../../support/database";
import { formRequest, getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const ctx = { cspNonce: "", clientIp: "127.0.0.1" };
const NOTE = "NOTA-INTERNA-riservata-4711";
const PDF = new TextEncoder().encode("%PDF-1.7\nUn documento di prova\n%%EOF");

type District = "MI" | "BS";
async function person(role: Role, district: District | null) {
  const user = await createUser({ roles: [[role, district]] });
  return { user, actor: { ...user, roles: [{ role, districtCode: district }] }, cookie: await sessionCookieFor(user.id) };
}
type Person = Awaited<ReturnType<typeof person>>;

let guardian: Person, consultant: Person, otherConsultant: Person, admin: Person, coordinator: Person, trainer: Person, otherGuardian: Person;
let requestId: string;
let attachmentId: string;

beforeAll(async () => {
  guardian = await person("guardian", "MI");
  consultant = await person("legal_consultant", "MI");
  otherConsultant = await person("legal_consultant", "BS");
  admin = await person("admin", null);
  coordinator = await person("coordinator", "MI");
  trainer = await person("trainer", "MI");
  otherGuardian = await person("guardian", "MI");
  const files = await readAttachments([new File([PDF], "permesso.pdf", { type: "application/pdf" })]);
  if (!files.ok) throw new Error("fixture file refused");
  const created = await createRequest(
    guardian.actor,
    { category: "health", subject: "Iscrizione al servizio sanitario", description: "Come si fa?", minorId: null, urgent: false, urgencyReason: null, deadlineDate: null },
    files.files,
  );
  if (!created.ok) throw new Error("fixture request refused");
  requestId = created.id;
  expect(await addNote(consultant.actor, requestId, NOTE)).toEqual({ ok: true });
  expect(await reply(consultant.actor, requestId, "Serve la tessera sanitaria.", "answered", [])).toEqual({ ok: true });
  const shown = (await outcome(() => page.loader({ request: getRequest(`/consulenze/${requestId}`, guardian.cookie), params: { id: requestId }, context: ctx }))).value!;
  attachmentId = shown.thread.attachments[0].id;
});

const openPage = (cookie?: string, id = requestId) =>
  outcome(() => page.loader({ request: getRequest(`/consulenze/${id}`, cookie), params: { id }, context: ctx }));
const openFile = (cookie?: string) =>
  outcome(() =>
    attachmentRoute.loader({
      request: getRequest(`/consulenze/${requestId}/allegati/${attachmentId}`, cookie),
      params: { id: requestId, allegato: attachmentId },
      context: ctx,
    }),
  );
const post = (fields: Record<string, string>, cookie: string) =>
  outcome(() => page.action({ request: formRequest(`/consulenze/${requestId}`, fields, cookie), params: { id: requestId }, context: ctx }));
const audits = (actorId: string, action: string) =>
  db().select().from(auditLog).where(and(eq(auditLog.actorId, actorId), eq(auditLog.action, action), eq(auditLog.entityId, requestId)));

describe("a request's page: who may open it", () => {
  it("the guardian sees it, unaudited, without any internal note", async () => {
    const result = await openPage(guardian.cookie);
    expect(result.status).toBe(200);
    expect(result.value).toMatchObject({ view: "guardian" });
    const text = JSON.stringify(result.value);
    expect(text).toContain("Serve la tessera sanitaria.");
    expect(text).not.toContain(NOTE);
    expect(text).not.toContain("notes");
    expect(await audits(guardian.user.id, "consultation.read")).toHaveLength(0);
  });

  it("a consultant of the district sees it with the notes, and the read is audited", async () => {
    const result = await openPage(consultant.cookie);
    expect(result.status).toBe(200);
    expect(result.value).toMatchObject({ view: "staff", canWork: true });
    expect(JSON.stringify(result.value)).toContain(NOTE);
    expect(await audits(consultant.user.id, "consultation.read")).toHaveLength(1);
  });

  it("an admin sees it read-only, audited", async () => {
    const result = await openPage(admin.cookie);
    expect(result.status).toBe(200);
    expect(result.value).toMatchObject({ view: "staff", canWork: false, moves: [], templates: [] });
    expect(await audits(admin.user.id, "consultation.read")).toHaveLength(1);
  });

  it("everyone else gets 404: the other district's consultant, a coordinator, a trainer, another guardian", async () => {
    for (const p of [otherConsultant, coordinator, trainer, otherGuardian]) {
      expect((await openPage(p.cookie)).status).toBe(404);
    }
    expect((await openPage(consultant.cookie, "not-a-uuid")).status).toBe(404);
    expect((await openPage(consultant.cookie, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  it("anonymous visitors are sent to the login page", async () => {
    const result = await openPage();
    expect(result.status).toBe(302);
    expect(result.location).toBe(`/accedi?redirectTo=${encodeURIComponent(`/consulenze/${requestId}`)}`);
  });
});

describe("a request's attachments", () => {
  it("are served to the guardian as a download with the stored type and nosniff", async () => {
    const result = await openFile(guardian.cookie);
    expect(result.status).toBe(200);
    const response = result.value as Response;
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="permesso\.pdf"/);
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("Content-Length")).toBe(String(PDF.byteLength));
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);
  });

  it("are served to the district's consultant and an admin, audited", async () => {
    expect((await openFile(consultant.cookie)).status).toBe(200);
    expect(await audits(consultant.user.id, "consultation.attachment.read")).toHaveLength(1);
    expect((await openFile(admin.cookie)).status).toBe(200);
    expect(await audits(admin.user.id, "consultation.attachment.read")).toHaveLength(1);
  });

  it("are 404 for everyone else, and a login redirect for anonymous visitors", async () => {
    for (const p of [otherConsultant, coordinator, trainer, otherGuardian]) {
      expect((await openFile(p.cookie)).status).toBe(404);
    }
    expect((await openFile()).location).toMatch(/^\/accedi\?redirectTo=/);
    const unknown = await outcome(() =>
      attachmentRoute.loader({
        request: getRequest(`/consulenze/${requestId}/allegati/x`, guardian.cookie),
        params: { id: requestId, allegato: "x" },
        context: ctx,
      }),
    );
    expect(unknown.status).toBe(404);
  });
});

describe("a request's page: who may do what", () => {
  it("a guardian cannot post an internal note (403), nor can an admin reply", async () => {
    expect((await post({ intent: "note", note: "dal tutore" }, guardian.cookie)).status).toBe(403);
    expect((await post({ intent: "reply", body: "dall'admin", nextStatus: "in_charge" }, admin.cookie)).status).toBe(403);
    expect((await post({ intent: "take" }, guardian.cookie)).status).toBe(403);
    expect((await post({ intent: "whatever" }, consultant.cookie)).status).toBe(403);
    const notes = await db().select().from(consultationNotes).where(eq(consultationNotes.consultationId, requestId));
    expect(notes.map((n) => n.bodyMd)).toEqual([NOTE]);
  });

  it("a consultant of another district cannot reply (404) nor assign", async () => {
    expect((await post({ intent: "reply", body: "da Brescia", nextStatus: "in_charge" }, otherConsultant.cookie)).status).toBe(404);
    expect((await post({ intent: "assign", assigneeId: otherConsultant.user.id }, otherConsultant.cookie)).status).toBe(404);
    const messages = await db().select().from(consultationMessages).where(eq(consultationMessages.consultationId, requestId));
    expect(messages.some((m) => m.bodyMd === "da Brescia")).toBe(false);
  });

  it("keeps a refused draft in its own form only: a bad note comes back as a note", async () => {
    const result = await post({ intent: "note", note: "  " }, consultant.cookie);
    expect(result.status).toBe(400);
    const body = (result.value as { data: { intent: string; errors: Record<string, string> } }).data;
    expect(body).toMatchObject({ intent: "note", errors: { note: "consultations.validation.body" } });
  });

  it("the consultant's intents redirect back with the outcome; the guardian rates the answer", async () => {
    expect((await post({ intent: "note", note: "Seconda nota" }, consultant.cookie)).location).toBe(`/consulenze/${requestId}?esito=nota`);
    expect((await post({ intent: "take" }, consultant.cookie)).location).toBe(`/consulenze/${requestId}?esito=presa`);
    const bad = await post({ intent: "rate", score: "9" }, guardian.cookie);
    expect(bad.status).toBe(400);
    expect((await post({ intent: "rate", score: "4", comment: "Chiara" }, guardian.cookie)).location).toBe(`/consulenze/${requestId}?esito=valutata`);
    const shown = (await openPage(guardian.cookie)).value!;
    expect(shown.thread.request).toMatchObject({ ratingScore: 4, ratingComment: "Chiara" });
  });

  it("a guardian's message carries its attachments (multipart) and reopens the answered request", async () => {
    const body = new FormData();
    body.append("intent", "message");
    body.append("body", "Grazie, un'altra domanda.");
    body.append("attachments", new File([PDF], "ricevuta.pdf", { type: "application/pdf" }));
    const request = new Request(`http://localhost:3000/consulenze/${requestId}`, {
      method: "POST",
      body,
      headers: { Origin: "http://localhost:3000", Cookie: guardian.cookie },
    });
    const result = await outcome(() => page.action({ request, params: { id: requestId }, context: ctx }));
    expect(result.location).toBe(`/consulenze/${requestId}?esito=messaggio`);
    const shown = (await openPage(guardian.cookie)).value!;
    expect(shown.thread.request.status).toBe("in_charge");
    const message = shown.thread.messages.find((m) => m.authorRole === "guardian")!;
    expect(shown.thread.attachments.filter((a) => a.messageId === message.id).map((a) => a.filename)).toEqual(["ricevuta.pdf"]);
  });
});
