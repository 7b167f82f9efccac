// Moderating the forum: pin, lock and move topics, hide posts (the author learns why), members'
// flags and the queue they form, the solution of Q&A topics, and the moderation log. Every change
// runs in one transaction together with its line in forum_moderation_log.
import { aliasedTable, and, asc, count, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import * as z from "zod";
import {
  FORUM_FLAG_REASONS,
  forumCategories,
  forumFlags,
  forumModerationLog,
  forumPosts,
  forumTopics,
  notifications,
  userRoles,
  users,
  type ForumFlagReason,
  type ForumModerationAction,
} from "../../../db/schema";
import { db, type DbOrTx } from "~/db.server";
import type { MessageKey } from "~/i18n";
import { hasRole, isAdmin, type RoleGrant } from "~/modules/auth/roles";
import type { CurrentUser } from "~/modules/auth/user.server";
import { notify } from "~/modules/notifications/notify.server";
import { forbidden } from "~/utils/http.server";
import { QUEUE_ANCHOR_PREFIX, queueItemPath } from "./components/mod/anchors";
import { FORUM_PATH, MODERATION_PATH, postPath } from "./paths";
import { canMarkSolved, canModerate, canRead } from "./policy.server";
import { postWithContext, readersAmong, recountTopic, topicWithCategory } from "./posts.server";
import { titleField } from "./schema";

type Who = Pick<CurrentUser, "id" | "roles">;
type Category = typeof forumCategories.$inferSelect;

export const REASON_MIN = 3;
export const REASON_MAX = 500;
export const NOTE_MAX = 500;
export const LOG_PER_PAGE = 30;

// ---- Forms (field names as in the pages) ----

const reasonField = z
  .string("forummod.error.reasonRequired")
  .trim()
  .min(1, "forummod.error.reasonRequired")
  .min(REASON_MIN, "forummod.error.reasonShort")
  .max(REASON_MAX, "forummod.error.reasonLong");
const noteField = z
  .string()
  .trim()
  .max(NOTE_MAX, "forummod.error.noteLong")
  .optional()
  .transform((v) => (v ? v : null));

/** The optional reason of a pin, lock or move, kept in the log. */
const optionalReason = z
  .string()
  .trim()
  .max(REASON_MAX, "forummod.error.reasonLong")
  .optional()
  .transform((v) => (v ? v : null));

export const hideSchema = z.object({ motivo: reasonField });
export const renameSchema = z.object({ titolo: titleField, motivo: optionalReason });
export const topicStateSchema = z.object({ motivo: optionalReason });
export const moveSchema = z.object({ categoria: z.uuid("forummod.error.targetRequired"), motivo: optionalReason });
export const flagSchema = z
  .object({ motivo: z.enum(FORUM_FLAG_REASONS, "forummod.error.flagReasonRequired"), nota: noteField })
  .superRefine((v, ctx) => {
    if (v.motivo === "other" && !v.nota) ctx.addIssue({ code: "custom", path: ["nota"], message: "forummod.error.noteRequired" });
  });
export type FlagInput = z.infer<typeof flagSchema>;
/** The reasons in the order the form offers them: a minor's personal data first. */
export const FLAG_REASONS = FORUM_FLAG_REASONS;

export type ModResult<T = object> =
  | ({ ok: true } & T)
  | { ok: false; error: MessageKey; status: 400 | 409; field?: "motivo" | "nota" | "categoria" };
const refuse = (error: MessageKey, status: 400 | 409 = 409, field?: "motivo" | "nota" | "categoria") =>
  ({ ok: false, error, status, field }) as const;

// ---- Who moderates what ----

/** Whether the user moderates some category (coordinators and admins); others never see the queue. */
export const moderatesAnything = (user: Who) => isAdmin(user.roles) || hasRole(user.roles, "coordinator");

function requireModerator(user: Who, category: Category): void {
  if (!canModerate(user, category)) forbidden("forummod.error.notModerator");
}

/** The topic and its category for a moderator: 404 for non-readers, 403 for readers who do not moderate it. */
export async function moderatedTopic(user: Who, topicId: string) {
  const found = await topicWithCategory(user, topicId);
  requireModerator(user, found.category);
  return found;
}

/** A post with its topic, category and author's name (404 when the post does not exist for the user). */
export async function postWithAuthor(user: Who, postId: string) {
  const found = await postWithContext(user, postId);
  const [row] = found.post.authorId
    ? await db().select({ name: users.name }).from(users).where(eq(users.id, found.post.authorId))
    : [];
  return { ...found, authorName: row?.name ?? null };
}

async function allCategories(tx: DbOrTx = db()): Promise<Category[]> {
  return tx.select().from(forumCategories).orderBy(asc(forumCategories.position), asc(forumCategories.name));
}

async function log(
  tx: DbOrTx,
  actor: Who,
  action: ForumModerationAction,
  entry: { topicId: string; categoryId: string; postId?: string; toCategoryId?: string; reason?: string | null },
) {
  await tx.insert(forumModerationLog).values({ actorId: actor.id, action, ...entry, reason: entry.reason ?? null });
}

// ---- Topics: pin, lock, move ----

export type TopicAction = "pin" | "unpin" | "lock" | "unlock";

/** Pins, unpins, locks or unlocks a topic (nothing is written when it is already so). */
export async function setTopicState(
  user: Who,
  topicId: string,
  action: TopicAction,
  reason?: string | null,
): Promise<ModResult<{ topicId: string; changed: boolean }>> {
  const why = optionalReason.safeParse(reason ?? undefined);
  if (!why.success) return refuse("forummod.error.reasonLong", 400, "motivo");
  return db().transaction(async (tx) => {
    const { topic, category } = await topicWithCategory(user, topicId, tx, { lock: true });
    requireModerator(user, category);
    const change = action === "pin" || action === "unpin" ? { pinned: action === "pin" } : { locked: action === "lock" };
    const current = "pinned" in change ? topic.pinned === change.pinned : topic.locked === change.locked;
    if (current) return { ok: true, topicId, changed: false };
    await tx.update(forumTopics).set(change).where(eq(forumTopics.id, topicId));
    await log(tx, user, action, { topicId, categoryId: category.id, reason: why.data });
    return { ok: true, topicId, changed: true };
  });
}
export const pinTopic = (user: Who, topicId: string, reason?: string) => setTopicState(user, topicId, "pin", reason);
export const unpinTopic = (user: Who, topicId: string, reason?: string) => setTopicState(user, topicId, "unpin", reason);
export const lockTopic = (user: Who, topicId: string, reason?: string) => setTopicState(user, topicId, "lock", reason);
export const unlockTopic = (user: Who, topicId: string, reason?: string) => setTopicState(user, topicId, "unlock", reason);

/**
 * Gives a topic a new title (a title can carry what must not be there, and only its author could
 * change it). The notifications already sent about the topic show the new title too.
 */
export async function renameTopic(user: Who, topicId: string, title: string, reason?: string | null): Promise<ModResult<{ topicId: string }>> {
  return db().transaction(async (tx) => {
    const { category } = await topicWithCategory(user, topicId, tx, { lock: true });
    requireModerator(user, category);
    await tx.update(forumTopics).set({ title }).where(eq(forumTopics.id, topicId));
    await tx
      .update(notifications)
      .set({ payload: sql`jsonb_set(${notifications.payload}, '{topic}', to_jsonb(${title}::text))` })
      .where(and(sql`${notifications.payload} ? 'topic'`, linksIntoTopics(sql`select ${topicId}::uuid`)));
    await log(tx, user, "rename", { topicId, categoryId: category.id, reason: reason ?? null });
    return { ok: true, topicId };
  });
}

/** Where the moderator may move a topic of `from`: other categories they moderate, not archived. */
export async function moveTargets(user: Who, from: Pick<Category, "id">, tx: DbOrTx = db()): Promise<Category[]> {
  return (await allCategories(tx)).filter((c) => c.id !== from.id && !c.archivedAt && canModerate(user, c));
}

/**
 * Moves a topic to another category the moderator moderates. People who cannot read the new
 * category lose the topic's notifications (the category does not exist for them); a solution
 * is kept only in a Q&A category.
 */
export async function moveTopic(user: Who, topicId: string, toCategoryId: string, reason?: string | null): Promise<ModResult<{ topicId: string }>> {
  const why = optionalReason.safeParse(reason ?? undefined);
  if (!why.success) return refuse("forummod.error.reasonLong", 400, "motivo");
  return db().transaction(async (tx) => {
    const { topic, category } = await topicWithCategory(user, topicId, tx, { lock: true });
    requireModerator(user, category);
    if (toCategoryId === category.id) return refuse("forummod.error.sameCategory", 400, "categoria");
    const [target] = await tx.select().from(forumCategories).where(eq(forumCategories.id, toCategoryId));
    if (!target || !canModerate(user, target)) return refuse("forummod.error.targetInvalid", 400, "categoria");
    if (target.archivedAt) return refuse("forummod.error.targetArchived", 400, "categoria");
    await tx
      .update(forumTopics)
      .set({ categoryId: target.id, ...(target.kind === "qa" ? {} : { solvedPostId: null }) })
      .where(eq(forumTopics.id, topic.id));
    await dropTopicNotifications(tx, topic.id, target);
    await log(tx, user, "move", { topicId, categoryId: category.id, toCategoryId: target.id, reason: why.data });
    return { ok: true, topicId };
  });
}

// Notifications belong to the notifications module; this is the one place the forum removes
// some (see the report: a `deleteNotificationsWithLinks` there would be the cleaner home).
const POSTS_PREFIX = `${FORUM_PATH}/messaggi/`;
const QUEUE_PREFIX = `${MODERATION_PATH}#${QUEUE_ANCHOR_PREFIX}`;

/** In-app notifications leading into the topic, of people who cannot read `category`, are deleted. */
async function dropTopicNotifications(tx: DbOrTx, topicId: string, category: Category): Promise<void> {
  await dropNotificationsOutside(tx, sql`select ${topicId}::uuid`, category);
}

/**
 * In-app notifications leading into any of the topics (a subquery of topic ids) are deleted for
 * the people who cannot read `category` (after a move, or when a category's readers narrow).
 */
export async function dropNotificationsOutside(tx: DbOrTx, topicIds: SQL, category: Category): Promise<void> {
  const intoTopics = linksIntoTopics(topicIds);
  const holders = await tx.selectDistinct({ userId: notifications.userId }).from(notifications).where(intoTopics);
  if (holders.length === 0) return;
  const ids = holders.map((h) => h.userId);
  const keep = new Set(await readersAmong(tx, ids, category));
  const lose = ids.filter((id) => !keep.has(id));
  if (lose.length > 0) await tx.delete(notifications).where(and(inArray(notifications.userId, lose), intoTopics));
}

/** Notifications whose link leads into one of the topics (the topic, one of its posts, its queue item). */
function linksIntoTopics(topicIds: SQL) {
  return or(
    sql`(${notifications.link} like ${`${FORUM_PATH}/argomenti/%`} and substr(${notifications.link}, ${`${FORUM_PATH}/argomenti/`.length + 1}, 36)
      in (select id::text from forum_topics where id in (${topicIds})))`,
    sql`(${notifications.link} like ${`${POSTS_PREFIX}%`} and substr(${notifications.link}, ${POSTS_PREFIX.length + 1}, 36)
      in (select id::text from forum_posts where topic_id in (${topicIds})))`,
    sql`(${notifications.link} like ${`${QUEUE_PREFIX}%`} and substr(${notifications.link}, ${QUEUE_PREFIX.length + 1}, 36)
      in (select id::text from forum_posts where topic_id in (${topicIds})))`,
  )!;
}

// ---- Posts: hide, unhide ----

/** The post's row locked until the transaction ends: two moderators never hide it twice. */
async function lockPost(tx: DbOrTx, postId: string) {
  const [row] = await tx
    .select({ hiddenAt: forumPosts.hiddenAt, deletedAt: forumPosts.deletedAt })
    .from(forumPosts)
    .where(eq(forumPosts.id, postId))
    .for("update");
  return row;
}

/** Hides a post with a reason its author is told; its open flags are resolved as "hidden". */
export async function hidePost(user: Who, postId: string, reason: string, now = new Date()): Promise<ModResult<{ topicId: string; number: number }>> {
  const parsed = reasonField.safeParse(reason);
  if (!parsed.success) return refuse(parsed.error.issues[0].message as MessageKey, 400, "motivo");
  return db().transaction(async (tx) => {
    const { post, topic, category } = await postWithContext(user, postId, tx, { lock: true });
    requireModerator(user, category);
    const current = await lockPost(tx, postId);
    if (current.deletedAt) return refuse("forummod.error.postDeleted");
    if (current.hiddenAt) return refuse("forummod.error.alreadyHidden");
    await tx
      .update(forumPosts)
      .set({ hiddenAt: now, hiddenById: user.id, hiddenReason: parsed.data })
      .where(eq(forumPosts.id, postId));
    await recountTopic(tx, topic.id);
    await resolveFlags(tx, user, postId, "hidden", now);
    await log(tx, user, "hide", { topicId: topic.id, categoryId: category.id, postId, reason: parsed.data });
    // A hidden answer cannot stand as the topic's solution.
    if (topic.solvedPostId === postId) {
      await tx.update(forumTopics).set({ solvedPostId: null }).where(eq(forumTopics.id, topic.id));
      await log(tx, user, "unmark_solved", { topicId: topic.id, categoryId: category.id, postId });
    }
    if (post.authorId && post.authorId !== user.id && (await readersAmong(tx, [post.authorId], category)).length > 0) {
      await notify(post.authorId, "forum_post_hidden", { topic: topic.title, reason: parsed.data }, { tx, link: postPath(postId) });
    }
    return { ok: true, topicId: topic.id, number: post.number };
  });
}

export async function unhidePost(user: Who, postId: string): Promise<ModResult<{ topicId: string; number: number }>> {
  return db().transaction(async (tx) => {
    const { post, topic, category } = await postWithContext(user, postId, tx, { lock: true });
    requireModerator(user, category);
    if (!(await lockPost(tx, postId)).hiddenAt) return refuse("forummod.error.notHidden");
    await tx.update(forumPosts).set({ hiddenAt: null, hiddenById: null, hiddenReason: null }).where(eq(forumPosts.id, postId));
    await recountTopic(tx, topic.id);
    await log(tx, user, "unhide", { topicId: topic.id, categoryId: category.id, postId });
    return { ok: true, topicId: topic.id, number: post.number };
  });
}

// ---- Flags ----

async function resolveFlags(tx: DbOrTx, user: Who, postId: string, resolution: "hidden" | "dismissed", now: Date) {
  return tx
    .update(forumFlags)
    .set({ resolvedAt: now, resolvedById: user.id, resolution })
    .where(and(eq(forumFlags.postId, postId), isNull(forumFlags.resolvedAt)))
    .returning({ id: forumFlags.id });
}

/** Moderators of the category (admins, coordinators of its district or of any for shared ones), enabled. */
async function moderatorsOf(tx: DbOrTx, category: Category): Promise<string[]> {
  const rows = await tx
    .select({ userId: userRoles.userId, role: userRoles.role, districtCode: userRoles.districtCode })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(inArray(userRoles.role, ["admin", "coordinator"]), isNull(users.disabledAt)));
  const roles = new Map<string, RoleGrant[]>();
  for (const r of rows) roles.set(r.userId, [...(roles.get(r.userId) ?? []), r as unknown as RoleGrant]);
  return [...roles.entries()].filter(([id, r]) => canModerate({ id, roles: r }, category)).map(([id]) => id);
}

/** Whether the post may be flagged by this user (checked again when flagging). */
export function flagRefusal(user: Who, post: { authorId: string | null; deletedAt: Date | null; hiddenAt: Date | null }): MessageKey | null {
  if (post.deletedAt || post.hiddenAt) return "forummod.error.notFlaggable";
  if (post.authorId === user.id) return "forummod.error.ownPost";
  return null;
}

/** A reader reports a post to the category's moderators (one open flag per reporter and post). */
export async function flagPost(user: Who, postId: string, input: { reason: string; note?: string | null }): Promise<ModResult<{ topicId: string; number: number }>> {
  const parsed = flagSchema.safeParse({ motivo: input.reason, nota: input.note ?? undefined });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(issue.message as MessageKey, 400, issue.path[0] === "nota" ? "nota" : "motivo");
  }
  return db().transaction(async (tx) => {
    const { post, topic, category } = await postWithContext(user, postId, tx);
    const refusal = flagRefusal(user, post);
    if (refusal === "forummod.error.ownPost") forbidden(refusal);
    if (refusal) return refuse(refusal);
    // The partial unique index keeps one open flag per reporter; a second is answered, not a 500.
    const inserted = await tx
      .insert(forumFlags)
      .values({ postId, reporterId: user.id, reason: parsed.data.motivo, note: parsed.data.nota })
      .onConflictDoNothing()
      .returning({ id: forumFlags.id });
    if (inserted.length === 0) return refuse("forummod.error.alreadyFlagged");
    const recipients = (await moderatorsOf(tx, category)).filter((id) => id !== user.id && id !== post.authorId);
    for (const id of recipients) {
      await notify(id, "forum_flag", { topic: topic.title, reason: parsed.data.motivo }, { tx, link: queueItemPath(postId) });
    }
    return { ok: true, topicId: topic.id, number: post.number };
  });
}

/** Whether the user has an open flag on the post. */
export async function hasOpenFlag(user: Who, postId: string): Promise<boolean> {
  const [row] = await db()
    .select({ id: forumFlags.id })
    .from(forumFlags)
    .where(and(eq(forumFlags.postId, postId), eq(forumFlags.reporterId, user.id), isNull(forumFlags.resolvedAt)));
  return Boolean(row);
}

export async function openFlagCount(postId: string): Promise<number> {
  const [row] = await db()
    .select({ n: count() })
    .from(forumFlags)
    .where(and(eq(forumFlags.postId, postId), isNull(forumFlags.resolvedAt)));
  return row?.n ?? 0;
}

/** The moderator finds nothing to do: the post's open flags are closed as "dismissed". */
export async function dismissFlags(user: Who, postId: string, note?: string | null, now = new Date()): Promise<ModResult<{ dismissed: number }>> {
  const parsed = noteField.safeParse(note ?? undefined);
  if (!parsed.success) return refuse("forummod.error.noteLong", 400, "nota");
  return db().transaction(async (tx) => {
    const { post, topic, category } = await postWithContext(user, postId, tx);
    requireModerator(user, category);
    const closed = await resolveFlags(tx, user, postId, "dismissed", now);
    if (closed.length === 0) return refuse("forummod.error.noOpenFlags");
    await log(tx, user, "dismiss_flags", { topicId: topic.id, categoryId: category.id, postId: post.id, reason: parsed.data });
    return { ok: true, dismissed: closed.length };
  });
}

// ---- Solved (Q&A) ----

async function solvable(user: Who, topicId: string, tx: DbOrTx) {
  const { topic, category } = await topicWithCategory(user, topicId, tx, { lock: true });
  if (category.kind !== "qa") return { refused: refuse("forummod.error.notQa", 400) };
  if (!canMarkSolved(user, category, topic)) forbidden("forummod.error.cannotMarkSolved");
  return { topic, category };
}

/** The question's author or a moderator marks a visible reply of the topic as its answer. */
export async function markSolved(user: Who, topicId: string, postId: string): Promise<ModResult<{ topicId: string; number: number }>> {
  return db().transaction(async (tx) => {
    const found = await solvable(user, topicId, tx);
    if ("refused" in found) return found.refused!;
    const { topic, category } = found;
    const [post] = await tx
      .select()
      .from(forumPosts)
      .where(and(eq(forumPosts.id, postId), eq(forumPosts.topicId, topicId)));
    if (!post || post.number < 2 || post.deletedAt || post.hiddenAt) return refuse("forummod.error.notAReply", 400);
    if (topic.solvedPostId !== postId) {
      await tx.update(forumTopics).set({ solvedPostId: postId }).where(eq(forumTopics.id, topicId));
      await log(tx, user, "mark_solved", { topicId, categoryId: category.id, postId });
    }
    return { ok: true, topicId, number: post.number };
  });
}

export async function unmarkSolved(user: Who, topicId: string): Promise<ModResult<{ topicId: string; number: number }>> {
  return db().transaction(async (tx) => {
    const found = await solvable(user, topicId, tx);
    if ("refused" in found) return found.refused!;
    const { topic, category } = found;
    if (!topic.solvedPostId) return refuse("forummod.error.noSolution");
    const [post] = await tx.select({ number: forumPosts.number }).from(forumPosts).where(eq(forumPosts.id, topic.solvedPostId));
    await tx.update(forumTopics).set({ solvedPostId: null }).where(eq(forumTopics.id, topicId));
    await log(tx, user, "unmark_solved", { topicId, categoryId: category.id, postId: topic.solvedPostId });
    return { ok: true, topicId, number: post?.number ?? 1 };
  });
}

// ---- The queue and the log ----

/** A post's words as one plain line (Markdown marks dropped), cut to `max` characters. */
export function excerptOf(markdown: string, max = 280): string {
  const text = markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, "")
    .replace(/[*_`~]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export interface QueueItem {
  post: { id: string; number: number; authorName: string | null; createdAt: Date; state: "visible" | "hidden" | "deleted"; excerpt: string | null };
  topic: { id: string; title: string };
  category: { name: string; slug: string };
  /** Some reporter chose "personal data of a minor": shown first. */
  urgent: boolean;
  reasons: { reason: ForumFlagReason; count: number }[];
  notes: { reason: ForumFlagReason; note: string; reporterName: string | null }[];
  reporters: string[];
  firstFlaggedAt: Date;
}

const reporter = aliasedTable(users, "reporter");
const author = aliasedTable(users, "post_author");

/** Open flags in the categories the user moderates, one item per post: urgent first, then oldest. */
export async function moderationQueue(user: Who): Promise<QueueItem[]> {
  const ids = (await allCategories()).filter((c) => canModerate(user, c)).map((c) => c.id);
  if (ids.length === 0) return [];
  const rows = await db()
    .select({ flag: forumFlags, reporterName: reporter.name, post: forumPosts, authorName: author.name, topicTitle: forumTopics.title, category: forumCategories })
    .from(forumFlags)
    .innerJoin(forumPosts, eq(forumPosts.id, forumFlags.postId))
    .innerJoin(forumTopics, eq(forumTopics.id, forumPosts.topicId))
    .innerJoin(forumCategories, eq(forumCategories.id, forumTopics.categoryId))
    .leftJoin(reporter, eq(reporter.id, forumFlags.reporterId))
    .leftJoin(author, eq(author.id, forumPosts.authorId))
    .where(and(isNull(forumFlags.resolvedAt), inArray(forumTopics.categoryId, ids)))
    .orderBy(asc(forumFlags.createdAt));
  const items = new Map<string, QueueItem>();
  for (const r of rows) {
    let item = items.get(r.post.id);
    if (!item) {
      const state = r.post.deletedAt ? "deleted" : r.post.hiddenAt ? "hidden" : "visible";
      item = {
        // Moderators see hidden words; deleted ones are served to nobody.
        post: { id: r.post.id, number: r.post.number, authorName: r.authorName, createdAt: r.post.createdAt, state, excerpt: state === "deleted" ? null : excerptOf(r.post.bodyMd) },
        topic: { id: r.post.topicId, title: r.topicTitle },
        category: { name: r.category.name, slug: r.category.slug },
        urgent: false,
        reasons: [],
        notes: [],
        reporters: [],
        firstFlaggedAt: r.flag.createdAt,
      };
      items.set(r.post.id, item);
    }
    item.urgent ||= r.flag.reason === "minor_data";
    const reason = item.reasons.find((x) => x.reason === r.flag.reason);
    if (reason) reason.count += 1;
    else item.reasons.push({ reason: r.flag.reason, count: 1 });
    if (r.flag.note) item.notes.push({ reason: r.flag.reason, note: r.flag.note, reporterName: r.reporterName });
    if (r.reporterName && !item.reporters.includes(r.reporterName)) item.reporters.push(r.reporterName);
  }
  return [...items.values()].sort(
    (a, b) => Number(b.urgent) - Number(a.urgent) || a.firstFlaggedAt.getTime() - b.firstFlaggedAt.getTime(),
  );
}

export interface LogEntry {
  id: string;
  createdAt: Date;
  actorName: string | null;
  action: ForumModerationAction;
  /** Null when the topic is now in a category the viewer cannot read. */
  topic: { id: string; title: string } | null;
  post: { id: string; number: number } | null;
  reason: string | null;
  /** Null when the viewer cannot read that category. */
  fromCategory: string | null;
  toCategory: string | null;
}

const fromCategory = aliasedTable(forumCategories, "from_category");
const toCategory = aliasedTable(forumCategories, "to_category");
const actor = aliasedTable(users, "actor");

/** The log of the categories the user moderates (an action there, or a move into one), newest first. */
export async function moderationLog(user: Who, requestedPage = 1): Promise<{ entries: LogEntry[]; page: number; pages: number; total: number }> {
  const categories = await allCategories();
  const moderated = categories.filter((c) => canModerate(user, c)).map((c) => c.id);
  const readable = new Set(categories.filter((c) => canRead(user, c)).map((c) => c.id));
  if (moderated.length === 0) return { entries: [], page: 1, pages: 1, total: 0 };
  const where = or(inArray(forumModerationLog.categoryId, moderated), inArray(forumModerationLog.toCategoryId, moderated));
  const [{ total }] = await db().select({ total: count() }).from(forumModerationLog).where(where);
  const pages = Math.max(1, Math.ceil(total / LOG_PER_PAGE));
  const page = Math.min(Math.max(1, requestedPage), pages);
  const rows = await db()
    .select({
      log: forumModerationLog,
      actorName: actor.name,
      topicTitle: forumTopics.title,
      topicCategoryId: forumTopics.categoryId,
      postNumber: forumPosts.number,
      fromName: fromCategory.name,
      toName: toCategory.name,
    })
    .from(forumModerationLog)
    .leftJoin(actor, eq(actor.id, forumModerationLog.actorId))
    .leftJoin(forumTopics, eq(forumTopics.id, forumModerationLog.topicId))
    .leftJoin(forumPosts, eq(forumPosts.id, forumModerationLog.postId))
    .leftJoin(fromCategory, eq(fromCategory.id, forumModerationLog.categoryId))
    .leftJoin(toCategory, eq(toCategory.id, forumModerationLog.toCategoryId))
    .where(where)
    .orderBy(desc(forumModerationLog.createdAt), desc(forumModerationLog.id))
    .limit(LOG_PER_PAGE)
    .offset((page - 1) * LOG_PER_PAGE);
  const entries = rows.map(({ log: l, ...r }): LogEntry => {
    const topicReadable = l.topicId !== null && r.topicCategoryId !== null && readable.has(r.topicCategoryId);
    return {
      id: l.id,
      createdAt: l.createdAt,
      actorName: r.actorName,
      action: l.action,
      topic: topicReadable ? { id: l.topicId!, title: r.topicTitle! } : null,
      post: topicReadable && l.postId && r.postNumber !== null ? { id: l.postId, number: r.postNumber } : null,
      // A reason can describe the topic: only for those who may still read it.
      reason: topicReadable || l.topicId === null ? l.reason : null,
      fromCategory: l.categoryId && readable.has(l.categoryId) ? r.fromName : null,
      toCategory: l.toCategoryId && readable.has(l.toCategoryId) ? r.toName : null,
    };
  });
  return { entries, page, pages, total };
}
