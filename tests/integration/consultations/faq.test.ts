// The FAQ / knowledge base against a real database: Italian full-text search, drafts kept from
// members, review by someone other than the author, entries written from answered requests of
// the consultant's own district only, the audit trail, and who may open each page.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, faqEntries, type Role } from "../../../db/schema";
import { db } from "../../../app/db.server";
import type { CurrentUser } from "../../../app/modules/auth/user.server";
import { createFaqEntry, decideFaqEntry, searchFaqPage, searchPublishedFaq, updateFaqEntry } from "../../../app/modules/consultations/faq.server";
import { createRequest } from "../../../app/modules/consultations/requests.server";
import { addNote, reply, take } from "../../../app/modules/consultations/workflow.server";
import * as edit from "../../../app/routes/consulenze.faq.$id_.modifica";
import * as detail from "../../../app/routes/consulenze.faq.$id";
import * as list from "../../../app/routes/consulenze.faq._index";
import * as create from "../../../app/routes/consulenze.faq.nuova";
import { createUser } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";
import { formRequest, getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const ctx = { cspNonce: "", clientIp: "127.0.0.1" };
type Grant = [Role, "MI" | "BS" | null];
type Who = Pick<CurrentUser, "id" | "roles"> & { email: string };

async function person(grants: Grant[]) {
  const u = await createUser({ roles: grants });
  const user: Who = { ...u, roles: grants.map(([role, districtCode]) => ({ role, districtCode })) };
  return { user, cookie: await sessionCookieFor(u.id) };
}

const fields = (over: Partial<{ category: "residence_permit" | "health" | "school"; question: string; answer: string }> = {}) => ({
  category: "residence_permit" as const,
  question: "Come si rinnova il permesso di soggiorno per minore età?",
  answer: "Il **permesso** per minore età si rinnova in questura prima della scadenza, con il passaporto o un documento equivalente.",
  ...over,
});

async function publishedEntry(author: Who, reviewer: Who, over: Parameters<typeof fields>[0] = {}) {
  const created = await createFaqEntry(author, fields(over), { submit: true });
  if (!created.ok) throw new Error(created.error);
  expect(await decideFaqEntry(reviewer, created.id, "publish")).toEqual({ ok: true, id: created.id });
  return created.id;
}

async function requestIn(district: "MI" | "BS", status: "new" | "in_charge" | "answered") {
  const guardian = await person([["guardian", district]]);
  const consultant = await person([["legal_consultant", district]]);
  const made = await createRequest(
    guardian.user,
    {
      category: "school",
      subject: `Iscrizione a scuola ${district} ${Math.random()}`,
      description: "Il ragazzo è arrivato a marzo: la scuola può rifiutare l'iscrizione?",
      minorId: null,
      urgent: false,
      urgencyReason: null,
      deadlineDate: null,
    },
    [],
  );
  if (!made.ok) throw new Error(made.error);
  if (status !== "new") expect(await take(consultant.user, made.id)).toEqual({ ok: true });
  if (status === "answered") {
    expect(await addNote(consultant.user, made.id, "NOTA-INTERNA riservata")).toEqual({ ok: true });
    expect(await reply(consultant.user, made.id, "No: l'iscrizione è un diritto in ogni momento dell'anno.", "answered", [])).toEqual({ ok: true });
  }
  return { id: made.id, number: made.number, guardian, consultant };
}

const load = <T,>(fn: () => Promise<T>) => outcome(fn) as Promise<{ status: number; value?: Awaited<T>; location?: string | null }>;
const listLoader = (query: string, cookie?: string) => load(() => list.loader({ request: getRequest(`/consulenze/faq${query}`, cookie), params: {}, context: ctx }));
const detailLoader = (id: string, cookie?: string) => load(() => detail.loader({ request: getRequest(`/consulenze/faq/${id}`, cookie), params: { id }, context: ctx }));
const newLoader = (query: string, cookie?: string) => load(() => create.loader({ request: getRequest(`/consulenze/faq/nuova${query}`, cookie), params: {}, context: ctx }));
const newAction = (query: string, body: Record<string, string>, cookie?: string) =>
  load(() => create.action({ request: formRequest(`/consulenze/faq/nuova${query}`, body, cookie), params: {}, context: ctx }));
const editLoader = (id: string, cookie?: string) => load(() => edit.loader({ request: getRequest(`/consulenze/faq/${id}/modifica`, cookie), params: { id }, context: ctx }));
const editAction = (id: string, body: Record<string, string>, cookie?: string) =>
  load(() => edit.action({ request: formRequest(`/consulenze/faq/${id}/modifica`, body, cookie), params: { id }, context: ctx }));

/** The value of a `data(...)` response or a plain loader return. */
function payload<T>(value: unknown): T {
  const v = value as { type?: string; data?: unknown };
  return (v && v.type === "DataWithResponseInit" ? v.data : value) as T;
}

const entryCount = async () => (await db().select({ id: faqEntries.id }).from(faqEntries)).length;
const auditActions = async (id: string) =>
  (await db().select().from(auditLog).where(and(eq(auditLog.entityType, "faq_entry"), eq(auditLog.entityId, id)))).map((a) => a.action);

describe(`FAQ (${engine})`, () => {
  it("finds an inflected Italian word: «permessi» finds the entry about the «permesso»", async () => {
    const a = await person([["legal_consultant", "MI"]]);
    const b = await person([["legal_consultant", "BS"]]);
    const id = await publishedEntry(a.user, b.user);
    await publishedEntry(a.user, b.user, { category: "health", question: "Come si iscrive un minore al servizio sanitario?", answer: "Con il codice fiscale presso l'ASL, anche senza documento di identità definitivo." });
    const hits = await searchFaqPage("permessi", { page: 1 });
    expect(hits.total).toBe(1);
    expect(hits.items[0]).toMatchObject({ id, category: "residence_permit" });
    expect(hits.items[0].excerptHtml).toContain("<mark>");
    expect(hits.items[0].excerptHtml).not.toMatch(/<(?!\/?mark>)/);

    const guardian = await person([["guardian", "MI"]]);
    const seen = await listLoader("?q=permessi", guardian.cookie);
    expect(seen.status).toBe(200);
    expect(seen.value!.results!.items.map((h) => h.id)).toEqual([id]);
    // The topic filter narrows the search; the guardian-side suggestion ("any word") still works.
    expect((await listLoader("?q=permessi&categoria=health", guardian.cookie)).value!.results!.total).toBe(0);
    expect((await searchPublishedFaq("rinnovo permessi scaduti")).map((h) => h.id)).toContain(id);
    // Browsing without a query lists published entries grouped by topic.
    const browse = (await listLoader("", guardian.cookie)).value!.browse!;
    expect(browse.items.map((e) => e.category)).toEqual(["residence_permit", "health"]);
  });

  it("keeps drafts and entries in review out of search and away from guardians (404)", async () => {
    const a = await person([["legal_consultant", "MI"]]);
    const other = await person([["legal_consultant", "MI"]]);
    const guardian = await person([["guardian", "MI"]]);
    const draft = await createFaqEntry(a.user, fields({ question: "Bozza: quanto dura il permesso per attesa occupazione?" }));
    const review = await createFaqEntry(a.user, fields({ question: "In revisione: il permesso per integrazione del minore" }), { submit: true });
    if (!draft.ok || !review.ok) throw new Error("not created");
    expect((await searchFaqPage("permesso", { page: 1 })).items.map((h) => h.id)).not.toContain(draft.id);
    expect((await searchFaqPage("permesso", { page: 1 })).items.map((h) => h.id)).not.toContain(review.id);
    const suggested = (await searchPublishedFaq("permesso occupazione integrazione", { limit: 50 })).map((h) => h.id);
    expect(suggested).not.toContain(draft.id);
    expect(suggested).not.toContain(review.id);
    expect((await detailLoader(draft.id, guardian.cookie)).status).toBe(404);
    expect((await detailLoader(review.id, guardian.cookie)).status).toBe(404);
    expect((await detailLoader("00000000-0000-4000-8000-000000000000", guardian.cookie)).status).toBe(404);
    expect((await detailLoader("not-a-uuid", guardian.cookie)).status).toBe(404);
    // Consultants see them; the work list has one's own drafts and everything in review.
    expect((await detailLoader(draft.id, other.cookie)).status).toBe(200);
    const mine = (await listLoader("", a.cookie)).value!.work!.map((w) => w.id);
    expect(mine).toEqual(expect.arrayContaining([draft.id, review.id]));
    const theirs = (await listLoader("", other.cookie)).value!.work!.map((w) => w.id);
    expect(theirs).toContain(review.id);
    expect(theirs).not.toContain(draft.id);
    expect((await listLoader("", guardian.cookie)).value!.work).toBeNull();
  });

  it("does not let the author publish their own entry; another consultant or an admin can", async () => {
    const author = await person([["legal_consultant", "MI"]]);
    const reviewer = await person([["legal_consultant", "BS"]]);
    const admin = await person([["admin", null]]);
    const made = await createFaqEntry(author.user, fields());
    if (!made.ok) throw new Error(made.error);
    // A draft cannot be published before it is submitted.
    expect(await decideFaqEntry(reviewer.user, made.id, "publish")).toMatchObject({ ok: false, status: 409 });
    const submitted = await editAction(made.id, { intent: "submit", ...fields() }, author.cookie);
    expect(submitted.location).toBe(`/consulenze/faq/${made.id}/modifica?esito=inviata`);

    const own = await editAction(made.id, { intent: "publish" }, author.cookie);
    expect(own.status).toBe(403);
    expect(payload<{ error: string }>(own.value).error).toBe("faq.error.ownEntry");
    expect((await db().select().from(faqEntries).where(eq(faqEntries.id, made.id)))[0].status).toBe("in_review");
    expect((await editLoader(made.id, author.cookie)).value!.staff.canReview).toBe(false);

    const ok = await editAction(made.id, { intent: "publish" }, reviewer.cookie);
    expect(ok.location).toBe(`/consulenze/faq/${made.id}/modifica?esito=pubblicata`);
    const [row] = await db().select().from(faqEntries).where(eq(faqEntries.id, made.id));
    expect(row).toMatchObject({ status: "published", reviewerId: reviewer.user.id, authorId: author.user.id });
    expect(row.publishedAt).toBeInstanceOf(Date);
    // Publishing twice is refused as a stale action.
    expect((await editAction(made.id, { intent: "publish" }, reviewer.cookie)).status).toBe(409);

    // A consultant edits the published entry: it stays published, with a new updatedAt.
    const before = row.updatedAt;
    await new Promise((r) => setTimeout(r, 5));
    const edited = await editAction(made.id, { intent: "save", ...fields({ answer: `${fields().answer} Serve anche la foto.` }) }, author.cookie);
    expect(edited.location).toBe(`/consulenze/faq/${made.id}/modifica?esito=salvata`);
    const [after] = await db().select().from(faqEntries).where(eq(faqEntries.id, made.id));
    expect(after.status).toBe("published");
    expect(after.answerHtml).toContain("<strong>permesso</strong>");
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.getTime());

    // The author cannot unpublish it; the admin can, and then it is gone from search.
    expect((await editAction(made.id, { intent: "unpublish" }, author.cookie)).status).toBe(403);
    expect((await editAction(made.id, { intent: "unpublish" }, admin.cookie)).location).toBe(`/consulenze/faq/${made.id}/modifica?esito=ritirata`);
    expect((await searchFaqPage("permesso", { page: 1 })).items.map((h) => h.id)).not.toContain(made.id);
    // Back in review, an admin sends it back to draft.
    expect(await updateFaqEntry(author.user, made.id, fields(), true)).toEqual({ ok: true, id: made.id });
    expect(await decideFaqEntry(admin.user, made.id, "sendBack")).toEqual({ ok: true, id: made.id });

    expect(await auditActions(made.id)).toEqual(
      expect.arrayContaining(["faq.create", "faq.submit", "faq.publish", "faq.update", "faq.unpublish", "faq.send_back"]),
    );
    const [publishAudit] = await db().select().from(auditLog).where(and(eq(auditLog.entityId, made.id), eq(auditLog.action, "faq.publish")));
    expect(publishAudit.actorId).toBe(reviewer.user.id);
  });

  it("writes an entry from an answered request of the consultant's district, never from another district's", async () => {
    const mi = await requestIn("MI", "answered");
    const bs = await person([["legal_consultant", "BS"]]);
    // Another district: 404 on the page and on the action, nothing written.
    expect((await newLoader(`?richiesta=${mi.id}`, bs.cookie)).status).toBe(404);
    const before = await entryCount();
    expect((await newAction(`?richiesta=${mi.id}`, { intent: "save", ...fields() }, bs.cookie)).status).toBe(404);
    expect((await newLoader("?richiesta=zzz", mi.consultant.cookie)).status).toBe(404);
    expect(await entryCount()).toBe(before);

    // Own district: the page shows the subject and the visible thread (never internal notes), audited.
    const page = await newLoader(`?richiesta=${mi.id}`, mi.consultant.cookie);
    expect(page.status).toBe(200);
    expect(page.value!.source).toMatchObject({ id: mi.id, number: mi.number, category: "school" });
    expect(page.value!.source!.messages).toHaveLength(1);
    expect(JSON.stringify(page.value)).not.toContain("NOTA-INTERNA");
    const reads = await db().select().from(auditLog).where(and(eq(auditLog.entityId, mi.id), eq(auditLog.actorId, mi.consultant.user.id)));
    expect(reads.map((r) => r.action)).toContain("consultation.read");

    const saved = await newAction(
      `?richiesta=${mi.id}`,
      { intent: "save", category: "school", question: "Una scuola può rifiutare l'iscrizione di un minore arrivato a metà anno?", answer: "No. L'iscrizione è un diritto in ogni momento dell'anno scolastico." },
      mi.consultant.cookie,
    );
    expect(saved.status).toBe(302);
    const id = saved.location!.match(/faq\/([0-9a-f-]+)\/modifica\?esito=creata$/)![1];
    const [row] = await db().select().from(faqEntries).where(eq(faqEntries.id, id));
    expect(row).toMatchObject({ status: "draft", sourceConsultationId: mi.id, authorId: mi.consultant.user.id, category: "school" });
    const [created] = await db().select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, "faq.create")));
    expect(created).toMatchObject({ actorId: mi.consultant.user.id, districtCode: "MI" });

    // The entry links its source for the district's consultants only, and never shows its content.
    const reviewer = await person([["legal_consultant", "MI"]]);
    expect(await decideFaqEntry(reviewer.user, id, "publish")).toMatchObject({ ok: false, status: 409 });
    await updateFaqEntry(mi.consultant.user, id, { category: "school", question: row.question, answer: row.answerMd }, true);
    await decideFaqEntry(reviewer.user, id, "publish");
    const asConsultant = await detailLoader(id, mi.consultant.cookie);
    expect(asConsultant.value!.staff!.source).toEqual({ id: mi.id, number: mi.number });
    const asBrescia = await detailLoader(id, bs.cookie);
    expect(asBrescia.value!.staff!.source).toBeNull();
    const asGuardian = await detailLoader(id, mi.guardian.cookie);
    expect(asGuardian.value!.staff).toBeNull();
    expect(JSON.stringify(asGuardian.value)).not.toContain(mi.id);
    expect(JSON.stringify(asGuardian.value)).not.toContain("Iscrizione a scuola");
  });

  it("refuses an entry from a request that is still open (new or taken in charge)", async () => {
    for (const status of ["new", "in_charge"] as const) {
      const r = await requestIn("MI", status);
      const page = await newLoader(`?richiesta=${r.id}`, r.consultant.cookie);
      expect(page.status).toBe(200);
      expect(page.value).toMatchObject({ source: null, refused: { id: r.id, error: "faq.error.sourceOpen" } });
      const before = await entryCount();
      const posted = await newAction(`?richiesta=${r.id}`, { intent: "save", ...fields() }, r.consultant.cookie);
      expect(posted.status).toBe(409);
      expect(payload<{ error: string; values: Record<string, string> }>(posted.value)).toMatchObject({ error: "faq.error.sourceOpen", values: { question: fields().question } });
      expect(await entryCount()).toBe(before);
    }
  });

  it("lets every member with a role read published entries; only consultants and admins write; strangers log in", async () => {
    const a = await person([["legal_consultant", "MI"]]);
    const b = await person([["legal_consultant", "MI"]]);
    const id = await publishedEntry(a.user, b.user, { category: "health" });
    const draft = await createFaqEntry(a.user, fields());
    if (!draft.ok) throw new Error(draft.error);
    const readers: Grant[][] = [[["guardian", "MI"]], [["candidate", "MI"]], [["coordinator", "BS"]], [["trainer", "MI"]]];
    for (const grants of readers) {
      const p = await person(grants);
      expect((await listLoader("", p.cookie)).status).toBe(200);
      expect((await detailLoader(id, p.cookie)).status).toBe(200);
      expect((await newLoader("", p.cookie)).status).toBe(403);
      expect((await newAction("", { intent: "save", ...fields() }, p.cookie)).status).toBe(403);
      expect((await editLoader(id, p.cookie)).status).toBe(403);
      expect((await editAction(id, { intent: "save", ...fields() }, p.cookie)).status).toBe(403);
      expect((await editAction(draft.id, { intent: "unpublish" }, p.cookie)).status).toBe(403);
    }
    // A user without any role reads nothing.
    const nobody = await createUser({ roles: [] });
    expect((await listLoader("", await sessionCookieFor(nobody.id))).status).toBe(403);
    // Consultants and admins reach the editor; admins edit but do not start entries.
    const admin = await person([["admin", null]]);
    expect((await editLoader(draft.id, admin.cookie)).status).toBe(200);
    expect((await editLoader(draft.id, b.cookie)).status).toBe(200);
    expect((await newLoader("", a.cookie)).status).toBe(200);
    expect((await newLoader("", admin.cookie)).status).toBe(403);
    expect((await listLoader("", a.cookie)).value!.canWrite).toBe(true);
    // Anonymous: every page sends to the login.
    for (const result of [await listLoader(""), await detailLoader(id), await newLoader(""), await editLoader(id), await editAction(id, { intent: "publish" })]) {
      expect(result.status).toBe(302);
      expect(result.location).toMatch(/^\/accedi\?redirectTo=/);
    }
  });

  it("refuses bad input, keeps what was typed and writes nothing", async () => {
    const a = await person([["legal_consultant", "MI"]]);
    const before = await entryCount();
    const empty = await newAction("", { intent: "save", category: "", question: "  ", answer: "Una risposta abbastanza lunga da essere accettata." }, a.cookie);
    expect(empty.status).toBe(400);
    expect(payload<{ errors: Record<string, string>; values: Record<string, string> }>(empty.value)).toMatchObject({
      errors: { category: "faq.validation.category", question: "faq.validation.question" },
      values: { answer: "Una risposta abbastanza lunga da essere accettata." },
    });
    const long = await newAction("", { intent: "submit", category: "health", question: "Domanda valida sulla tessera sanitaria?", answer: "x".repeat(20_001) }, a.cookie);
    expect(long.status).toBe(400);
    expect(payload<{ errors: Record<string, string>; values: Record<string, string> }>(long.value)).toMatchObject({
      errors: { answer: "validation.tooLong" },
      values: { question: "Domanda valida sulla tessera sanitaria?", category: "health" },
    });
    const bogus = await newAction("", { intent: "save", category: "astrology", question: "Domanda valida sulla tessera sanitaria?", answer: "Risposta valida e abbastanza lunga." }, a.cookie);
    expect(payload<{ errors: Record<string, string> }>(bogus.value).errors.category).toBe("faq.validation.category");
    expect(await entryCount()).toBe(before);

    // The editor keeps values too, and an unknown intent is refused.
    const made = await createFaqEntry(a.user, fields());
    if (!made.ok) throw new Error(made.error);
    const bad = await editAction(made.id, { intent: "save", category: "health", question: "corta", answer: fields().answer }, a.cookie);
    expect(bad.status).toBe(400);
    expect(payload<{ errors: Record<string, string>; values: Record<string, string> }>(bad.value)).toMatchObject({
      errors: { question: "faq.validation.questionShort" },
      values: { question: "corta", category: "health" },
    });
    expect((await editAction(made.id, { intent: "explode" }, a.cookie)).status).toBe(400);
    const [row] = await db().select().from(faqEntries).where(eq(faqEntries.id, made.id));
    expect(row.category).toBe("residence_permit");

    // Search input: too long → a message; odd syntax and control characters → no crash.
    const guardian = await person([["guardian", "MI"]]);
    const tooLong = await listLoader(`?q=${"a".repeat(201)}`, guardian.cookie);
    expect(tooLong.status).toBe(200);
    expect(tooLong.value).toMatchObject({ error: "faq.search.tooLong", results: null });
    for (const q of ['"permesso -', "!!! & | ()", "%00permesso", "il", "or or -", "permesso:*"]) {
      const r = await listLoader(`?q=${encodeURIComponent(q)}&categoria=nonsense&pagina=-3`, guardian.cookie);
      expect(r.status).toBe(200);
      expect(r.value!.error).toBeUndefined();
      expect(r.value!.category).toBeNull();
    }
    const nul = await listLoader(`?q=${encodeURIComponent("perm\u0000esso")}`, guardian.cookie);
    expect(nul.status).toBe(200);
  });
});
