// The FAQ / knowledge base: anonymised entries written by consultants, reviewed, then published
// and searchable by every member (PostgreSQL full-text search, `italian`).
import { and, desc, eq, sql } from "drizzle-orm";
import { faqEntries } from "../../../db/schema";
import { db } from "~/db.server";
import { headlineToHtml } from "~/modules/training/search.server";
import type { ConsultationCategory } from "./constants";

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

/**
 * Published entries that share words with a subject (for the guardian, before filing a request),
 * best matches first. `mode: "all"` wants every word (the FAQ search box, web-search syntax).
 */
export async function searchPublishedFaq(
  text: string,
  options: { category?: ConsultationCategory; limit?: number; offset?: number; mode?: "any" | "all" } = {},
): Promise<FaqHit[]> {
  const mode = options.mode ?? "any";
  let query;
  if (mode === "any") {
    const q = anyWordQuery(text);
    if (!q) return [];
    query = sql`to_tsquery('italian', ${q})`;
  } else {
    if (!text.trim()) return [];
    query = sql`websearch_to_tsquery('italian', ${text})`;
  }
  const rows = await db()
    .select({
      id: faqEntries.id,
      category: faqEntries.category,
      question: faqEntries.question,
      headline: sql<string>`ts_headline('italian', regexp_replace(${faqEntries.answerMd}, '[\uE000\uE001]', '', 'g'), ${query}, ${HEADLINE_OPTIONS})`,
    })
    .from(faqEntries)
    .where(
      and(
        eq(faqEntries.status, "published"),
        options.category ? eq(faqEntries.category, options.category) : undefined,
        sql`${faqEntries.search} @@ ${query}`,
      ),
    )
    .orderBy(sql`ts_rank(${faqEntries.search}, ${query}) desc`, desc(faqEntries.publishedAt))
    .limit(options.limit ?? 5)
    .offset(options.offset ?? 0);
  return rows.map((r) => ({ id: r.id, category: r.category as ConsultationCategory, question: r.question, excerptHtml: headlineToHtml(r.headline) }));
}
