// The forum's kept figures on a real database (issue 7): forum_category_stats, each topic's latest
// visible post, the copies in forum_reads and the rows of forum_post_search, after every write
// path (new topic, reply, edit, rename, delete, hide, unhide, move, solution, a bulk INSERT …
// SELECT as the benchmark's seed does), checked against a count from scratch; and what the
// forum's home, the topic lists and the search show from them.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "../../../app/db.server";
import {
  hidePost,
  markSolved,
  moveTopic,
  renameTopic,
  unhidePost,
  unmarkSolved,
} from "../../../app/modules/forum/moderation.server";
import { createTopic, deletePost, editPost, reply } from "../../../app/modules/forum/posts.server";
import { forumHome, listTopics, topicPage } from "../../../app/modules/forum/reading.server";
import { FORUM_SEARCH_MAX_RANKED, searchPosts } from "../../../app/modules/forum/search.server";
import { listCategoriesForAdmin } from "../../../app/modules/forum/categories.server";
import { createCategory, member } from "../../fixtures/forum";
import { engine, useTestDatabase } from "../../support/database";

useTestDatabase();

type Member = Awaited<ReturnType<typeof member>>;

async function topic(author: Member, categoryId: string, title: string, body = "Come si fa?") {
  const created = await createTopic(author, categoryId, { title, body, confermaPrivacy: false });
  if (!created.ok) throw new Error(`topic not created: ${JSON.stringify(created)}`);
  return created;
}

async function answer(author: Member, topicId: string, body: string) {
  const created = await reply(author, topicId, { body, confermaPrivacy: false });
  if (!created.ok) throw new Error(`reply not created: ${JSON.stringify(created)}`);
  return created;
}

async function rows(query: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  const result = await db().execute(query);
  return (Array.isArray(result) ? result : (result as { rows: Record<string, unknown>[] }).rows) as Record<string, unknown>[];
}

/**
 * Every kept figure against the same figure counted from scratch: each query lists what differs,
 * so a drift shows which row and how.
 */
async function expectNoDrift() {
  // forum_category_stats: topics, posts (opening + replies), solved topics, latest activity.
  expect(
    await rows(sql`
      select c.id, s.topics, s.posts, s.solved_topics, s.last_post_at, x.topics as real_topics, x.posts as real_posts,
        x.solved as real_solved, x.last_post_at as real_last_post_at
      from forum_categories c
      left join forum_category_stats s on s.category_id = c.id
      left join (select category_id, count(*)::int as topics, sum(reply_count + 1)::int as posts,
                   count(solved_post_id)::int as solved, max(last_post_at) as last_post_at
                 from forum_topics group by category_id) x on x.category_id = c.id
      where coalesce(s.topics, 0) <> coalesce(x.topics, 0) or coalesce(s.posts, 0) <> coalesce(x.posts, 0)
         or coalesce(s.solved_topics, 0) <> coalesce(x.solved, 0) or s.last_post_at is distinct from x.last_post_at`),
  ).toEqual([]);
  // Each topic's latest post neither deleted nor hidden.
  expect(
    await rows(sql`
      select t.id, t.last_visible_number, coalesce(max(p.number), 0) as real
      from forum_topics t left join forum_posts p on p.topic_id = t.id and p.deleted_at is null and p.hidden_at is null
      group by t.id having t.last_visible_number <> coalesce(max(p.number), 0)`),
  ).toEqual([]);
  // forum_reads' copies of the topic's category and latest visible post.
  expect(
    await rows(sql`
      select r.user_id, r.topic_id, r.category_id, r.topic_last_visible_number
      from forum_reads r join forum_topics t on t.id = r.topic_id
      where r.category_id is distinct from t.category_id or r.topic_last_visible_number <> t.last_visible_number`),
  ).toEqual([]);
  // forum_post_search: exactly the visible posts, with their category, author, date and document.
  expect(
    await rows(sql`
      select coalesce(p.id, s.post_id) as post_id, p.id is null as extra, s.post_id is null as missing
      from (select p.* from forum_posts p where p.deleted_at is null and p.hidden_at is null) p
      full join forum_post_search s on s.post_id = p.id
      left join forum_topics t on t.id = p.topic_id
      where p.id is null or s.post_id is null or s.category_id <> t.category_id
         or s.author_id is distinct from p.author_id or s.created_at <> p.created_at
         or s.document <> coalesce(p.opening_search, p.search) || array_to_tsvector(array['forum category ' || t.category_id::text])`),
  ).toEqual([]);
}

const summaryOf = async (user: Member, categoryId: string) => (await forumHome(user)).find((c) => c.category.id === categoryId);

describe(`forum counters (${engine})`, () => {
  it("stay right through topics, replies, edits, deletions, hiding, moves and solutions", async () => {
    const qa = await createCategory({ districtCode: "MI", kind: "qa" });
    const other = await createCategory({ districtCode: "MI" });
    const anna = await member({ roles: [["guardian", "MI"]] });
    const bruno = await member({ roles: [["guardian", "MI"]] });
    const admin = await member({ roles: [["admin", null]] });
    await expectNoDrift();

    const first = await topic(anna, qa.id, "Tessera sanitaria");
    const second = await topic(bruno, qa.id, "Conto corrente");
    const r1 = await answer(bruno, first.topicId, "Alla ASST.");
    const r2 = await answer(anna, first.topicId, "Grazie!");
    await expectNoDrift();
    expect(await summaryOf(anna, qa.id)).toMatchObject({ topics: 2, posts: 4 });

    await editPost(anna, first.postId, { title: "Tessera sanitaria a Milano", body: "Come si fa a Milano?", confermaPrivacy: false });
    await renameTopic(admin, second.topicId, "Conto corrente per minori");
    await expectNoDrift();

    // The last reply hidden: one post fewer, the category's latest activity goes back.
    await hidePost(admin, r2.postId, "Dati personali");
    await expectNoDrift();
    expect(await summaryOf(anna, qa.id)).toMatchObject({ topics: 2, posts: 3 });
    await unhidePost(admin, r2.postId);
    await expectNoDrift();

    await markSolved(anna, first.topicId, r1.postId);
    await expectNoDrift();
    expect((await listTopics(anna, qa, { solved: "risolte" })).total).toBe(1);
    expect((await listTopics(anna, qa, { solved: "non-risolte" })).total).toBe(1);
    expect((await listTopics(anna, qa)).total).toBe(2);
    await unmarkSolved(anna, first.topicId);
    await markSolved(anna, first.topicId, r1.postId);
    // Deleting the answer withdraws the solution.
    await deletePost(bruno, r1.postId);
    await expectNoDrift();
    expect((await listTopics(anna, qa, { solved: "risolte" })).total).toBe(0);

    // A move takes the topic, its posts and its figures to the other category (in both directions).
    await markSolved(anna, first.topicId, r2.postId);
    await moveTopic(admin, first.topicId, other.id);
    await expectNoDrift();
    expect(await summaryOf(anna, qa.id)).toMatchObject({ topics: 1, posts: 1 });
    expect(await summaryOf(anna, other.id)).toMatchObject({ topics: 1, posts: 2 });
    expect((await listTopics(anna, other)).total).toBe(1);
    await moveTopic(admin, first.topicId, qa.id);
    await moveTopic(admin, second.topicId, other.id);
    await expectNoDrift();
    const admins = await listCategoriesForAdmin();
    expect(admins.find((c) => c.category.id === qa.id)?.topics).toBe(1);
    expect(admins.find((c) => c.category.id === other.id)?.topics).toBe(1);

    // A topic removed outright (no page does it; the database must still be right).
    await db().execute(sql`delete from forum_topics where id = ${second.topicId}`);
    await expectNoDrift();
    expect(await summaryOf(anna, other.id)).toMatchObject({ topics: 0, posts: 0, lastPostAt: null });
  });

  it("counts unread and new topics on the home as the topic list does", async () => {
    const category = await createCategory({ districtCode: "MI" });
    const anna = await member({ roles: [["guardian", "MI"]] });
    const bruno = await member({ roles: [["guardian", "MI"]] });
    const admin = await member({ roles: [["admin", null]] });
    const elsewhere = await createCategory({ districtCode: "MI" });

    const started = await topic(anna, category.id, "Scuola media");
    const fresh = await topic(anna, category.id, "Corso di italiano");
    // Bruno never opened either: two new topics, nothing unread.
    expect(await summaryOf(bruno, category.id)).toMatchObject({ newTopics: 2, unreadTopics: 0 });
    await topicPage(bruno, started.topicId);
    expect(await summaryOf(bruno, category.id)).toMatchObject({ newTopics: 1, unreadTopics: 0 });

    // A reply after what Bruno read: unread until he reads it.
    const late = await answer(anna, started.topicId, "Iscrizione entro gennaio.");
    expect(await summaryOf(bruno, category.id)).toMatchObject({ unreadTopics: 1 });
    expect((await listTopics(bruno, category)).topics.find((t) => t.id === started.topicId)?.unread).toBe(1);
    // Hidden, it is nothing left to read; shown again, it is unread again.
    await hidePost(admin, late.postId, "Fuori tema");
    expect(await summaryOf(bruno, category.id)).toMatchObject({ unreadTopics: 0 });
    expect((await listTopics(bruno, category)).topics.find((t) => t.id === started.topicId)?.unread).toBe(0);
    await unhidePost(admin, late.postId);
    expect(await summaryOf(bruno, category.id)).toMatchObject({ unreadTopics: 1 });
    // Moved, the unread topic counts in its new category.
    await moveTopic(admin, started.topicId, elsewhere.id);
    expect(await summaryOf(bruno, category.id)).toMatchObject({ unreadTopics: 0, newTopics: 1 });
    expect(await summaryOf(bruno, elsewhere.id)).toMatchObject({ unreadTopics: 1 });
    await topicPage(bruno, started.topicId);
    expect(await summaryOf(bruno, elsewhere.id)).toMatchObject({ unreadTopics: 0 });
    // The author's own reply never makes a topic unread for her.
    await answer(anna, fresh.topicId, "Anche al CPIA.");
    expect(await summaryOf(anna, category.id)).toMatchObject({ unreadTopics: 0, newTopics: 0 });
    await expectNoDrift();
  });

  it("takes posts written in bulk (INSERT … SELECT) and ranks only the newest matches of a common word", async () => {
    const category = await createCategory({ districtCode: "MI" });
    const anna = await member({ roles: [["guardian", "MI"]] });
    const started = await topic(anna, category.id, "Affido familiare");
    const count = FORUM_SEARCH_MAX_RANKED + 5;
    // Post 2, the oldest reply, says the word three times: the best match, but not among the newest.
    // So does the first one past the newest FORUM_SEARCH_MAX_RANKED (fetched only to know there are
    // more): it must not be ranked either.
    const firstPast = count + 1 - FORUM_SEARCH_MAX_RANKED;
    await db().execute(sql`
      insert into forum_posts (topic_id, number, author_id, body_md, body_html, created_at)
      select ${started.topicId}::uuid, n, ${anna.id}::uuid,
        case when n in (2, ${firstPast}) then 'affidataria affidataria affidataria' else 'Una famiglia affidataria ' || n end,
        '<p>testo</p>', now() - interval '1 day' + n * interval '1 second'
      from generate_series(2, ${count + 1}) n`);
    await db().execute(sql`
      update forum_topics set last_post_number = ${count + 1}, reply_count = ${count}
      where id = ${started.topicId}`);
    await expectNoDrift();

    const results = await searchPosts({ q: "affidataria", categoryIds: [category.id], page: 1 });
    expect(results).toMatchObject({ total: FORUM_SEARCH_MAX_RANKED, capped: true, pages: FORUM_SEARCH_MAX_RANKED / 10 });
    expect(results.hits.map((h) => h.number)).not.toContain(2);
    expect(results.hits.map((h) => h.number)).not.toContain(firstPast);
    // Ranked alike, the newest first.
    expect(results.hits[0].number).toBe(count + 1);
    const last = await searchPosts({ q: "affidataria", categoryIds: [category.id], page: FORUM_SEARCH_MAX_RANKED / 10 });
    expect(last.hits.at(-1)?.number).toBe(firstPast + 1);
    expect(last.hits.map((h) => h.number)).not.toContain(firstPast);
    // Past the end: the capped total again.
    expect(await searchPosts({ q: "affidataria", categoryIds: [category.id], page: 500 })).toMatchObject({ hits: [], total: FORUM_SEARCH_MAX_RANKED, capped: true });
    // Fewer matches than the cap: every one is ranked, the best first.
    const best = await searchPosts({ q: "affidataria -famiglia", categoryIds: [category.id], page: 1 });
    expect(best).toMatchObject({ total: 2, capped: false });
    expect(best.hits.map((h) => h.number).sort((a, b) => a - b)).toEqual([2, firstPast]);
  });
  // Two writes at once (PostgreSQL only: PGlite runs one connection). A transaction holds the
  // topic as a reply or a move does, and the other write must wait for it and then see it: a
  // reply must stay the latest visible post when another post is hidden meanwhile, and a post
  // edited while its topic moves must be searched in the new category.
  it.runIf(engine === "postgres")("stay right when two writes on a topic run at once", async () => {
    const from = await createCategory({ districtCode: "MI" });
    const to = await createCategory({ districtCode: "MI" });
    const anna = await member({ roles: [["guardian", "MI"]] });
    const admin = await member({ roles: [["admin", null]] });
    const started = await topic(anna, from.id, "Permesso di soggiorno");
    const second = await answer(anna, started.topicId, "Primo passo.");
    const third = await answer(anna, started.topicId, "Secondo passo.");

    /** Runs `hold` in a transaction that stays open until the returned release() is called. */
    const holding = (hold: (tx: Parameters<Parameters<ReturnType<typeof db>["transaction"]>[0]>[0]) => Promise<void>) => {
      let release!: () => void;
      let held!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      const ready = new Promise<void>((resolve) => (held = resolve));
      const done = db().transaction(async (tx) => {
        await hold(tx);
        held();
        await released;
      });
      return { ready, release, done };
    };
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

    // A reply in progress (its topic locked, post 4 written), while post 3 is hidden.
    const replying = holding(async (tx) => {
      await tx.execute(sql`select 1 from forum_topics where id = ${started.topicId} for update`);
      await tx.execute(sql`insert into forum_posts (topic_id, number, author_id, body_md, body_html)
        values (${started.topicId}, 4, ${anna.id}, 'Terzo passo.', '<p>Terzo passo.</p>')`);
      await tx.execute(sql`update forum_topics set reply_count = reply_count + 1, last_post_number = 4,
        last_post_at = now(), last_post_author_id = ${anna.id} where id = ${started.topicId}`);
    });
    await replying.ready;
    const hiding = hidePost(admin, third.postId, "Dati personali");
    await pause(300);
    replying.release();
    await replying.done;
    expect(await hiding).toMatchObject({ ok: true });
    expect(await rows(sql`select last_visible_number from forum_topics where id = ${started.topicId}`)).toEqual([{ last_visible_number: 4 }]);
    await expectNoDrift();

    // A move in progress, while a post of the topic is edited.
    const moving = holding(async (tx) => {
      await tx.execute(sql`select 1 from forum_topics where id = ${started.topicId} for update`);
      await tx.execute(sql`update forum_topics set category_id = ${to.id} where id = ${started.topicId}`);
    });
    await moving.ready;
    const editing = editPost(anna, second.postId, { body: "Primo passo: la questura.", confermaPrivacy: false });
    await pause(300);
    moving.release();
    await moving.done;
    expect(await editing).toMatchObject({ ok: true });
    expect(await rows(sql`select category_id from forum_post_search where post_id = ${second.postId}`)).toEqual([{ category_id: to.id }]);
    await expectNoDrift();
  });
});
