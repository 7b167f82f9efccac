// Reading the forum: the categories a user may read with their figures, a category's topics with
// unread counts, a page of a topic (marking it read), and a post's history. Deleted posts never
// carry their words; hidden ones only for their author and the moderators.
import { aliasedTable, and, asc, count, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import {
  forumCategories,
  forumCategoryStats,
  forumCategoryWatches,
  forumPostRevisions,
  forumPosts,
  forumReactions,
  forumReads,
  forumTopicWatches,
  forumTopics,
  users,
  type ForumWatchLevel,
} from "../../../db/schema";
import { db, type DbOrTx } from "~/db.server";
import type { CurrentUser } from "~/modules/auth/user.server";
import { notFound } from "~/utils/http.server";
import { markRead, postWithContext, topicWithCategory } from "./posts.server";
import {
  canDelete,
  canEdit,
  canMarkSolved,
  canModerate,
  canPost,
  canRead,
  canReply,
  canSeeContent,
} from "./policy.server";
import { POSTS_PER_PAGE, TOPICS_PER_PAGE, type SolvedFilter } from "./schema";

type Who = Pick<CurrentUser, "id" | "roles">;
type Category = typeof forumCategories.$inferSelect;

/** Topics never opened count as "new" for this long after they were started. */
export const NEW_TOPIC_DAYS = 14;

/** The categories the user may read (archived ones included, last), in their order. */
export async function readableCategories(user: Who, tx: DbOrTx = db()): Promise<Category[]> {
  const all = await tx
    .select()
    .from(forumCategories)
    .orderBy(sql`${forumCategories.archivedAt} is not null`, asc(forumCategories.position), asc(forumCategories.name));
  return all.filter((c) => canRead(user, c));
}

/** A category by its address, or 404 when it does not exist for the user. */
export async function categoryBySlug(user: Who, slug: string, tx: DbOrTx = db()): Promise<Category> {
  const [category] = await tx.select().from(forumCategories).where(eq(forumCategories.slug, slug));
  if (!category || !canRead(user, category)) notFound();
  return category!;
}

/**
 * Unread posts of a topic (visible ones after what the user read); null if never opened. Needs
 * forum_reads joined. The posts are counted only when the topic's latest visible post is unread.
 */
const unreadPosts = sql<number | null>`case when ${forumReads.lastReadNumber} is null then null
    when ${forumReads.lastReadNumber} >= ${forumTopics.lastVisibleNumber} then 0 else (
    select count(*) from forum_posts p
    where p.topic_id = ${forumTopics.id} and p.number > ${forumReads.lastReadNumber}
      and p.deleted_at is null and p.hidden_at is null
  ) end`.mapWith((v) => (v === null ? null : Number(v)));

export interface CategorySummary {
  category: Category;
  topics: number;
  posts: number;
  lastPostAt: Date | null;
  /** Topics with posts the user has not read yet. */
  unreadTopics: number;
  /** Recent topics the user never opened. */
  newTopics: number;
  canPost: boolean;
}

/**
 * The forum's home: every readable category with its figures for this user (two queries). The
 * figures come from forum_category_stats; the user's unread topics from the partial index of
 * forum_reads; new topics from the topics started in the last NEW_TOPIC_DAYS only: nothing here
 * reads all of a category's topics (issue 7).
 */
export async function forumHome(user: Who, now: Date = new Date()): Promise<CategorySummary[]> {
  const categories = await readableCategories(user);
  if (categories.length === 0) return [];
  const ids = categories.map((c) => c.id);
  const since = new Date(now.getTime() - NEW_TOPIC_DAYS * 86_400_000);
  const stats = forumCategoryStats;
  const figures = await db()
    .select({
      categoryId: stats.categoryId,
      topics: stats.topics,
      posts: stats.posts,
      lastPostAt: stats.lastPostAt,
      // As the topic list counts: a visible post after what the user read (forum_reads keeps the
      // topic's latest visible post and category, see db/schema/forum.ts). The outer column is
      // written qualified: drizzle leaves it bare in a one-table query, and bare it would mean r's.
      unreadTopics: sql<number>`(select count(*) from forum_reads r
        where r.user_id = ${user.id} and r.category_id = forum_category_stats.category_id
          and r.last_read_number < r.topic_last_visible_number)`.mapWith(Number),
      newTopics: sql<number>`(select count(*) from forum_topics t
        where t.category_id = forum_category_stats.category_id and t.created_at >= ${since.toISOString()}
          and not exists (select 1 from forum_reads r where r.user_id = ${user.id} and r.topic_id = t.id))`.mapWith(Number),
    })
    .from(stats)
    .where(inArray(stats.categoryId, ids));
  const byId = new Map(figures.map((f) => [f.categoryId, f]));
  return categories.map((category) => {
    const f = byId.get(category.id);
    return {
      category,
      topics: f?.topics ?? 0,
      posts: f?.posts ?? 0,
      lastPostAt: f?.lastPostAt ?? null,
      unreadTopics: f?.unreadTopics ?? 0,
      newTopics: f?.newTopics ?? 0,
      canPost: canPost(user, category),
    };
  });
}

export { SOLVED_FILTERS, type SolvedFilter } from "./schema";

export interface TopicRow {
  id: string;
  title: string;
  authorName: string | null;
  createdAt: Date;
  replyCount: number;
  lastPostAt: Date;
  lastPostAuthorName: string | null;
  lastPostNumber: number;
  pinned: boolean;
  locked: boolean;
  solved: boolean;
  /** Unread posts; null when the user never opened the topic. */
  unread: number | null;
  /** Never opened and started recently. */
  isNew: boolean;
}

const lastAuthor = aliasedTable(users, "last_author");

/** One page of a category's topics: pinned first, then by latest activity. */
export async function listTopics(
  user: Who,
  category: Category,
  options: { page?: number; solved?: SolvedFilter; now?: Date } = {},
): Promise<{ topics: TopicRow[]; total: number; page: number; pages: number }> {
  const page = Math.max(1, options.page ?? 1);
  const now = options.now ?? new Date();
  const conditions: SQL[] = [eq(forumTopics.categoryId, category.id)];
  if (category.kind === "qa" && options.solved === "risolte") conditions.push(isNotNull(forumTopics.solvedPostId));
  if (category.kind === "qa" && options.solved === "non-risolte") conditions.push(isNull(forumTopics.solvedPostId));
  const where = and(...conditions);
  // The number of topics from forum_category_stats, not by counting them.
  const [stats] = await db()
    .select({ topics: forumCategoryStats.topics, solved: forumCategoryStats.solvedTopics })
    .from(forumCategoryStats)
    .where(eq(forumCategoryStats.categoryId, category.id));
  const solvedFilter = category.kind === "qa" ? options.solved : undefined;
  const total = !stats
    ? 0
    : solvedFilter === "risolte"
      ? stats.solved
      : solvedFilter === "non-risolte"
        ? stats.topics - stats.solved
        : stats.topics;
  const pages = Math.max(1, Math.ceil(total / TOPICS_PER_PAGE));
  const since = new Date(now.getTime() - NEW_TOPIC_DAYS * 86_400_000);
  const order = [desc(forumTopics.pinned), desc(forumTopics.lastPostAt), desc(forumTopics.id)];
  // The page's topics chosen first from the topics alone (the skipped ones are only stepped over
  // in the category's index), then only these joined with their authors and the user's reads.
  const onPage = db()
    .select({ id: sql<string>`${forumTopics.id}`.as("page_topic_id") })
    .from(forumTopics)
    .where(where)
    .orderBy(...order)
    .limit(TOPICS_PER_PAGE)
    .offset((Math.min(page, pages) - 1) * TOPICS_PER_PAGE)
    .as("on_page");
  const rows = await db()
    .select({
      id: forumTopics.id,
      title: forumTopics.title,
      authorName: users.name,
      createdAt: forumTopics.createdAt,
      replyCount: forumTopics.replyCount,
      lastPostAt: forumTopics.lastPostAt,
      lastPostAuthorName: lastAuthor.name,
      lastPostNumber: forumTopics.lastPostNumber,
      pinned: forumTopics.pinned,
      locked: forumTopics.locked,
      solvedPostId: forumTopics.solvedPostId,
      unread: unreadPosts,
    })
    .from(onPage)
    .innerJoin(forumTopics, eq(forumTopics.id, onPage.id))
    .leftJoin(users, eq(users.id, forumTopics.authorId))
    .leftJoin(lastAuthor, eq(lastAuthor.id, forumTopics.lastPostAuthorId))
    .leftJoin(forumReads, and(eq(forumReads.topicId, forumTopics.id), eq(forumReads.userId, user.id)))
    .orderBy(...order);
  return {
    topics: rows.map(({ solvedPostId, ...r }) => ({
      ...r,
      // A category turned from Q&A into discussion keeps the marks, but shows none.
      solved: solvedPostId !== null && category.kind === "qa",
      isNew: r.unread === null && r.createdAt >= since,
    })),
    total,
    page: Math.min(page, pages),
    pages,
  };
}

export type PostState = "visible" | "deleted" | "hidden";

export interface PostView {
  id: string;
  number: number;
  authorId: string | null;
  authorName: string | null;
  createdAt: Date;
  editedAt: Date | null;
  state: PostState;
  /** Safe HTML; null when the user may not see the words (deleted, or hidden from them). */
  bodyHtml: string | null;
  /** Markdown source for quoting and editing; null under the same conditions. */
  bodyMd: string | null;
  /** The moderators' reason, for the author and the moderators of a hidden post. */
  hiddenReason: string | null;
  useful: number;
  usefulByMe: boolean;
  isSolution: boolean;
  may: {
    edit: boolean;
    delete: boolean;
    react: boolean;
    flag: boolean;
    markSolved: boolean;
    moderate: boolean;
    /** Earlier versions: only the author and the moderators (an edit may have removed personal data). */
    history: boolean;
  };
}

export interface TopicPage {
  category: Category;
  topic: {
    id: string;
    title: string;
    authorId: string | null;
    pinned: boolean;
    locked: boolean;
    solvedPostId: string | null;
    lastPostNumber: number;
    createdAt: Date;
  };
  posts: PostView[];
  /** The marked answer (Q&A), shown under the question. */
  solution: { id: string; number: number; authorName: string | null; bodyHtml: string } | null;
  page: number;
  pages: number;
  watch: ForumWatchLevel;
  /** Last post the user had read before this visit (0: never opened). */
  lastReadBefore: number;
  may: { reply: boolean; moderate: boolean; post: boolean };
}

/**
 * A page of a topic for the user (404 when the topic does not exist for them), marking the posts
 * shown as read. Pages beyond the last show the last page.
 */
export async function topicPage(user: Who, topicId: string, requestedPage = 1): Promise<TopicPage> {
  const { topic, category } = await topicWithCategory(user, topicId);
  const pages = Math.max(1, Math.ceil(topic.lastPostNumber / POSTS_PER_PAGE));
  const page = Math.min(Math.max(1, requestedPage), pages);
  const from = (page - 1) * POSTS_PER_PAGE + 1;
  const to = page * POSTS_PER_PAGE;
  const moderator = canModerate(user, category);

  const rows = await db()
    .select({ post: forumPosts, authorName: users.name })
    .from(forumPosts)
    .leftJoin(users, eq(users.id, forumPosts.authorId))
    .where(and(eq(forumPosts.topicId, topicId), sql`${forumPosts.number} between ${from} and ${to}`))
    .orderBy(asc(forumPosts.number));
  const ids = rows.map((r) => r.post.id);
  const reactions = ids.length
    ? await db()
        .select({
          postId: forumReactions.postId,
          total: count(),
          mine: sql<boolean>`bool_or(${forumReactions.userId} = ${user.id})`,
        })
        .from(forumReactions)
        .where(inArray(forumReactions.postId, ids))
        .groupBy(forumReactions.postId)
    : [];
  const reactionOf = new Map(reactions.map((r) => [r.postId, r]));
  const [read] = await db()
    .select({ n: forumReads.lastReadNumber })
    .from(forumReads)
    .where(and(eq(forumReads.userId, user.id), eq(forumReads.topicId, topicId)));
  const [watchRow] = await db()
    .select({ level: forumTopicWatches.level })
    .from(forumTopicWatches)
    .where(and(eq(forumTopicWatches.userId, user.id), eq(forumTopicWatches.topicId, topicId)));

  const mayReply = canReply(user, category, topic);
  const mayMarkSolved = canMarkSolved(user, category, topic);
  const posts: PostView[] = rows.map(({ post, authorName }) => {
    const visible = canSeeContent(user, category, post);
    const state: PostState = post.deletedAt ? "deleted" : post.hiddenAt ? "hidden" : "visible";
    const reaction = reactionOf.get(post.id);
    return {
      id: post.id,
      number: post.number,
      authorId: post.authorId,
      authorName,
      createdAt: post.createdAt,
      editedAt: post.editedAt,
      state,
      bodyHtml: visible ? post.bodyHtml : null,
      bodyMd: visible ? post.bodyMd : null,
      hiddenReason: post.hiddenAt && visible ? post.hiddenReason : null,
      useful: state === "visible" ? (reaction?.total ?? 0) : 0,
      usefulByMe: state === "visible" && reaction?.mine === true,
      isSolution: category.kind === "qa" && topic.solvedPostId === post.id,
      may: {
        edit: canEdit(user, category, topic, post),
        delete: canDelete(user, category, post),
        react: state === "visible" && post.authorId !== user.id,
        flag: state === "visible" && post.authorId !== user.id,
        markSolved: mayMarkSolved && state === "visible" && post.number > 1,
        moderate: moderator && state !== "deleted",
        history: visible && (post.authorId === user.id || moderator),
      },
    };
  });

  let solution: TopicPage["solution"] = null;
  if (topic.solvedPostId && category.kind === "qa") {
    const [s] = await db()
      .select({ post: forumPosts, authorName: users.name })
      .from(forumPosts)
      .leftJoin(users, eq(users.id, forumPosts.authorId))
      .where(eq(forumPosts.id, topic.solvedPostId));
    if (s && canSeeContent(user, category, s.post)) {
      solution = { id: s.post.id, number: s.post.number, authorName: s.authorName, bodyHtml: s.post.bodyHtml };
    }
  }

  const lastShown = rows.at(-1)?.post.number ?? 0;
  if (lastShown > 0) await markRead(db(), user.id, topicId, lastShown);

  return {
    category,
    topic: {
      id: topic.id,
      title: topic.title,
      authorId: topic.authorId,
      pinned: topic.pinned,
      locked: topic.locked,
      solvedPostId: category.kind === "qa" ? topic.solvedPostId : null,
      lastPostNumber: topic.lastPostNumber,
      createdAt: topic.createdAt,
    },
    posts,
    solution,
    page,
    pages,
    watch: watchRow?.level ?? "normal",
    lastReadBefore: read?.n ?? 0,
    may: { reply: mayReply, moderate: moderator, post: canPost(user, category) },
  };
}

/** The user's watch level for a category ("normal" when never set). */
export async function categoryWatch(user: Who, categoryId: string): Promise<ForumWatchLevel> {
  const [row] = await db()
    .select({ level: forumCategoryWatches.level })
    .from(forumCategoryWatches)
    .where(and(eq(forumCategoryWatches.userId, user.id), eq(forumCategoryWatches.categoryId, categoryId)));
  return row?.level ?? "normal";
}

/** Where a post lives (for its permanent address); 404 when it does not exist for the user. */
export async function locatePost(user: Who, postId: string): Promise<{ topicId: string; number: number }> {
  const { post } = await postWithContext(user, postId);
  return { topicId: post.topicId, number: post.number };
}

/**
 * A post's earlier versions, newest first, for its author and the moderators only: an edit is
 * how personal data gets removed, so earlier text must not stay readable to everyone.
 */
export async function postHistory(user: Who, postId: string) {
  const { post, topic, category } = await postWithContext(user, postId);
  if (!canSeeContent(user, category, post)) notFound();
  if (post.authorId !== user.id && !canModerate(user, category)) notFound();
  const revisions = await db()
    .select({
      id: forumPostRevisions.id,
      bodyMd: forumPostRevisions.bodyMd,
      title: forumPostRevisions.title,
      replacedAt: forumPostRevisions.replacedAt,
      editorName: users.name,
    })
    .from(forumPostRevisions)
    .leftJoin(users, eq(users.id, forumPostRevisions.editorId))
    .where(eq(forumPostRevisions.postId, postId))
    .orderBy(desc(forumPostRevisions.replacedAt));
  return {
    category,
    topic: { id: topic.id, title: topic.title },
    post: { id: post.id, number: post.number, bodyMd: post.bodyMd, editedAt: post.editedAt, createdAt: post.createdAt },
    revisions,
  };
}
