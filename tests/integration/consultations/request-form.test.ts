// /consulenze/nuova against a real database: bad input (a renamed executable, an 11 MB file, a
// sixth file, an empty subject, an oversized body) is refused with its message on its field, the
// text kept and nothing written; a valid request with a PDF is stored and the consultants told.
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { appointments, consultationAttachments, consultations, minors, notifications, type Role } from "../../../db/schema";
import { db } from "../../../app/db.server";
import * as newRequest from "../../../app/routes/consulenze.nuova";
import { createUser } from "../../fixtures/users";
import { useTestDatabase } from "../../support/database";
import { getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const ctx = { cspNonce: "", clientIp: "127.0.0.1" };
const PATH = "/consulenze/nuova?oggetto=Permesso%20di%20soggiorno&categoria=residence_permit";

async function person(roles: [Role, "MI" | "BS" | null][]) {
  const user = await createUser({ roles });
  return { user, cookie: await sessionCookieFor(user.id) };
}

const pdf = (name: string, size = 2048) => {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode("%PDF-1.7\n"));
  return new File([bytes], name, { type: "application/pdf" });
};

/** A multipart POST as a browser sends it (same-origin Origin header, session cookie). */
function multipart(fields: Record<string, string>, files: File[], cookie: string, headers: Record<string, string> = {}): Request {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(key, value);
  for (const file of files) body.append("attachments", file);
  return new Request(`http://localhost:3000${PATH}`, { method: "POST", body, headers: { Origin: "http://localhost:3000", Cookie: cookie, ...headers } });
}

const VALID = {
  category: "residence_permit",
  subject: "Permesso di soggiorno per minore età",
  description: "Il permesso scade tra un mese: **come** si rinnova?",
  minorId: "",
  urgencyReason: "",
  deadlineDate: "",
};

interface Refusal {
  errors: Record<string, string>;
  vars: Record<string, Record<string, string>>;
  values: Record<string, string>;
  notices: string[];
}
const refusal = (value: unknown) => (value as { data: Refusal }).data;

async function rowsWritten() {
  const [requests] = await db().select({ n: count() }).from(consultations);
  const [files] = await db().select({ n: count() }).from(consultationAttachments);
  return requests.n + files.n;
}

describe("new consultation request: bad input", () => {
  it("refuses each bad input with its message on its field, keeps the text, writes nothing", async () => {
    const { cookie } = await person([["guardian", "MI"]]);
    const submit = (fields: Record<string, string>, files: File[]) =>
      outcome(() => newRequest.action({ request: multipart(fields, files, cookie), params: {}, context: ctx }));

    const exe = new Uint8Array(4096);
    exe.set([0x4d, 0x5a, 0x90, 0x00]); // "MZ": a Windows executable
    const renamed = await submit(VALID, [new File([exe], "x.pdf", { type: "application/pdf" })]);
    expect(renamed.status).toBe(400);
    expect(refusal(renamed.value).errors).toEqual({ attachments: "consultations.validation.fileType" });
    expect(refusal(renamed.value).vars.attachments).toEqual({ filename: "x.pdf" });
    expect(refusal(renamed.value).values).toMatchObject({ subject: VALID.subject, description: VALID.description, category: VALID.category });
    expect(refusal(renamed.value).notices).toEqual(["consultations.validation.filesAgain"]);

    const big = await submit(VALID, [pdf("sentenza.pdf", 11 * 1024 * 1024)]);
    expect(big.status).toBe(400);
    expect(refusal(big.value).errors).toEqual({ attachments: "consultations.validation.fileTooLarge" });
    expect(refusal(big.value).vars.attachments).toEqual({ filename: "sentenza.pdf" });
    expect(refusal(big.value).values.description).toBe(VALID.description);

    const six = await submit(VALID, [1, 2, 3, 4, 5, 6].map((n) => pdf(`doc-${n}.pdf`)));
    expect(six.status).toBe(400);
    expect(refusal(six.value).errors).toEqual({ attachments: "consultations.validation.tooManyFiles" });
    expect(refusal(six.value).values.subject).toBe(VALID.subject);

    const empty = await submit({ ...VALID, subject: "   " }, [pdf("ok.pdf")]);
    expect(empty.status).toBe(400);
    expect(refusal(empty.value).errors).toEqual({ subject: "consultations.validation.subject" });
    expect(refusal(empty.value).values.description).toBe(VALID.description);
    expect(refusal(empty.value).notices).toEqual(["consultations.validation.filesAgain"]);

    // All errors at once: a field error and a file error together.
    const both = await submit({ ...VALID, subject: "", urgent: "on" }, [new File([exe], "y.pdf")]);
    expect(refusal(both.value).errors).toEqual({
      subject: "consultations.validation.subject",
      urgencyReason: "consultations.validation.urgencyReason",
      attachments: "consultations.validation.fileType",
    });

    expect(await rowsWritten()).toBe(0);
  });

  it("refuses a body beyond five files' worth before reading it", async () => {
    const { cookie } = await person([["guardian", "MI"]]);
    const request = new Request(`http://localhost:3000${PATH}`, {
      method: "POST",
      body: new URLSearchParams(VALID),
      headers: { Origin: "http://localhost:3000", Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(52 * 1024 * 1024) },
    });
    const result = await outcome(() => newRequest.action({ request, params: {}, context: ctx }));
    expect(result.status).toBe(400);
    expect(refusal(result.value)).toEqual({ errors: {}, vars: {}, values: {}, notices: ["consultguardian.new.tooLarge"] });
    expect(request.bodyUsed).toBe(false);
    expect(await rowsWritten()).toBe(0);
  });

  it("is for guardians only", async () => {
    const { cookie } = await person([["trainer", "MI"]]);
    expect((await outcome(() => newRequest.loader({ request: getRequest(PATH, cookie), params: {}, context: ctx }))).status).toBe(403);
    const posted = await outcome(() => newRequest.action({ request: multipart(VALID, [], cookie), params: {}, context: ctx }));
    expect(posted.status).toBe(403);
    expect((await outcome(() => newRequest.loader({ request: getRequest(PATH), params: {}, context: ctx }))).location).toMatch(/^\/accedi\?redirectTo=/);
  });
});

describe("new consultation request: the two steps and a valid request", () => {
  it("step one without a subject, step two with FAQ matches and the guardian's minors", async () => {
    const { cookie } = await person([["guardian", "MI"]]);
    const one = (await outcome(() => newRequest.loader({ request: getRequest("/consulenze/nuova", cookie), params: {}, context: ctx }))).value!;
    expect(one).toMatchObject({ step: 1, subject: "", hits: [] });
    const blank = (await outcome(() => newRequest.loader({ request: getRequest("/consulenze/nuova?oggetto=+", cookie), params: {}, context: ctx }))).value!;
    expect(blank).toMatchObject({ step: 1, subjectError: "consultations.validation.subject" });
    const two = (await outcome(() => newRequest.loader({ request: getRequest(PATH, cookie), params: {}, context: ctx }))).value!;
    expect(two).toMatchObject({ step: 2, subject: "Permesso di soggiorno", category: "residence_permit", minors: [] });
  });

  it("stores a request with a PDF (type detected, bytes equal) and tells the district's consultants", async () => {
    const { user, cookie } = await person([["guardian", "MI"]]);
    const milano = await createUser({ roles: [["legal_consultant", "MI"]] });
    const brescia = await createUser({ roles: [["legal_consultant", "BS"]] });
    const file = pdf("decreto di nomina.pdf", 5000);
    const sent = new Uint8Array(await file.arrayBuffer());
    const result = await outcome(() =>
      newRequest.action({ request: multipart({ ...VALID, urgent: "on", urgencyReason: "Udienza vicina", deadlineDate: "2099-01-15" }, [file], cookie), params: {}, context: ctx }),
    );
    expect(result.status).toBe(302);
    const [row] = await db().select().from(consultations).where(eq(consultations.guardianId, user.id));
    expect(result.location).toBe(`/consulenze/${row.id}?esito=inviata`);
    expect(row).toMatchObject({
      districtCode: "MI",
      category: "residence_permit",
      subject: VALID.subject,
      urgent: true,
      urgencyReason: "Udienza vicina",
      deadlineDate: "2099-01-15",
      status: "new",
    });
    expect(row.descriptionHtml).toContain("<strong>come</strong>");
    const [stored] = await db().select().from(consultationAttachments).where(eq(consultationAttachments.consultationId, row.id));
    expect(stored).toMatchObject({ filename: "decreto di nomina.pdf", contentType: "application/pdf", size: 5000, messageId: null });
    expect(Buffer.compare(Buffer.from(stored.data), Buffer.from(sent))).toBe(0);
    const told = await db().select().from(notifications).where(eq(notifications.userId, milano.id));
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ kind: "consultation_new", link: `/consulenze/${row.id}` });
    expect(await db().select().from(notifications).where(eq(notifications.userId, brescia.id))).toHaveLength(0);
  });

  it("preselects the guardian's own minor from ?minore= (shown by code only) and ignores anyone else's", async () => {
    const { user, cookie } = await person([["guardian", "MI"]]);
    const other = await createUser({ roles: [["guardian", "MI"]] });
    const [mine, theirs] = await db()
      .insert(minors)
      .values([
        { districtCode: "MI", code: "MI-2099-0001", firstName: "Nome", lastName: "Riservato", status: "with_guardian" },
        { districtCode: "MI", code: "MI-2099-0002", firstName: "Altro", lastName: "Minore", status: "with_guardian" },
      ])
      .returning();
    await db().insert(appointments).values([
      { minorId: mine.id, guardianId: user.id, status: "active", decreeDate: "2026-01-15" },
      { minorId: theirs.id, guardianId: other.id, status: "active", decreeDate: "2026-01-15" },
    ]);
    const open = async (minorId: string) =>
      (await outcome(() => newRequest.loader({ request: getRequest(`${PATH}&minore=${minorId}`, cookie), params: {}, context: ctx }))).value!;
    const own = await open(mine.id);
    expect(own).toMatchObject({ minorId: mine.id, minors: [{ id: mine.id, code: "MI-2099-0001" }] });
    expect(JSON.stringify(own)).not.toContain("Riservato");
    expect((await open(theirs.id)).minorId).toBeNull();
    // Posting someone else's minor is refused on the field.
    const refused = await outcome(() => newRequest.action({ request: multipart({ ...VALID, minorId: theirs.id }, [], cookie), params: {}, context: ctx }));
    expect(refused.status).toBe(400);
    expect(refusal(refused.value).errors).toEqual({ minorId: "consultations.validation.minor" });
  });
});
