// The FAQ / knowledge base: anonymised entries written by consultants, reviewed, then published
// and searchable by every member (PostgreSQL full-text search, `italian`). Drafts and entries in
// review are seen by consultants and admins only; the request that prompted an entry is never
// shown, only linked for the consultants of its district.
import { and, asc, count, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { consultations, faqEntries, users } from "../../../db/schema";
import { db, type DbOrTx } from "~/db.server";
import type { MessageKey } from "~/i18n";
import { recordAudit } from "~/modules/audit/log.server";
import type { CurrentUser } from "~/modules/auth/user.server";
import { isAdmin } from "~/modules/auth/roles";
import { headlineToHtml } from "~/modules/training/search.server";
import { notFound } from "~/utils/http.server";
import { renderMarkdown } from "~/utils/markdown.server";
import { CATEGORIES, type ConsultationCategory, type FaqStatus } from "./constants";
import { FAQ_BROWSE_PAGE_SIZE, FAQ_SEARCH_PAGE_SIZE, type FaqFields } from "./faq-schema";
import { canReviewFaq, canWorkOn, canWriteFaq } from "./policy.server";
import { loadForViewer } from "./requests.server";

type Who = Pick<CurrentUser, "id" | "roles">;

export const faqPath = (id: string) => `/consulenze/faq/${id}`;
export const faqEditPath = (id: string) => `/consulenze/faq/${id}/modifica`;

const START = "\uE000";
const STOP = "\uE001";
const HEADLINE_OPTIONS = `StartSel=${START},StopSel=${STOP},MaxFragments=2,MaxWords=30,MinWords=10`;

/** The words of a free text as an OR query ("permesso | soggiorno | …"): any shared word matches. */
export function anyWordQuery(text: string): string | null {
  const words = [...new Set((text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).slice(0, 20))];
  return words.length > 0 ? words.join(" | ") : null;
}

export interface FaqHit {
  id: string;
  category: ConsultationCategory;
  question: string;
  /** Safe HTML: escaped text with <mark> around the matches. */
  excerptHtml: string;
}

function tsQuery(text: string, mode: "any" | "all"): SQL | null {
  if (mode === "any") {
    const q = anyWordQuery(text);
    return q ? sql`to_tsquery('italian', ${q})` : null;
  }
  return text.trim() ? sql`websearch_to_tsquery('italian', ${text})` : null;
}

function publishedMatching(query: SQL, category?: ConsultationCategory) {
  return and(eq(faqEntries.status, "published"), category ? eq(faqEntries.category, category) : undefined, sql`${faqEntries.search} @@ ${query}`);
}

/**
 * Published entries that share words with a subject (for the guardian, before filing a request),
 * best matches first. `mode: "all"` wants every word (the FAQ search box, web-search syntax).
 */
export async function searchPublishedFaq(
  text: string,
  options: { category?: ConsultationCategory; limit?: number; offset?: number; mode?: "any" | "all" } = {},
): Promise<FaqHit[]> {
  const query = tsQuery(text, options.mode ?? "any");
  if (!query) return [];
  const rows = await db()
    .select({
      id: faqEntries.id,
      category: faqEntries.category,
      question: faqEntries.question,
      headline: sql<string>`ts_headline('italian', regexp_replace(${faqEntries.answerMd}, '[\uE000\uE001]', '', 'g'), ${query}, ${HEADLINE_OPTIONS})`,
    })
    .from(faqEntries)
    .where(publishedMatching(query, options.category))
    .orderBy(sql`ts_rank(${faqEntries.search}, ${query}) desc`, desc(faqEntries.publishedAt), asc(faqEntries.id))
    .limit(options.limit ?? 5)
    .offset(options.offset ?? 0);
  return rows.map((r) => ({ id: r.id, category: r.category as ConsultationCategory, question: r.question, excerptHtml: headlineToHtml(r.headline) }));
}

/** How many published entries a search finds (same matching as searchPublishedFaq). */
export async function countPublishedFaq(text: string, options: { category?: ConsultationCategory; mode?: "any" | "all" } = {}): Promise<number> {
  const query = tsQuery(text, options.mode ?? "any");
  if (!query) return 0;
  const [row] = await db().select({ n: count() }).from(faqEntries).where(publishedMatching(query, options.category));
  return row?.n ?? 0;
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pages: number;
}

/** One page of the FAQ search box (every word, web-search syntax: "phrase", -not, or). */
export async function searchFaqPage(q: string, options: { category?: ConsultationCategory; page: number }): Promise<Paged<FaqHit>> {
  const total = await countPublishedFaq(q, { category: options.category, mode: "all" });
  const pages = Math.max(1, Math.ceil(total / FAQ_SEARCH_PAGE_SIZE));
  if (total === 0 || options.page > pages) return { items: [], total, page: options.page, pages };
  const items = await searchPublishedFaq(q, {
    category: options.category,
    mode: "all",
    limit: FAQ_SEARCH_PAGE_SIZE,
    offset: (options.page - 1) * FAQ_SEARCH_PAGE_SIZE,
  });
  return { items, total, page: options.page, pages };
}

// Categories in the order of the request form, then questions alphabetically.
const categoryOrder = sql.raw(`array_position(array[${CATEGORIES.map((c) => `'${c}'`).join(",")}]::text[], "faq_entries"."category")`);

/** Published entries without a search, by category (one page), for browsing. */
export async function browsePublishedFaq(options: { category?: ConsultationCategory; page: number }) {
  const where = and(eq(faqEntries.status, "published"), options.category ? eq(faqEntries.category, options.category) : undefined);
  const [{ n: total }] = await db().select({ n: count() }).from(faqEntries).where(where);
  const pages = Math.max(1, Math.ceil(total / FAQ_BROWSE_PAGE_SIZE));
  const items =
    total === 0 || options.page > pages
      ? []
      : await db()
          .select({ id: faqEntries.id, category: faqEntries.category, question: faqEntries.question, publishedAt: faqEntries.publishedAt })
          .from(faqEntries)
          .where(where)
          .orderBy(categoryOrder, asc(faqEntries.question), asc(faqEntries.id))
          .limit(FAQ_BROWSE_PAGE_SIZE)
          .offset((options.page - 1) * FAQ_BROWSE_PAGE_SIZE);
  return { items, total, page: options.page, pages };
}

/** Edits entries and sees drafts and entries in review: the consultants (any district) and admins. */
export function canManageFaq(user: Who): boolean {
  return canWriteFaq(user) || isAdmin(user.roles);
}

/** The staff's work list: the user's own drafts (and orphaned ones), and everything waiting for review. */
export async function faqWorkList(user: Who) {
  if (!canManageFaq(user)) return [];
  return db()
    .select({
      id: faqEntries.id,
      category: faqEntries.category,
      question: faqEntries.question,
      status: faqEntries.status,
      authorId: faqEntries.authorId,
      authorName: users.name,
      updatedAt: faqEntries.updatedAt,
    })
    .from(faqEntries)
    .leftJoin(users, eq(users.id, faqEntries.authorId))
    .where(
      or(
        eq(faqEntries.status, "in_review"),
        and(eq(faqEntries.status, "draft"), or(eq(faqEntries.authorId, user.id), isNull(faqEntries.authorId))),
      ),
    )
    .orderBy(desc(faqEntries.status), desc(faqEntries.updatedAt))
    .limit(200)
    .then((rows) => rows.map((r) => ({ ...r, status: r.status as FaqStatus, mine: r.authorId === user.id, canReview: r.status === "in_review" && canReviewFaq(user, r) })));
}

export type FaqEntryRow = typeof faqEntries.$inferSelect;

/**
 * An entry as the user may see it, or 404: published entries for every member with a role,
 * drafts and entries in review for consultants and admins. The source request appears only as a
 * link, and only for the consultants of its district.
 */
export async function loadFaqEntry(user: Who, id: string) {
  const [entry] = await db().select().from(faqEntries).where(eq(faqEntries.id, id));
  if (!entry) notFound();
  if (entry!.status !== "published" && !canManageFaq(user)) notFound();
  const e = entry!;
  const ids = [e.authorId, e.reviewerId].filter((v): v is string => v !== null);
  const names = ids.length > 0 ? await db().select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids)) : [];
  const nameOf = (uid: string | null) => names.find((n) => n.id === uid)?.name ?? null;
  const [source] = e.sourceConsultationId
    ? await db()
        .select({ id: consultations.id, number: consultations.number, districtCode: consultations.districtCode })
        .from(consultations)
        .where(eq(consultations.id, e.sourceConsultationId))
    : [];
  return {
    row: e,
    entry: {
      id: e.id,
      category: e.category as ConsultationCategory,
      question: e.question,
      answerHtml: e.answerHtml,
      status: e.status as FaqStatus,
      publishedAt: e.publishedAt,
      updatedAt: e.updatedAt,
      createdAt: e.createdAt,
    },
    staff: canManageFaq(user)
      ? {
          authorName: nameOf(e.authorId),
          reviewerName: nameOf(e.reviewerId),
          mine: e.authorId === user.id,
          canReview: canReviewFaq(user, e),
          source: source && canWorkOn(user, source) ? { id: source.id, number: source.number } : null,
        }
      : null,
  };
}

/**
 * The request an entry is written from: it must exist for the user as one of their district's
 * consultants (else 404, as if it did not exist) and be answered or closed (else refused). The
 * read is audited by loadForViewer unless `audit` is false.
 */
export async function loadFaqSource(user: Who, id: string, audit = true) {
  const { request } = await loadForViewer(user, id, { audit: audit ? "consultation.read" : false });
  if (!canWorkOn(user, request)) notFound();
  if (request.status !== "answered" && request.status !== "closed") {
    return { ok: false, error: "faq.error.sourceOpen", request: { id: request.id, number: request.number } } as const;
  }
  return { ok: true, request } as const;
}

export type FaqResult = { ok: true; id: string } | { ok: false; error: MessageKey; status: 403 | 404 | 409 };

function auditFaq(tx: DbOrTx, actorId: string, action: string, entry: { id: string; status: string }, districtCode: string | null, details: Record<string, string | number | boolean | null> = {}) {
  return recordAudit({ actorId, action, entityType: "faq_entry", entityId: entry.id, districtCode, details: { status: entry.status, ...details } }, tx);
}

async function sourceDistrict(tx: DbOrTx, sourceId: string | null): Promise<string | null> {
  if (!sourceId) return null;
  const [row] = await tx.select({ d: consultations.districtCode }).from(consultations).where(eq(consultations.id, sourceId));
  return row?.d ?? null;
}

/** Writes a new entry as a draft (or straight into review), prompted by a request or not. */
export async function createFaqEntry(
  user: Who,
  fields: FaqFields,
  options: { submit?: boolean; sourceId?: string | null } = {},
  now = new Date(),
): Promise<FaqResult> {
  if (!canWriteFaq(user)) return { ok: false, error: "faq.error.notConsultant", status: 403 };
  const sourceId = options.sourceId ?? null;
  if (sourceId) {
    const source = await loadFaqSource(user, sourceId, false);
    if (!source.ok) return { ok: false, error: source.error, status: 409 };
  }
  return db().transaction(async (tx) => {
    const status: FaqStatus = options.submit ? "in_review" : "draft";
    const [row] = await tx
      .insert(faqEntries)
      .values({
        category: fields.category,
        question: fields.question,
        answerMd: fields.answer,
        answerHtml: renderMarkdown(fields.answer),
        status,
        sourceConsultationId: sourceId,
        authorId: user.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: faqEntries.id, status: faqEntries.status });
    const district = await sourceDistrict(tx, sourceId);
    await auditFaq(tx, user.id, "faq.create", { id: row.id, status: "draft" }, district, { sourceConsultationId: sourceId });
    if (options.submit) await auditFaq(tx, user.id, "faq.submit", row, district);
    return { ok: true, id: row.id } as const;
  });
}

async function lockEntry(tx: DbOrTx, id: string): Promise<FaqEntryRow | undefined> {
  const [row] = await tx.select().from(faqEntries).where(eq(faqEntries.id, id)).for("update");
  return row;
}

/** Saves changed fields (any status; a published entry stays published) and, if asked, submits a draft for review. */
export async function updateFaqEntry(user: Who, id: string, fields: FaqFields, submit: boolean, now = new Date()): Promise<FaqResult> {
  if (!canManageFaq(user)) return { ok: false, error: "faq.error.notConsultant", status: 403 };
  return db().transaction(async (tx) => {
    const row = await lockEntry(tx, id);
    if (!row) return { ok: false, error: "faq.error.notFound", status: 404 } as const;
    if (submit && row.status !== "draft") return { ok: false, error: "faq.error.state", status: 409 } as const;
    const district = await sourceDistrict(tx, row.sourceConsultationId);
    const changed = row.category !== fields.category || row.question !== fields.question || row.answerMd !== fields.answer;
    const status: FaqStatus = submit ? "in_review" : (row.status as FaqStatus);
    if (!changed && !submit) return { ok: true, id } as const;
    await tx
      .update(faqEntries)
      .set({
        category: fields.category,
        question: fields.question,
        answerMd: fields.answer,
        answerHtml: renderMarkdown(fields.answer),
        status,
        updatedAt: now,
      })
      .where(eq(faqEntries.id, id));
    if (changed) await auditFaq(tx, user.id, "faq.update", row, district, { fields: [row.category !== fields.category ? "category" : null, row.question !== fields.question ? "question" : null, row.answerMd !== fields.answer ? "answer" : null].filter(Boolean).join(",") });
    if (submit) await auditFaq(tx, user.id, "faq.submit", { id, status }, district);
    return { ok: true, id } as const;
  });
}

export type FaqDecision = "publish" | "sendBack" | "unpublish";

const DECISIONS: Record<FaqDecision, { from: FaqStatus; to: FaqStatus; action: string }> = {
  publish: { from: "in_review", to: "published", action: "faq.publish" },
  sendBack: { from: "in_review", to: "draft", action: "faq.send_back" },
  unpublish: { from: "published", to: "draft", action: "faq.unpublish" },
};

/** A reviewer's decision: another consultant than the author, or an admin. */
export async function decideFaqEntry(user: Who, id: string, decision: FaqDecision, now = new Date()): Promise<FaqResult> {
  const step = DECISIONS[decision];
  return db().transaction(async (tx) => {
    const row = await lockEntry(tx, id);
    if (!row || (row.status !== "published" && !canManageFaq(user))) return { ok: false, error: "faq.error.notFound", status: 404 } as const;
    if (!canReviewFaq(user, row)) {
      return { ok: false, error: row.authorId === user.id ? "faq.error.ownEntry" : "faq.error.notReviewer", status: 403 } as const;
    }
    if (row.status !== step.from) return { ok: false, error: "faq.error.state", status: 409 } as const;
    const published = step.to === "published";
    await tx
      .update(faqEntries)
      .set({ status: step.to, reviewerId: published ? user.id : null, publishedAt: published ? now : null, updatedAt: now })
      .where(and(eq(faqEntries.id, id), eq(faqEntries.status, step.from)));
    await auditFaq(tx, user.id, step.action, { id, status: step.to }, await sourceDistrict(tx, row.sourceConsultationId), { from: step.from });
    return { ok: true, id } as const;
  });
}
