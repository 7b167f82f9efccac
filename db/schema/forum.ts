// Forum: the community of practice. Categories (shared or of one district, each with the roles
// that may read and post), topics and their numbered posts (Markdown, with an edit history, soft
// deletion and moderators' hiding), the "utile" reaction, what each user has read, watches and
// mutes, flags for the moderators and the moderation log.
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { districts } from "./districts";
import { tsz } from "./columns";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** "discussion": free conversation; "qa": questions whose answer can be marked as the solution. */
export const FORUM_CATEGORY_KINDS = ["discussion", "qa"] as const;
export type ForumCategoryKind = (typeof FORUM_CATEGORY_KINDS)[number];

export const forumCategories = pgTable(
  "forum_categories",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Part of the category's address: /forum/<slug>.
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    // Null: shared by both districts; else only members of that district (and admins) see it.
    districtCode: text("district_code").references(() => districts.code),
    kind: text("kind").$type<ForumCategoryKind>().notNull().default("discussion"),
    // Roles (as in user_roles.role) whose holders may read / start topics and reply. Posting
    // requires reading too. Admins always may.
    readRoles: text("read_roles").array().notNull(),
    postRoles: text("post_roles").array().notNull(),
    position: integer("position").notNull().default(0),
    archivedAt: tsz("archived_at"),
    createdAt: tsz("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("forum_categories_kind_valid", sql`${t.kind} in ('discussion','qa')`),
    check("forum_categories_slug_valid", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);

export const forumTopics = pgTable(
  "forum_topics",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    categoryId: uuid("category_id")
      .notNull()
      .references(() => forumCategories.id),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    pinned: boolean("pinned").notNull().default(false),
    locked: boolean("locked").notNull().default(false),
    // In Q&A categories: the reply marked as the answer.
    solvedPostId: uuid("solved_post_id").references((): AnyPgColumn => forumPosts.id, { onDelete: "set null" }),
    // Number of the latest post (posts are numbered 1, 2, … within a topic, never reused).
    lastPostNumber: integer("last_post_number").notNull().default(0),
    // Replies shown in lists: posts after the first that are neither deleted nor hidden.
    replyCount: integer("reply_count").notNull().default(0),
    lastPostAt: tsz("last_post_at").notNull().defaultNow(),
    lastPostAuthorId: uuid("last_post_author_id").references(() => users.id, { onDelete: "set null" }),
    // Number of the latest post neither deleted nor hidden (0: none). Kept by triggers on
    // forum_posts (migration 0010), so "unread" needs no look at the posts (issue 7).
    lastVisibleNumber: integer("last_visible_number").notNull().default(0),
    createdAt: tsz("created_at").notNull().defaultNow(),
    search: tsvector("search")
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('italian', coalesce(title, ''))`),
  },
  (t) => [
    index("forum_topics_category_idx").on(t.categoryId, t.pinned, t.lastPostAt),
    // The forum's home counts the recent topics a user never opened (id: without the table).
    index("forum_topics_category_created_idx").on(t.categoryId, t.createdAt, t.id),
  ],
);

/**
 * A category's figures for the forum's home and its topic list, kept by a trigger on forum_topics
 * (migration 0010) so no page counts a category's topics (issue 7). No row: no topic yet.
 */
export const forumCategoryStats = pgTable("forum_category_stats", {
  categoryId: uuid("category_id")
    .primaryKey()
    .references(() => forumCategories.id, { onDelete: "cascade" }),
  topics: integer("topics").notNull().default(0),
  // Posts shown in lists: each topic's opening post and its replies (forum_topics.reply_count).
  posts: integer("posts").notNull().default(0),
  // Topics with a marked answer (whatever the category's kind: the list shows them only in Q&A).
  solvedTopics: integer("solved_topics").notNull().default(0),
  lastPostAt: tsz("last_post_at"),
});

export const forumPosts = pgTable(
  "forum_posts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    topicId: uuid("topic_id")
      .notNull()
      .references(() => forumTopics.id, { onDelete: "cascade" }),
    // Position in the topic: 1 is the opening post. Gives stable addresses (page = ceil(n / size)).
    number: integer("number").notNull(),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    bodyMd: text("body_md").notNull(),
    bodyHtml: text("body_html").notNull(),
    createdAt: tsz("created_at").notNull().defaultNow(),
    editedAt: tsz("edited_at"),
    // Deleted by its author: kept (numbering, replies that quote it) but its content is never served.
    deletedAt: tsz("deleted_at"),
    // Hidden by a moderator: the author sees it and the reason; other members see only that it is hidden.
    hiddenAt: tsz("hidden_at"),
    hiddenById: uuid("hidden_by_id").references(() => users.id, { onDelete: "set null" }),
    hiddenReason: text("hidden_reason"),
    // The author saw the warning about a minor's personal data and confirmed the text anyway.
    privacyConfirmedAt: tsz("privacy_confirmed_at"),
    search: tsvector("search")
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('italian', coalesce(body_md, ''))`),
    // Opening posts only (null on replies): the topic's title (weight A) and the post's words as
    // one document, so a search finds a topic whose title says one word and whose text the other.
    // Kept by triggers (migration 0005) when the post's text or the topic's title changes: a
    // generated column cannot read another table. With `search`, the source of the post's row in
    // forum_post_search, which the search reads (migration 0010); neither is searched here, so
    // neither has an index of its own (dropped in 0011).
    openingSearch: tsvector("opening_search"),
  },
  (t) => [
    uniqueIndex("forum_posts_topic_number_idx").on(t.topicId, t.number),
    index("forum_posts_author_idx").on(t.authorId, t.createdAt),
    check("forum_posts_number_positive", sql`${t.number} >= 1`),
  ],
);

/**
 * What the forum's search reads: one narrow row per visible post (neither deleted nor hidden),
 * with the document it is ranked on (an opening post's title and words, a reply's words), its
 * category and date. Kept by triggers on forum_posts and forum_topics (migration 0010): the
 * search filters by category and ranks without reading the posts' wide rows (issue 7).
 */
export const forumPostSearch = pgTable(
  "forum_post_search",
  {
    postId: uuid("post_id")
      .primaryKey()
      .references(() => forumPosts.id, { onDelete: "cascade" }),
    categoryId: uuid("category_id")
      .notNull()
      .references(() => forumCategories.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: tsz("created_at").notNull(),
    // coalesce(forum_posts.opening_search, forum_posts.search), and the category as one more
    // word without position ("forum category <id>"): the GIN index filters by category too.
    document: tsvector("document").notNull(),
  },
  (t) => [
    index("forum_post_search_document_idx").using("gin", t.document),
    // Words found in very many posts: the newest are read first (see searchPosts).
    index("forum_post_search_created_idx").on(t.createdAt),
  ],
);

/** Earlier versions of a post (and of the topic's title when the opening post was edited). */
export const forumPostRevisions = pgTable(
  "forum_post_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    postId: uuid("post_id")
      .notNull()
      .references(() => forumPosts.id, { onDelete: "cascade" }),
    // The text as it was before the edit made at `replacedAt`.
    bodyMd: text("body_md").notNull(),
    title: text("title"),
    editorId: uuid("editor_id").references(() => users.id, { onDelete: "set null" }),
    replacedAt: tsz("replaced_at").notNull().defaultNow(),
  },
  (t) => [index("forum_post_revisions_post_idx").on(t.postId, t.replacedAt)],
);

/** The one reaction: "utile" (useful). */
export const forumReactions = pgTable(
  "forum_reactions",
  {
    postId: uuid("post_id")
      .notNull()
      .references(() => forumPosts.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: tsz("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId] }), index("forum_reactions_user_idx").on(t.userId)],
);

/** People named with @ in a post (notified once, when first named). */
export const forumMentions = pgTable(
  "forum_mentions",
  {
    postId: uuid("post_id")
      .notNull()
      .references(() => forumPosts.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId] })],
);

/** How far each user has read each topic. */
export const forumReads = pgTable(
  "forum_reads",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    topicId: uuid("topic_id")
      .notNull()
      .references(() => forumTopics.id, { onDelete: "cascade" }),
    lastReadNumber: integer("last_read_number").notNull(),
    readAt: tsz("read_at").notNull().defaultNow(),
    // The topic's category and forum_topics.last_visible_number, copied here by triggers
    // (migration 0010) so a user's unread topics per category are one index (issue 7).
    categoryId: uuid("category_id"),
    topicLastVisibleNumber: integer("topic_last_visible_number").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.topicId] }),
    index("forum_reads_topic_idx").on(t.topicId),
    index("forum_reads_unread_idx")
      .on(t.userId, t.categoryId)
      .where(sql`${t.lastReadNumber} < ${t.topicLastVisibleNumber}`),
  ],
);

/**
 * "watching": notified of every reply (topic) or every new topic (category); "muted": no
 * notifications from it except mentions. No row: the default (a topic's author and those who
 * reply watch it).
 */
export const FORUM_WATCH_LEVELS = ["watching", "normal", "muted"] as const;
export type ForumWatchLevel = (typeof FORUM_WATCH_LEVELS)[number];

export const forumTopicWatches = pgTable(
  "forum_topic_watches",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    topicId: uuid("topic_id")
      .notNull()
      .references(() => forumTopics.id, { onDelete: "cascade" }),
    level: text("level").$type<ForumWatchLevel>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.topicId] }),
    index("forum_topic_watches_topic_idx").on(t.topicId, t.level),
    check("forum_topic_watches_level_valid", sql`${t.level} in ('watching','normal','muted')`),
  ],
);

export const forumCategoryWatches = pgTable(
  "forum_category_watches",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    categoryId: uuid("category_id")
      .notNull()
      .references(() => forumCategories.id, { onDelete: "cascade" }),
    level: text("level").$type<ForumWatchLevel>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.categoryId] }),
    index("forum_category_watches_category_idx").on(t.categoryId, t.level),
    check("forum_category_watches_level_valid", sql`${t.level} in ('watching','normal','muted')`),
  ],
);

export const FORUM_FLAG_REASONS = ["minor_data", "offensive", "spam", "off_topic", "other"] as const;
export type ForumFlagReason = (typeof FORUM_FLAG_REASONS)[number];

/** A member's report of a post to the moderators; open until a moderator hides the post or dismisses it. */
export const forumFlags = pgTable(
  "forum_flags",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    postId: uuid("post_id")
      .notNull()
      .references(() => forumPosts.id, { onDelete: "cascade" }),
    reporterId: uuid("reporter_id").references(() => users.id, { onDelete: "set null" }),
    reason: text("reason").$type<ForumFlagReason>().notNull(),
    note: text("note"),
    createdAt: tsz("created_at").notNull().defaultNow(),
    resolvedAt: tsz("resolved_at"),
    resolvedById: uuid("resolved_by_id").references(() => users.id, { onDelete: "set null" }),
    // "hidden": the post was hidden; "dismissed": nothing to do.
    resolution: text("resolution"),
  },
  (t) => [
    index("forum_flags_open_idx").on(t.createdAt).where(sql`${t.resolvedAt} is null`),
    index("forum_flags_post_idx").on(t.postId),
    // One open flag per member and post.
    uniqueIndex("forum_flags_open_reporter_idx").on(t.postId, t.reporterId).where(sql`${t.resolvedAt} is null`),
    check(
      "forum_flags_reason_valid",
      sql`${t.reason} in ('minor_data','offensive','spam','off_topic','other')`,
    ),
    check("forum_flags_resolution_valid", sql`${t.resolution} is null or ${t.resolution} in ('hidden','dismissed')`),
  ],
);

export const FORUM_MODERATION_ACTIONS = [
  "pin",
  "unpin",
  "lock",
  "unlock",
  "move",
  "hide",
  "unhide",
  "dismiss_flags",
  "mark_solved",
  "unmark_solved",
  // A moderator retitles a topic (e.g. its title named a minor).
  "rename",
] as const;
export type ForumModerationAction = (typeof FORUM_MODERATION_ACTIONS)[number];

/** What moderators did, for the moderation log. */
export const forumModerationLog = pgTable(
  "forum_moderation_log",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").$type<ForumModerationAction>().notNull(),
    topicId: uuid("topic_id").references(() => forumTopics.id, { onDelete: "cascade" }),
    postId: uuid("post_id").references(() => forumPosts.id, { onDelete: "cascade" }),
    // The category the topic was in when the action happened (moves: the one it left).
    categoryId: uuid("category_id").references(() => forumCategories.id, { onDelete: "cascade" }),
    toCategoryId: uuid("to_category_id").references(() => forumCategories.id, { onDelete: "cascade" }),
    reason: text("reason"),
    createdAt: tsz("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("forum_moderation_log_created_idx").on(t.createdAt),
    index("forum_moderation_log_category_idx").on(t.categoryId, t.createdAt),
  ],
);
