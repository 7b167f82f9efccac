// Forum search: PostgreSQL full-text search (`italian`) over topic titles and posts, one result per
// post, only in the categories the user may read and never a deleted or hidden post; filters by
// category, author and date; highlighted excerpts that are safe to insert as HTML.
import { and, desc, eq, gte, inArray, isNull, lt, sql, type AnyColumn, type SQL } from "drizzle-orm";
import * as z from "zod";
import { forumCategories, forumPostSearch, forumPosts, forumTopics, users } from "../../../db/schema";
import { db } from "~/db.server";
import { TIME_ZONE } from "~/i18n";
import type { CurrentUser } from "~/modules/auth/user.server";
import { HEADLINE_START, HEADLINE_STOP, headlineToHtml } from "~/modules/training/search.server";
import { fieldErrors, type FieldErrors } from "~/utils/forms";
import { readableCategories } from "./reading.server";
import { pageParam } from "./schema";

type Who = Pick<CurrentUser, "id" | "roles">;

export const FORUM_SEARCH_PAGE_SIZE = 10;
export const SEARCH_QUERY_MAX = 200;
export const SEARCH_AUTHOR_MAX = 100;

/** The GET parameters, in the order their fields appear in the form. */
export const SEARCH_FIELDS = ["q", "categoria", "autore", "dal", "al"] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** A calendar day that exists (2026-02-30 does not). */
function realDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

const day = z.preprocess(
  blank,
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "forumsearch.error.date")
    .refine(realDay, "forumsearch.error.date")
    .optional(),
);

export const forumSearchSchema = z.object({
  q: z.preprocess(blank, z.string().trim().max(SEARCH_QUERY_MAX, "forumsearch.error.qTooLong").optional()),
  categoria: z.preprocess(blank, z.string().trim().max(100, "forumsearch.error.category").optional()),
  autore: z.preprocess(blank, z.string().trim().max(SEARCH_AUTHOR_MAX, "forumsearch.error.authorTooLong").optional()),
  dal: day,
  al: day,
  pagina: pageParam,
});

export interface ForumSearchQuery {
  q: string;
  /** Ids of the categories to search: the readable ones, or the one chosen. */
  categoryIds: string[];
  author?: string;
  /** Inclusive calendar days in Europe/Rome, YYYY-MM-DD. */
  from?: string;
  to?: string;
  page: number;
}

export interface ForumSearchHit {
  postId: string;
  topicId: string;
  number: number;
  topicTitle: string;
  /** Safe HTML of the title with <mark> around the matches; null when the title did not match. */
  titleHtml: string | null;
  categoryName: string;
  categorySlug: string;
  authorName: string | null;
  createdAt: Date;
  /** Safe HTML: escaped text with <mark> around the matches. */
  excerptHtml: string;
}

export interface ForumSearchResults {
  hits: ForumSearchHit[];
  /** Matches found, at most FORUM_SEARCH_MAX_RANKED. */
  total: number;
  /** More posts match than were ranked (total is then FORUM_SEARCH_MAX_RANKED). */
  capped: boolean;
  page: number;
  pages: number;
}

// The match markers of training's headlineToHtml (which turns them into <mark>): private-use
// characters, stripped from the text before ts_headline so only real matches carry them.
const START = HEADLINE_START;
const STOP = HEADLINE_STOP;
// One passage from the best match on (the fragment mode would cut what precedes a match even in
// a short post).
const BODY_HEADLINE = `StartSel=${START},StopSel=${STOP},MaxWords=35,MinWords=20`;
const TITLE_HEADLINE = `StartSel=${START},StopSel=${STOP},HighlightAll=true`;

/**
 * The text as ts_headline should see it: without the markers, and with <, > and & written as
 * entities, because ts_headline leaves out whatever looks like an HTML tag and the excerpt must
 * show the words as the author wrote them (posts show raw HTML as text).
 */
const headlineInput = (text: SQL | AnyColumn) =>
  sql`replace(replace(replace(translate(${text}, ${START + STOP}, ''), '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&" };
/** ts_headline's output → safe HTML: the three entities back to text, then headlineToHtml. */
const headlineHtml = (headline: string | null) =>
  headlineToHtml((headline ?? "").replace(/&(lt|gt|amp);/g, (_, name: string) => ENTITIES[name]));

/** `%`, `_` and `\` taken literally in ILIKE. */
const likeLiteral = (s: string) => s.replace(/[\\%_]/g, "\\$&");
const dayStart = (d: string) => sql`((${d})::date)::timestamp at time zone ${TIME_ZONE}`;
const dayEnd = (d: string) => sql`((${d})::date + 1)::timestamp at time zone ${TIME_ZONE}`;

/** Up to this many categories the GIN scan filters by category (a district's and the shared ones: 8). */
const SCOPED_SEARCH_MAX_CATEGORIES = 16;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The categories as a tsquery of the words forum_post_search.document carries for its category
 * ("forum category <id>", migration 0010: no search text can produce a word with spaces).
 */
export function forumSearchScope(categoryIds: readonly string[]): string {
  return categoryIds
    .map((id) => {
      if (!UUID.test(id)) throw new Error(`not a category id: ${id}`);
      return `'forum category ${id.toLowerCase()}'`;
    })
    .join(" | ");
}

/**
 * At most this many matches are ranked: the newest ones. Up to it, results and their order are
 * those of ranking every match; past it (a word found in very many posts) the best of the newest
 * this many are shown, and the total says "more than". Bounds the work of one search (issue 7).
 */
export const FORUM_SEARCH_MAX_RANKED = 1000;

/**
 * One page of the visible posts matching `q` (web-search syntax), best first: a post matches by
 * its words, an opening post also by its topic's title (weighted above the body). Ranked by
 * ts_rank, then the newest first, among the newest FORUM_SEARCH_MAX_RANKED matches. One query
 * (two when the page is past the end).
 */
export async function searchPosts(query: ForumSearchQuery): Promise<ForumSearchResults> {
  const page = Math.max(1, query.page);
  if (query.categoryIds.length === 0) return { hits: [], total: 0, capped: false, page, pages: 1 };
  const tsq = sql`websearch_to_tsquery('italian', ${query.q})`;
  // forum_post_search holds one narrow row per visible post with its category and its document
  // (an opening post's title and words, a reply's words; kept by triggers): matches are found by
  // its GIN index and filtered by category without reading the posts' wide rows.
  const s = forumPostSearch;
  // The words and, in the same GIN scan, the categories: the document carries its category as one
  // more word (forumSearchScope), so the posts of other categories are never read. Not for many
  // categories (administrators read them all): each is one more entry the scan must follow.
  const scoped = query.categoryIds.length <= SCOPED_SEARCH_MAX_CATEGORIES;
  const conditions: SQL[] = [
    // No words left (only stop words): nothing, as `@@` answers for an empty query (the scope
    // alone would match every post).
    sql`numnode(${tsq}) > 0`,
    scoped
      ? sql`${s.document} @@ (${tsq} && ${forumSearchScope(query.categoryIds)}::tsquery)`
      : sql`${s.document} @@ ${tsq}`,
    inArray(s.categoryId, query.categoryIds),
  ];
  if (query.author) {
    conditions.push(
      // Qualified by hand: drizzle writes a one-table query's columns bare.
      sql`exists (select 1 from users u where u.id = forum_post_search.author_id and u.name ilike ${`%${likeLiteral(query.author)}%`})`,
    );
  }
  if (query.from) conditions.push(gte(s.createdAt, sql`${dayStart(query.from)}`));
  if (query.to) conditions.push(lt(s.createdAt, sql`${dayEnd(query.to)}`));
  // The newest matches first, at most one more than are ranked (to know there are more). For a
  // rare word PostgreSQL reads the few matches from the GIN index; for a common one it walks the
  // newest posts by date until it has enough, so neither reads every match.
  const candidates = () =>
    db()
      .select({
        postId: sql<string>`${s.postId}`.as("post_id"),
        createdAt: sql<Date>`${s.createdAt}`.as("created_at"),
        rank: sql<number>`ts_rank(${s.document}, ${tsq})`.as("rank"),
      })
      .from(s)
      .where(and(...conditions))
      .orderBy(desc(s.createdAt), desc(s.postId))
      .limit(FORUM_SEARCH_MAX_RANKED + 1)
      .as("candidates");
  const newest = candidates();
  // Numbered by age: the one past FORUM_SEARCH_MAX_RANKED only tells that there are more, it is
  // not ranked; `found` counts it.
  const numbered = db()
    .select({
      postId: newest.postId,
      createdAt: newest.createdAt,
      rank: newest.rank,
      position: sql<number>`row_number() over (order by ${newest.createdAt} desc, ${newest.postId} desc)`.as("position"),
      found: sql<number>`count(*) over ()`.as("found"),
    })
    .from(newest)
    .as("numbered");
  // The page is chosen first; the (costly) headlines and the joins are made only for its posts.
  const hits = db()
    .select({
      postId: numbered.postId,
      createdAt: numbered.createdAt,
      rank: numbered.rank,
      total: sql<number>`${numbered.found}`.mapWith(Number).as("total"),
    })
    .from(numbered)
    .where(sql`${numbered.position} <= ${FORUM_SEARCH_MAX_RANKED}`)
    .orderBy(sql`${numbered.rank} desc`, sql`${numbered.createdAt} desc`, numbered.postId)
    .limit(FORUM_SEARCH_PAGE_SIZE)
    .offset((page - 1) * FORUM_SEARCH_PAGE_SIZE)
    .as("hits");
  const rows = await db()
    .select({
      postId: hits.postId,
      topicId: forumTopics.id,
      number: forumPosts.number,
      topicTitle: forumTopics.title,
      categoryName: forumCategories.name,
      categorySlug: forumCategories.slug,
      authorName: users.name,
      createdAt: forumPosts.createdAt,
      total: hits.total,
      // Only an opening post shows its title's matches: a reply is found by its own words.
      titleHeadline: sql<string | null>`case when ${forumPosts.number} = 1 then ts_headline('italian', ${headlineInput(forumTopics.title)}, ${tsq}, ${TITLE_HEADLINE}) end`,
      bodyHeadline: sql<string>`ts_headline('italian', ${headlineInput(forumPosts.bodyMd)}, ${tsq}, ${BODY_HEADLINE})`,
    })
    .from(hits)
    .innerJoin(forumPosts, eq(forumPosts.id, hits.postId))
    .innerJoin(forumTopics, eq(forumTopics.id, forumPosts.topicId))
    .innerJoin(forumCategories, eq(forumCategories.id, forumTopics.categoryId))
    .leftJoin(users, eq(users.id, forumPosts.authorId))
    // Checked again on the page's posts, from the posts themselves: hidden and deleted posts and
    // other categories never appear here, whatever forum_post_search says.
    .where(
      and(isNull(forumPosts.deletedAt), isNull(forumPosts.hiddenAt), inArray(forumTopics.categoryId, query.categoryIds)),
    )
    .orderBy(sql`${hits.rank} desc`, sql`${hits.createdAt} desc`, hits.postId);

  let found = rows[0]?.total ?? 0;
  if (rows.length === 0 && page > 1) {
    const counted = candidates();
    const [row] = await db()
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(counted);
    found = row.n;
  }
  const capped = found > FORUM_SEARCH_MAX_RANKED;
  const total = Math.min(found, FORUM_SEARCH_MAX_RANKED);
  return {
    hits: rows.map((r) => ({
      postId: r.postId,
      topicId: r.topicId,
      number: r.number,
      topicTitle: r.topicTitle,
      titleHtml: r.titleHeadline?.includes(START) ? headlineHtml(r.titleHeadline) : null,
      categoryName: r.categoryName,
      categorySlug: r.categorySlug,
      authorName: r.authorName,
      createdAt: new Date(r.createdAt),
      excerptHtml: headlineHtml(r.bodyHeadline),
    })),
    total,
    capped,
    page,
    pages: Math.max(1, Math.ceil(total / FORUM_SEARCH_PAGE_SIZE)),
  };
}

export interface SearchCategoryOption {
  slug: string;
  name: string;
  archived: boolean;
}

export interface ForumSearchPage {
  /** What the user asked, to put back in the form (every value, also the bad ones). */
  values: Record<SearchField, string>;
  errors: FieldErrors;
  /** The categories the user may read, for the filter. */
  categories: SearchCategoryOption[];
  /** Null when there is nothing to search for (no words) or the filters have errors. */
  results: ForumSearchResults | null;
}

/**
 * Everything /forum/cerca shows: the readable categories, the parameters read (each bad one with
 * its error, the others kept) and, when there are words to look for, a page of results.
 * A category the user may not read is treated like one that does not exist.
 */
export async function forumSearchPage(user: Who, params: URLSearchParams): Promise<ForumSearchPage> {
  const readable = await readableCategories(user);
  const values = Object.fromEntries(
    SEARCH_FIELDS.map((f) => [f, (params.get(f) ?? "").slice(0, SEARCH_QUERY_MAX + 100)]),
  ) as Record<SearchField, string>;
  const categories = readable.map((c) => ({ slug: c.slug, name: c.name, archived: c.archivedAt !== null }));

  const raw = Object.fromEntries([...SEARCH_FIELDS, "pagina"].map((f) => [f, params.get(f) ?? undefined]));
  const parsed = forumSearchSchema.safeParse(raw);
  const errors: FieldErrors = parsed.success ? {} : fieldErrors(parsed.error);
  const data = parsed.success ? parsed.data : null;

  const slug = (params.get("categoria") ?? "").trim();
  const category = slug ? readable.find((c) => c.slug === slug) : undefined;
  if (slug && !category) errors.categoria = "forumsearch.error.category";
  if (data?.dal && data.al && data.dal > data.al) errors.al = "forumsearch.error.order";

  if (!data || Object.keys(errors).length > 0 || !data.q) return { values, errors, categories, results: null };
  const results = await searchPosts({
    q: data.q,
    categoryIds: category ? [category.id] : readable.map((c) => c.id),
    author: data.autore,
    from: data.dal,
    to: data.al,
    page: data.pagina,
  });
  return { values, errors, categories, results };
}
