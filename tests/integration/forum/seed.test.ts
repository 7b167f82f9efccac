// The forum's demo seed keeps its promises: a forum in use for every demo account, the district
// wall in place, counters that match the posts, unread posts for the Milano guardian, a topic long
// enough to need two pages, a moderation queue with work in it, and no text that the privacy
// check would stop.
import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  forumCategories,
  forumFlags,
  forumModerationLog,
  forumPostRevisions,
  forumPosts,
  forumReactions,
  forumTopics,
  minors,
  notifications,
  userRoles,
  users,
} from "../../../db/schema";
import { seedDemo } from "../../../db/seed";
import { seedForum } from "../../../db/seeds/forum";
import { db } from "../../../app/db.server";
import type { RoleGrant } from "../../../app/modules/auth/roles";
import { moderationQueue } from "../../../app/modules/forum/moderation.server";
import { canPost, canRead } from "../../../app/modules/forum/policy.server";
import { findPersonalData } from "../../../app/modules/forum/privacy";
import { categoryBySlug, forumHome, listTopics, readableCategories, topicPage } from "../../../app/modules/forum/reading.server";
import { POSTS_PER_PAGE } from "../../../app/modules/forum/schema";
import { useTestDatabase } from "../../support/database";

useTestDatabase();

const GM = "tutore.milano@example.org";
const GB = "tutore.brescia@example.org";
const KM = "coordinatore.milano@example.org";

async function demoUser(email: string): Promise<{ id: string; name: string; roles: RoleGrant[] }> {
  const [user] = await db().select().from(users).where(eq(users.email, email));
  if (!user) throw new Error(`no demo user ${email}`);
  const roles = await db()
    .select({ role: userRoles.role, districtCode: userRoles.districtCode })
    .from(userRoles)
    .where(eq(userRoles.userId, user.id));
  return { id: user.id, name: user.name, roles: roles as RoleGrant[] };
}

async function category(slug: string) {
  const [row] = await db().select().from(forumCategories).where(eq(forumCategories.slug, slug));
  if (!row) throw new Error(`no category ${slug}`);
  return row;
}

beforeAll(async () => {
  await seedDemo(db());
}, 300_000);

describe("forum demo seed: categories and access", () => {
  it("has the shared, district and archived categories with their rules", async () => {
    const all = await db().select().from(forumCategories);
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(await category("tutori-milano")).toMatchObject({ name: "Tutori Milano", districtCode: "MI" });
    expect(await category("tutori-brescia")).toMatchObject({ name: "Tutori Brescia", districtCode: "BS" });
    expect((await category("spazio-formatori")).readRoles).toEqual(["trainer"]);
    expect((await category("domande-pratiche")).kind).toBe("qa");
    expect((await category("permessi-di-soggiorno-e-documenti")).kind).toBe("qa");
    expect(all.filter((c) => c.archivedAt !== null).map((c) => c.name)).toEqual(["Archivio 2025"]);
  });

  it("keeps Milano's category out of reach of the Brescia guardian, and shows him Brescia's and the shared ones", async () => {
    const marco = await demoUser(GB);
    const milano = await category("tutori-milano");
    expect(canRead(marco, milano)).toBe(false);
    await expect(categoryBySlug(marco, "tutori-milano")).rejects.toMatchObject({ init: { status: 404 } });
    const readable = (await readableCategories(marco)).map((c) => c.slug);
    expect(readable).toContain("tutori-brescia");
    expect(readable).toContain("domande-pratiche");
    expect(readable).toContain("benvenuti-e-presentazioni");
    expect(readable).not.toContain("tutori-milano");
    expect(readable).not.toContain("spazio-formatori");
    // And he finds something to read there.
    const home = await forumHome(marco);
    expect(home.find((c) => c.category.slug === "tutori-brescia")?.topics).toBeGreaterThanOrEqual(3);
  });

  it("gives every demo role a forum in use", async () => {
    for (const email of [GM, GB, "aspirante@example.org", "formatore@example.org", "consulente.milano@example.org", KM, "admin@example.org"]) {
      const home = await forumHome(await demoUser(email));
      const topics = home.reduce((sum, c) => sum + c.topics, 0);
      expect(topics, email).toBeGreaterThanOrEqual(3);
    }
  });

  it("only has posts by people who could write there (before the archive closed)", async () => {
    const rows = await db()
      .select({ authorId: forumPosts.authorId, category: forumCategories })
      .from(forumPosts)
      .innerJoin(forumTopics, eq(forumTopics.id, forumPosts.topicId))
      .innerJoin(forumCategories, eq(forumCategories.id, forumTopics.categoryId));
    const roles = await db().select().from(userRoles);
    for (const row of rows) {
      const grants = roles.filter((r) => r.userId === row.authorId) as unknown as RoleGrant[];
      const who = { id: row.authorId!, roles: grants };
      expect(canPost(who, { ...row.category, archivedAt: null }), `${row.category.slug} ${row.authorId}`).toBe(true);
    }
  });
});

describe("forum demo seed: topics and counters", () => {
  it("keeps each topic's figures consistent with its posts", async () => {
    const topics = await db().select().from(forumTopics);
    expect(topics.length).toBeGreaterThanOrEqual(25);
    const now = Date.now();
    for (const topic of topics) {
      const posts = await db().select().from(forumPosts).where(eq(forumPosts.topicId, topic.id)).orderBy(forumPosts.number);
      expect(posts.map((p) => p.number), topic.title).toEqual(posts.map((_, i) => i + 1));
      expect(topic.lastPostNumber, topic.title).toBe(posts.length);
      const visible = posts.filter((p) => !p.deletedAt && !p.hiddenAt);
      expect(topic.replyCount, topic.title).toBe(visible.filter((p) => p.number > 1).length);
      const last = visible[visible.length - 1];
      expect(topic.lastPostAt.getTime(), topic.title).toBe(last.createdAt.getTime());
      expect(topic.lastPostAuthorId, topic.title).toBe(last.authorId);
      expect(topic.createdAt.getTime(), topic.title).toBe(posts[0].createdAt.getTime());
      // In order, in the past, with 1–12 replies (the presentations aside).
      for (let i = 1; i < posts.length; i++) expect(posts[i].createdAt > posts[i - 1].createdAt, topic.title).toBe(true);
      expect(posts[posts.length - 1].createdAt.getTime()).toBeLessThan(now);
      if (posts.length <= 13) expect(posts.length, topic.title).toBeGreaterThanOrEqual(2);
      if (topic.solvedPostId) {
        const solution = posts.find((p) => p.id === topic.solvedPostId);
        expect(solution && solution.number > 1 && !solution.deletedAt && !solution.hiddenAt, topic.title).toBe(true);
      }
    }
  });

  it("has one topic long enough for two pages", async () => {
    const topics = await db().select().from(forumTopics);
    const long = topics.filter((t) => t.lastPostNumber >= 25);
    expect(long).toHaveLength(1);
    expect(long[0].lastPostNumber).toBeGreaterThan(POSTS_PER_PAGE);
    const page2 = await topicPage(await demoUser("formatore@example.org"), long[0].id, 2);
    expect(page2.pages).toBe(2);
    expect(page2.posts[0].number).toBe(POSTS_PER_PAGE + 1);
  });

  it("shows the pinned rules, a locked topic, solved and unsolved questions, edits, a deletion and a hidden post", async () => {
    const welcome = await category("benvenuti-e-presentazioni");
    const giulia = await demoUser(GM);
    const [first] = (await listTopics(await demoUser(KM), welcome)).topics;
    expect(first).toMatchObject({ title: "Regole del forum", pinned: true });
    expect((await db().select().from(forumTopics).where(eq(forumTopics.locked, true))).length).toBeGreaterThanOrEqual(1);

    const questions = await category("domande-pratiche");
    const solved = await listTopics(giulia, questions, { solved: "risolte" });
    const unsolved = await listTopics(giulia, questions, { solved: "non-risolte" });
    expect(solved.total).toBeGreaterThanOrEqual(2);
    expect(unsolved.total).toBeGreaterThanOrEqual(2);

    const edited = await db().select().from(forumPosts).innerJoin(forumPostRevisions, eq(forumPostRevisions.postId, forumPosts.id));
    expect(edited.length).toBeGreaterThanOrEqual(3);
    for (const { forum_posts: post, forum_post_revisions: revision } of edited) {
      expect(post.editedAt).not.toBeNull();
      expect(revision.bodyMd).not.toBe(post.bodyMd);
    }
    expect((await db().select().from(forumPosts).where(isNotNull(forumPosts.deletedAt))).length).toBe(1);

    // The hidden post: its reason is there, its words are served to nobody but its author and the moderators.
    const [hidden] = await db().select().from(forumPosts).where(isNotNull(forumPosts.hiddenAt));
    expect(hidden.hiddenReason).toBeTruthy();
    const marco = await demoUser(GB);
    const page = await topicPage(marco, hidden.topicId);
    const shown = page.posts.find((p) => p.id === hidden.id)!;
    expect(shown).toMatchObject({ state: "hidden", bodyHtml: null, hiddenReason: null });
    const [author] = await db().select({ email: users.email }).from(users).where(eq(users.id, hidden.authorId!));
    const own = await topicPage(await demoUser(author.email), hidden.topicId);
    expect(own.posts.find((p) => p.id === hidden.id)?.hiddenReason).toBe(hidden.hiddenReason);

    const useful = await db().select().from(forumReactions);
    expect(useful.length).toBeGreaterThanOrEqual(40);
  });

  it("renders mentions of demo people and tells them", async () => {
    const giulia = await demoUser(GM);
    const posts = await db().select().from(forumPosts);
    expect(posts.some((p) => p.bodyHtml.includes('<span class="mention">@Elena Fontana</span>'))).toBe(true);
    expect(posts.some((p) => p.bodyHtml.includes('<span class="mention">@Giulia Ferrari</span>'))).toBe(true);
    const mine = await db()
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, giulia.id), eq(notifications.kind, "forum_mention")));
    expect(mine.length).toBeGreaterThanOrEqual(2);
    // Already delivered: the demo mails nobody.
    expect(mine.every((n) => n.digestedAt !== null)).toBe(true);
  });
});

describe("forum demo seed: reading and moderation", () => {
  it("leaves the Milano guardian something unread, read fully and partly", async () => {
    const giulia = await demoUser(GM);
    const home = await forumHome(giulia);
    expect(home.reduce((sum, c) => sum + c.unreadTopics, 0)).toBeGreaterThanOrEqual(3);
    const milano = home.find((c) => c.category.slug === "tutori-milano");
    expect(milano?.unreadTopics).toBeGreaterThanOrEqual(1);
    const rows = (await Promise.all(home.map((c) => listTopics(giulia, c.category)))).flatMap((l) => l.topics);
    expect(rows.some((t) => t.unread === 0)).toBe(true);
    expect(rows.some((t) => (t.unread ?? 0) > 0)).toBe(true);
    expect(rows.some((t) => t.isNew)).toBe(true);
  });

  it("puts two open flags, one about a minor's data, in the queue of Milano's coordinator", async () => {
    const queue = await moderationQueue(await demoUser(KM));
    expect(queue).toHaveLength(2);
    expect(queue[0]).toMatchObject({ urgent: true, reasons: [{ reason: "minor_data", count: 1 }] });
    expect(queue.map((q) => q.category.slug)).toEqual(["tutori-milano", "tutori-milano"]);
    // Brescia's coordinator does not moderate Milano's category.
    expect(await moderationQueue(await demoUser("coordinatore.brescia@example.org"))).toHaveLength(0);
    const open = await db().select().from(forumFlags).where(isNull(forumFlags.resolvedAt));
    expect(open).toHaveLength(2);
  });

  it("has a moderation log with pins, a lock, a move, a hide and solutions", async () => {
    const log = await db().select().from(forumModerationLog);
    const actions = new Set(log.map((l) => l.action));
    for (const action of ["pin", "lock", "move", "hide", "dismiss_flags", "mark_solved"]) expect(actions, action).toContain(action);
    const moves = log.filter((l) => l.action === "move");
    expect(moves.every((m) => m.toCategoryId && m.toCategoryId !== m.categoryId)).toBe(true);
  });
});

describe("forum demo seed: privacy and idempotence", () => {
  it("contains no text that looks like a minor's personal data", async () => {
    const texts: string[] = [];
    for (const c of await db().select().from(forumCategories)) texts.push(c.name, c.description);
    for (const t of await db().select().from(forumTopics)) texts.push(t.title);
    for (const p of await db().select().from(forumPosts)) texts.push(p.bodyMd, p.hiddenReason ?? "");
    for (const r of await db().select().from(forumPostRevisions)) texts.push(r.bodyMd, r.title ?? "");
    for (const f of await db().select().from(forumFlags)) texts.push(f.note ?? "");
    for (const l of await db().select().from(forumModerationLog)) texts.push(l.reason ?? "");
    const findings = texts.flatMap((text) => findPersonalData(text).map((f) => ({ ...f, text: text.slice(0, 80) })));
    expect(findings).toEqual([]);
    expect(texts.length).toBeGreaterThan(150);
    // Nor the name of any minor of the demo.
    const names = [...new Set((await db().select().from(minors)).flatMap((m) => [m.firstName, m.lastName]))];
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const word = new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "iu");
      for (const text of texts) expect(word.test(text), `${name} in «${text.slice(0, 60)}…»`).toBe(false);
    }
  });

  it("does not add the forum twice", async () => {
    const before = await db().select({ id: forumTopics.id }).from(forumTopics);
    const ids = new Map((await db().select({ id: users.id, email: users.email }).from(users)).map((u) => [u.email, u.id]));
    await db().transaction(async (tx) => seedForum({ tx, users: ids, now: new Date() }));
    const after = await db().select({ id: forumTopics.id }).from(forumTopics).where(inArray(forumTopics.id, before.map((t) => t.id)));
    expect((await db().select({ id: forumTopics.id }).from(forumTopics)).length).toBe(before.length);
    expect(after.length).toBe(before.length);
  });
});
