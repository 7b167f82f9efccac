// Writing in the forum: topics, replies, edits (the earlier text kept), soft deletion, the
// "utile" reaction, watching and muting, and the notifications they cause. Every write runs in
// one transaction; text that looks like a minor's personal data is held until the author removes
// it or confirms.
import { and, desc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import {
  forumCategories,
  forumCategoryWatches,
  forumMentions,
  forumPostRevisions,
  forumPosts,
  forumReactions,
  forumReads,
  forumTopicWatches,
  forumTopics,
  userRoles,
  users,
  type ForumWatchLevel,
} from "../../../db/schema";
import { db, type DbOrTx } from "~/db.server";
import type { MessageKey } from "~/i18n";
import type { RoleGrant } from "~/modules/auth/roles";
import type { CurrentUser } from "~/modules/auth/user.server";
import { notify } from "~/modules/notifications/notify.server";
import { renderMarkdown } from "~/utils/markdown.server";
import { forbidden, notFound } from "~/utils/http.server";
import { highlightMentions, resolveMentions, type Mentioned } from "./mentions.server";
import { postPath } from "./paths";
import { canDelete, canEdit, canPost, canRead, canReply, type CategoryAccess } from "./policy.server";
import { findPersonalData, type PrivacyFinding } from "./privacy";
import type { EditInput, PostInput, TopicInput } from "./schema";

type Who = Pick<CurrentUser, "id" | "roles">;
type Author = Who & Pick<CurrentUser, "name">;

export type WriteResult =
  | { ok: true; topicId: string; postId: string; number: number }
  | { ok: false; privacy: PrivacyFinding[] }
  | { ok: false; error: MessageKey; status: 403 | 409 };

type Category = typeof forumCategories.$inferSelect;

/**
 * Writes lock the topic first (`lock`), whatever they change: one order (topic, then its posts,
 * then the category's figures) for every forum write, so the figures kept by triggers (migration
 * 0010) never miss a concurrent change and two writes never deadlock.
 */
interface ReadOptions {
  lock?: boolean;
}

/** The category of a topic, or 404 when either does not exist for the user. */
export async function topicWithCategory(user: Who, topicId: string, tx: DbOrTx = db(), options: ReadOptions = {}) {
  if (options.lock) await lockTopic(tx, topicId);
  const [row] = await tx
    .select({ topic: forumTopics, category: forumCategories })
    .from(forumTopics)
    .innerJoin(forumCategories, eq(forumCategories.id, forumTopics.categoryId))
    .where(eq(forumTopics.id, topicId));
  if (!row || !canRead(user, row.category)) notFound();
  return row!;
}

/**
 * Locks the topic alone, before it is read with its category: a locking read of the join would
 * re-check a topic moved meanwhile against its former category, and find nothing. The read that
 * follows, a new statement, sees what the other write committed.
 */
async function lockTopic(tx: DbOrTx, topicId: string): Promise<void> {
  await tx.select({ id: forumTopics.id }).from(forumTopics).where(eq(forumTopics.id, topicId)).for("update");
}

/** The post with its topic and category, or 404 when it does not exist for the user. */
export async function postWithContext(user: Who, postId: string, tx: DbOrTx = db(), options: ReadOptions = {}) {
  if (options.lock) {
    const [post] = await tx.select({ topicId: forumPosts.topicId }).from(forumPosts).where(eq(forumPosts.id, postId));
    if (!post) notFound();
    await lockTopic(tx, post!.topicId);
  }
  const [row] = await tx
    .select({ post: forumPosts, topic: forumTopics, category: forumCategories })
    .from(forumPosts)
    .innerJoin(forumTopics, eq(forumTopics.id, forumPosts.topicId))
    .innerJoin(forumCategories, eq(forumCategories.id, forumTopics.categoryId))
    .where(eq(forumPosts.id, postId));
  if (!row || !canRead(user, row.category)) notFound();
  return row!;
}

/** What the privacy check finds in a title and text (none when the author confirmed). */
function privacyHold(text: string, confirmed: boolean): PrivacyFinding[] {
  if (confirmed) return [];
  return findPersonalData(text);
}

async function renderBody(tx: DbOrTx, markdown: string, category: CategoryAccess, authorId: string) {
  const mentioned = await resolveMentions(tx, markdown, category, authorId);
  const html = highlightMentions(renderMarkdown(markdown), mentioned.map((m) => m.name));
  return { html, mentioned };
}

/** The roles of some users, in one query, for checking who may still read a category. */
async function rolesOf(tx: DbOrTx, userIds: string[]): Promise<Map<string, RoleGrant[]>> {
  const map = new Map<string, RoleGrant[]>();
  if (userIds.length === 0) return map;
  const rows = await tx
    .select({ userId: userRoles.userId, role: userRoles.role, districtCode: userRoles.districtCode })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(inArray(userRoles.userId, userIds), isNull(users.disabledAt)));
  for (const r of rows) map.set(r.userId, [...(map.get(r.userId) ?? []), r as unknown as RoleGrant]);
  return map;
}

/** Of these users, those who may (still) read the category. */
export async function readersAmong(tx: DbOrTx, userIds: string[], category: CategoryAccess): Promise<string[]> {
  const roles = await rolesOf(tx, [...new Set(userIds)]);
  return [...roles.entries()].filter(([id, r]) => canRead({ id, roles: r }, category)).map(([id]) => id);
}

async function notifyMentions(
  tx: DbOrTx,
  postId: string,
  mentioned: Mentioned[],
  topicTitle: string,
  author: Author,
): Promise<Set<string>> {
  const notified = new Set<string>();
  if (mentioned.length === 0) return notified;
  const already = await tx
    .select({ userId: forumMentions.userId })
    .from(forumMentions)
    .where(eq(forumMentions.postId, postId));
  const known = new Set(already.map((m) => m.userId));
  for (const person of mentioned) {
    notified.add(person.id);
    if (known.has(person.id)) continue;
    await tx.insert(forumMentions).values({ postId, userId: person.id });
    await notify(person.id, "forum_mention", { topic: topicTitle, author: author.name }, { tx, link: postPath(postId) });
  }
  return notified;
}

/** Users whose explicit setting for the category is `level`. */
async function categoryWatchers(tx: DbOrTx, categoryId: string, level: ForumWatchLevel) {
  const rows = await tx
    .select({ userId: forumCategoryWatches.userId })
    .from(forumCategoryWatches)
    .where(and(eq(forumCategoryWatches.categoryId, categoryId), eq(forumCategoryWatches.level, level)));
  return new Set(rows.map((r) => r.userId));
}

/** Marks the topic as read up to `number` for the user (never moves backwards). */
export async function markRead(tx: DbOrTx, userId: string, topicId: string, number: number): Promise<void> {
  await tx
    .insert(forumReads)
    .values({ userId, topicId, lastReadNumber: number, readAt: new Date() })
    .onConflictDoUpdate({
      target: [forumReads.userId, forumReads.topicId],
      set: {
        lastReadNumber: sql`greatest(${forumReads.lastReadNumber}, excluded.last_read_number)`,
        readAt: sql`excluded.read_at`,
      },
    });
}

/**
 * Writers watch what they write in: writing again in a topic set to "normal" watches it again;
 * only "muted" stays as chosen.
 */
async function autoWatch(tx: DbOrTx, userId: string, topicId: string): Promise<void> {
  await tx
    .insert(forumTopicWatches)
    .values({ userId, topicId, level: "watching" })
    .onConflictDoUpdate({
      target: [forumTopicWatches.userId, forumTopicWatches.topicId],
      set: { level: "watching" },
      setWhere: sql`${forumTopicWatches.level} = 'normal'`,
    });
}

/**
 * Recomputes a topic's list figures from its visible posts: replies (neither deleted nor hidden,
 * after the first), and the latest visible post's time and author.
 */
export async function recountTopic(tx: DbOrTx, topicId: string): Promise<void> {
  const [figures] = await tx
    .select({
      replies: sql<number>`count(*) filter (where ${forumPosts.number} > 1)`.mapWith(Number),
    })
    .from(forumPosts)
    .where(and(eq(forumPosts.topicId, topicId), isNull(forumPosts.deletedAt), isNull(forumPosts.hiddenAt)));
  const [last] = await tx
    .select({ createdAt: forumPosts.createdAt, authorId: forumPosts.authorId })
    .from(forumPosts)
    .where(and(eq(forumPosts.topicId, topicId), isNull(forumPosts.deletedAt), isNull(forumPosts.hiddenAt)))
    .orderBy(desc(forumPosts.number))
    .limit(1);
  await tx
    .update(forumTopics)
    .set({
      replyCount: figures?.replies ?? 0,
      ...(last ? { lastPostAt: last.createdAt, lastPostAuthorId: last.authorId } : {}),
    })
    .where(eq(forumTopics.id, topicId));
}

/** Starts a topic in a category: its opening post is number 1. */
export async function createTopic(
  author: Author,
  categoryId: string,
  input: TopicInput,
  now: Date = new Date(),
): Promise<WriteResult> {
  return db().transaction(async (tx) => {
    const [category] = await tx.select().from(forumCategories).where(eq(forumCategories.id, categoryId));
    if (!category || !canRead(author, category)) notFound();
    if (!canPost(author, category)) return { ok: false, error: "forum.error.cannotPost", status: 403 };
    const held = privacyHold(`${input.title}\n${input.body}`, input.confermaPrivacy);
    if (held.length > 0) return { ok: false, privacy: held };

    const [topic] = await tx
      .insert(forumTopics)
      .values({
        categoryId,
        authorId: author.id,
        title: input.title,
        lastPostNumber: 1,
        replyCount: 0,
        lastPostAt: now,
        lastPostAuthorId: author.id,
        createdAt: now,
      })
      .returning({ id: forumTopics.id });
    const { html, mentioned } = await renderBody(tx, input.body, category, author.id);
    const [post] = await tx
      .insert(forumPosts)
      .values({
        topicId: topic.id,
        number: 1,
        authorId: author.id,
        bodyMd: input.body,
        bodyHtml: html,
        createdAt: now,
        privacyConfirmedAt: input.confermaPrivacy && findPersonalData(`${input.title}\n${input.body}`).length > 0 ? now : null,
      })
      .returning({ id: forumPosts.id });
    await markRead(tx, author.id, topic.id, 1);
    await autoWatch(tx, author.id, topic.id);

    const mentionedIds = await notifyMentions(tx, post.id, mentioned, input.title, author);
    const watching = await categoryWatchers(tx, category.id, "watching");
    const recipients = await readersAmong(
      tx,
      [...watching].filter((id) => id !== author.id && !mentionedIds.has(id)),
      category,
    );
    for (const userId of recipients) {
      await notify(
        userId,
        "forum_topic",
        { topic: input.title, author: author.name, category: category.name },
        { tx, link: postPath(post.id) },
      );
    }
    return { ok: true, topicId: topic.id, postId: post.id, number: 1 };
  });
}

/** Adds a reply at the end of a topic. */
export async function reply(author: Author, topicId: string, input: PostInput, now: Date = new Date()): Promise<WriteResult> {
  return db().transaction(async (tx) => {
    // Lock the topic row first (numbers are handed out one at a time; a move waits), then read
    // its category as it now is.
    await tx.select({ id: forumTopics.id }).from(forumTopics).where(eq(forumTopics.id, topicId)).for("update");
    const { topic, category } = await topicWithCategory(author, topicId, tx);
    if (!canPost(author, category)) return { ok: false, error: "forum.error.cannotPost", status: 403 };
    if (!canReply(author, category, topic)) return { ok: false, error: "forum.error.locked", status: 409 };
    const held = privacyHold(input.body, input.confermaPrivacy);
    if (held.length > 0) return { ok: false, privacy: held };

    const number = topic.lastPostNumber + 1;
    const { html, mentioned } = await renderBody(tx, input.body, category, author.id);
    const [post] = await tx
      .insert(forumPosts)
      .values({
        topicId,
        number,
        authorId: author.id,
        bodyMd: input.body,
        bodyHtml: html,
        createdAt: now,
        privacyConfirmedAt: input.confermaPrivacy && findPersonalData(input.body).length > 0 ? now : null,
      })
      .returning({ id: forumPosts.id });
    await tx
      .update(forumTopics)
      .set({
        lastPostNumber: number,
        replyCount: sql`${forumTopics.replyCount} + 1`,
        lastPostAt: now,
        lastPostAuthorId: author.id,
      })
      .where(eq(forumTopics.id, topicId));
    await markRead(tx, author.id, topicId, number);
    await autoWatch(tx, author.id, topicId);

    const mentionedIds = await notifyMentions(tx, post.id, mentioned, topic.title, author);
    const watchers = await tx
      .select({ userId: forumTopicWatches.userId })
      .from(forumTopicWatches)
      .where(and(eq(forumTopicWatches.topicId, topicId), eq(forumTopicWatches.level, "watching")));
    const mutedCategory = await categoryWatchers(tx, category.id, "muted");
    const recipients = await readersAmong(
      tx,
      watchers.map((w) => w.userId).filter((id) => id !== author.id && !mentionedIds.has(id) && !mutedCategory.has(id)),
      category,
    );
    for (const userId of recipients) {
      await notify(userId, "forum_reply", { topic: topic.title, author: author.name }, { tx, link: postPath(post.id) });
    }
    return { ok: true, topicId, postId: post.id, number };
  });
}

/** The author edits a post; the earlier text (and title) is kept as a revision. */
export async function editPost(author: Author, postId: string, input: EditInput, now: Date = new Date()): Promise<WriteResult> {
  return db().transaction(async (tx) => {
    const { post, topic, category } = await postWithContext(author, postId, tx, { lock: true });
    if (!canEdit(author, category, topic, post)) {
      return { ok: false, error: topic.locked ? "forum.error.locked" : "forum.error.cannotPost", status: 403 };
    }
    const title = post.number === 1 && input.title ? input.title : null;
    const held = privacyHold(`${title ?? ""}\n${input.body}`, input.confermaPrivacy);
    if (held.length > 0) return { ok: false, privacy: held };
    const changedTitle = title !== null && title !== topic.title;
    if (input.body === post.bodyMd && !changedTitle) return { ok: true, topicId: topic.id, postId, number: post.number };

    await tx.insert(forumPostRevisions).values({
      postId,
      bodyMd: post.bodyMd,
      title: post.number === 1 ? topic.title : null,
      editorId: author.id,
      replacedAt: now,
    });
    const { html, mentioned } = await renderBody(tx, input.body, category, author.id);
    await tx
      .update(forumPosts)
      .set({
        bodyMd: input.body,
        bodyHtml: html,
        editedAt: now,
        privacyConfirmedAt:
          input.confermaPrivacy && findPersonalData(`${title ?? ""}\n${input.body}`).length > 0 ? now : post.privacyConfirmedAt,
      })
      .where(eq(forumPosts.id, postId));
    if (changedTitle) await tx.update(forumTopics).set({ title: title! }).where(eq(forumTopics.id, topic.id));
    // Only people named for the first time are notified, and nobody while the post is hidden.
    if (!post.hiddenAt) await notifyMentions(tx, postId, mentioned, title ?? topic.title, author);
    return { ok: true, topicId: topic.id, postId, number: post.number };
  });
}

/** The author deletes a post: it stays in place as "deleted", its words are no longer served. */
export async function deletePost(user: Who, postId: string, now: Date = new Date()): Promise<{ topicId: string; number: number }> {
  return db().transaction(async (tx) => {
    const { post, topic, category } = await postWithContext(user, postId, tx, { lock: true });
    if (post.deletedAt) notFound();
    if (!canDelete(user, category, post)) forbidden();
    await tx.update(forumPosts).set({ deletedAt: now }).where(eq(forumPosts.id, postId));
    if (topic.solvedPostId === postId) await tx.update(forumTopics).set({ solvedPostId: null }).where(eq(forumTopics.id, topic.id));
    await tx.delete(forumReactions).where(eq(forumReactions.postId, postId));
    await recountTopic(tx, topic.id);
    return { topicId: topic.id, number: post.number };
  });
}

/** Adds or takes back the user's "utile" on a post (not on their own, not on hidden or deleted ones). */
export async function toggleUseful(user: Who, postId: string): Promise<{ topicId: string; number: number; useful: boolean }> {
  return db().transaction(async (tx) => {
    const { post, topic } = await postWithContext(user, postId, tx);
    if (post.deletedAt || post.hiddenAt || post.authorId === user.id) notFound();
    const removed = await tx
      .delete(forumReactions)
      .where(and(eq(forumReactions.postId, postId), eq(forumReactions.userId, user.id)))
      .returning({ postId: forumReactions.postId });
    if (removed.length === 0) await tx.insert(forumReactions).values({ postId, userId: user.id }).onConflictDoNothing();
    return { topicId: topic.id, number: post.number, useful: removed.length === 0 };
  });
}

/** Sets the user's watch level for a topic. */
export async function setTopicWatch(user: Who, topicId: string, level: ForumWatchLevel): Promise<void> {
  await db().transaction(async (tx) => {
    await topicWithCategory(user, topicId, tx);
    await tx
      .insert(forumTopicWatches)
      .values({ userId: user.id, topicId, level })
      .onConflictDoUpdate({ target: [forumTopicWatches.userId, forumTopicWatches.topicId], set: { level } });
  });
}

/** Sets the user's watch level for a category. */
export async function setCategoryWatch(user: Who, categoryId: string, level: ForumWatchLevel): Promise<void> {
  await db().transaction(async (tx) => {
    const [category] = await tx.select().from(forumCategories).where(eq(forumCategories.id, categoryId));
    if (!category || !canRead(user, category)) notFound();
    await tx
      .insert(forumCategoryWatches)
      .values({ userId: user.id, categoryId, level })
      .onConflictDoUpdate({ target: [forumCategoryWatches.userId, forumCategoryWatches.categoryId], set: { level } });
  });
}

/** Location of the first post after what the user has read (the last post when all is read). */
export async function firstUnreadNumber(user: Who, topicId: string): Promise<number> {
  const { topic } = await topicWithCategory(user, topicId);
  const [read] = await db()
    .select({ n: forumReads.lastReadNumber })
    .from(forumReads)
    .where(and(eq(forumReads.userId, user.id), eq(forumReads.topicId, topicId)));
  if (!read) return 1;
  const [next] = await db()
    .select({ number: forumPosts.number })
    .from(forumPosts)
    .where(
      and(eq(forumPosts.topicId, topicId), gt(forumPosts.number, read.n), isNull(forumPosts.deletedAt), isNull(forumPosts.hiddenAt)),
    )
    .orderBy(forumPosts.number)
    .limit(1);
  return next?.number ?? topic.lastPostNumber;
}

export type { Category };
