// Full-text search (PostgreSQL, `italian`) over the published modules of published courses, with
// ranked results and highlighted excerpts that are safe to insert as HTML.
import { and, eq, isNull, sql } from "drizzle-orm";
import * as z from "zod";
import { courses, moduleVersions, modules } from "../../../db/schema";
import { db } from "~/db.server";
import { escapeHtml } from "~/utils/markdown.server";

export const SEARCH_PAGE_SIZE = 10;

/** ?q= (1–200 characters once trimmed; absent or blank: just the form) and ?pagina=. */
export const searchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(200, "search.error.tooLong")
    .optional()
    .transform((q) => (q ? q : null)),
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type SearchQuery = z.infer<typeof searchQuerySchema>;

export function parseSearchQuery(params: URLSearchParams):
  | { ok: true; query: SearchQuery }
  | { ok: false; q: string; error: "search.error.tooLong" } {
  const parsed = searchQuerySchema.safeParse({ q: params.get("q") ?? undefined, pagina: params.get("pagina") ?? undefined });
  if (parsed.success) return { ok: true, query: parsed.data };
  return { ok: false, q: (params.get("q") ?? "").slice(0, 200), error: "search.error.tooLong" };
}

// Private-use characters mark the matches inside ts_headline's output: they cannot come from
// the text (they are stripped from it first), so everything else can be escaped safely.
export const HEADLINE_START = "\uE000";
const START = HEADLINE_START;
export const HEADLINE_STOP = "\uE001";
const STOP = HEADLINE_STOP;
const HEADLINE_OPTIONS = `StartSel=${START},StopSel=${STOP},MaxFragments=2,MaxWords=30,MinWords=10`;

/** Plain text of a Markdown excerpt: link targets, emphasis and heading marks left out. */
function markdownToPlain(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
    .replace(/(\*\*|__|\*|`)/g, "")
    .replace(/:?-{3,}:?/g, "")
    .replace(/(\s*\|\s*)+/g, " · ")
    .replace(/\s+/g, " ")
    .trim();
}

/** ts_headline output → HTML: everything escaped, then only the match markers become <mark>. */
export function headlineToHtml(headline: string): string {
  return escapeHtml(markdownToPlain(headline)).replaceAll(START, "<mark>").replaceAll(STOP, "</mark>");
}

export interface SearchHit {
  moduleId: string;
  courseSlug: string;
  courseTitle: string;
  moduleSlug: string;
  title: string;
  summary: string;
  /** Safe HTML: escaped text with <mark> around the matches. */
  excerptHtml: string;
}

export interface SearchResults {
  hits: SearchHit[];
  total: number;
  page: number;
  pages: number;
}

/** One page of published modules matching `q` (web-search syntax: words, "phrases", -not, or). */
export async function searchModules(q: string, page = 1): Promise<SearchResults> {
  const query = sql`websearch_to_tsquery('italian', ${q})`;
  const visible = and(
    eq(courses.status, "published"),
    isNull(modules.archivedAt),
    sql`${moduleVersions.search} @@ ${query}`,
  );
  const base = () =>
    db()
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(modules)
      .innerJoin(moduleVersions, eq(moduleVersions.id, modules.publishedVersionId))
      .innerJoin(courses, eq(courses.id, modules.courseId))
      .where(visible);
  const [{ n: total }] = await base();
  const pages = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  if (total === 0 || page > pages) return { hits: [], total, page, pages };
  const rank = sql<number>`ts_rank(${moduleVersions.search}, ${query})`;
  const rows = await db()
    .select({
      moduleId: modules.id,
      courseSlug: courses.slug,
      courseTitle: courses.title,
      moduleSlug: modules.slug,
      title: moduleVersions.title,
      summary: moduleVersions.summary,
      headline: sql<string>`ts_headline('italian', translate(${moduleVersions.bodyMd}, ${START + STOP}, ''), ${query}, ${HEADLINE_OPTIONS})`,
    })
    .from(modules)
    .innerJoin(moduleVersions, eq(moduleVersions.id, modules.publishedVersionId))
    .innerJoin(courses, eq(courses.id, modules.courseId))
    .where(visible)
    .orderBy(sql`${rank} desc`, courses.position, modules.position, modules.id)
    .limit(SEARCH_PAGE_SIZE)
    .offset((page - 1) * SEARCH_PAGE_SIZE);
  return {
    hits: rows.map(({ headline, ...hit }) => ({ ...hit, excerptHtml: headlineToHtml(headline ?? "") })),
    total,
    page,
    pages,
  };
}
