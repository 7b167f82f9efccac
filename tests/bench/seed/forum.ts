// Forum: 3 shared categories and 5 per district, 20,000 topics and 200,000 posts (at scale 1) with
// Markdown bodies from a pool of generated texts, exactly one topic of 500 posts in Milano's
// guardians' category, and the life around them: edits with their history, deleted and hidden
// posts, "utile" reactions, mentions, what writers have read, flags and the moderation log,
// pinned, locked and solved topics. Topics are planned here; posts and what follows them are
// written by INSERT … SELECT from the plan.
import type { Role } from "../../../db/schema";
import { renderMarkdown } from "../../../app/utils/markdown.server";
import { copyRows, stage, type Row } from "./db";
import { BENCH_DISTRICTS, allocate } from "./districts";
import { type Ctx, DAY, HOUR } from "./context";
import type { People, Person } from "./people";
import { rng } from "./rng";
import { HIDDEN_REASONS, SEARCH_SENTENCE, markdownPost, topicTitle } from "./vocab";

interface Category {
  id: string;
  slug: string;
  name: string;
  description: string;
  district: string | null;
  kind: "discussion" | "qa";
  readRoles: Role[];
  postRoles: Role[];
  /** Share of the topics of its scope. */
  share: number;
}

export interface Forum {
  categories: Category[];
  /** The topic of 500 posts and its category. */
  bigTopicId: string;
  bigCategorySlug: string;
  /** A post of the bench guardian's (for notifications). */
  benchTopicId: string;
}

const WORKERS: Role[] = ["guardian", "coordinator", "legal_consultant", "trainer"];
const POOL_REPLIES = 4000;
const POOL_OPENINGS = 2000;
/** Every this many pool texts, one speaks of the word the benchmark searches for. */
const SEARCH_EVERY = 223;
const BIG_TOPIC_POSTS = 500;
const KEY = 100_000;

function categoriesOf(r: ReturnType<typeof rng>): Category[] {
  const out: Category[] = [
    {
      id: r.uuid(), slug: "benvenuti-e-presentazioni", name: "Benvenuti e presentazioni", district: null, kind: "discussion", share: 0.3,
      description: "Le regole del forum e lo spazio per presentarsi: chi siamo, da dove scriviamo, cosa cerchiamo.",
      readRoles: ["candidate", "guardian", "trainer", "legal_consultant", "coordinator"], postRoles: ["guardian", "candidate", "coordinator"],
    },
    {
      id: r.uuid(), slug: "domande-pratiche", name: "Domande pratiche", district: null, kind: "qa", share: 0.35,
      description: "La vita di tutti i giorni con il proprio ragazzo o la propria ragazza: banca, sport, telefono, viaggi, spese.",
      readRoles: WORKERS, postRoles: WORKERS,
    },
    {
      id: r.uuid(), slug: "permessi-di-soggiorno-e-documenti", name: "Permessi di soggiorno e documenti", district: null, kind: "qa", share: 0.35,
      description: "Questura, conversione a 18 anni, prosieguo amministrativo, passaporti, protezione internazionale.",
      readRoles: WORKERS, postRoles: WORKERS,
    },
  ];
  for (const d of BENCH_DISTRICTS) {
    out.push(
      {
        id: r.uuid(), slug: `tutori-${d.slug}`, name: `Tutori ${d.name}`, district: d.code, kind: "discussion", share: 0.3,
        description: `Riservata ai tutori e ai coordinatori del distretto di ${d.name}: incontri, uffici, notizie locali.`,
        readRoles: ["guardian", "coordinator"], postRoles: ["guardian", "coordinator"],
      },
      {
        id: r.uuid(), slug: `${d.slug}-questura-e-documenti`, name: `${d.name}: Questura e documenti`, district: d.code, kind: "qa", share: 0.2,
        description: `Permessi, appuntamenti e uffici del distretto di ${d.name}.`, readRoles: WORKERS, postRoles: WORKERS,
      },
      {
        id: r.uuid(), slug: `${d.slug}-scuola-lavoro-e-salute`, name: `${d.name}: scuola, lavoro e salute`, district: d.code, kind: "discussion", share: 0.2,
        description: `Scuole, CPIA, tirocini e servizi sanitari del distretto di ${d.name}.`, readRoles: WORKERS, postRoles: WORKERS,
      },
      {
        id: r.uuid(), slug: `${d.slug}-incontri-e-formazione`, name: `${d.name}: incontri e formazione`, district: d.code, kind: "discussion", share: 0.1,
        description: `Incontri di rete, gruppi di auto-aiuto e formazione nel distretto di ${d.name}.`, readRoles: WORKERS, postRoles: WORKERS,
      },
      {
        id: r.uuid(), slug: `${d.slug}-domande-ai-consulenti`, name: `${d.name}: domande ai consulenti`, district: d.code, kind: "qa", share: 0.2,
        description: `Domande generali ai consulenti legali del distretto di ${d.name} (per un caso preciso usate le Consulenze).`,
        readRoles: WORKERS, postRoles: WORKERS,
      },
    );
  }
  return out;
}

interface TopicPlan {
  id: string;
  idx: number;
  category: Category;
  title: string;
  author: string;
  participants: string[];
  moderator: string;
  posts: number;
  start: number;
  gapMs: number;
  pinned: boolean;
  locked: boolean;
}

export async function seedForum(ctx: Ctx, people: People): Promise<{ forum: Forum; counts: Record<string, number> }> {
  const { sql } = ctx;
  const r = rng("forum");
  const ids = rng("forum.ids");
  const base = ctx.base.getTime();
  const latest = base - 4 * HOUR;
  const categories = categoriesOf(ids);
  const tutore = people.bench.tutore;

  // Who may write where.
  const active = (p: Person) => p.role !== "guardian" || p.state === "listed" || p.state === "suspended";
  const writersOf = (c: Category): Person[] => {
    const scope = people.all.filter((p) => p.role !== "admin" && active(p) && (c.district === null || p.district === c.district));
    return scope.filter((p) => c.postRoles.includes(p.role));
  };
  const writers = new Map(categories.map((c) => [c.id, writersOf(c)]));
  const guardiansOf = (c: Category) => writers.get(c.id)!.filter((p) => p.role === "guardian");
  const moderatorOf = (c: Category) => (c.district ? people.byDistrict.get(c.district)!.coordinators[0].id : people.bench.admin.id);

  // How many topics each category gets.
  const topicsTotal = ctx.count(20000);
  const postsTotal = Math.max(ctx.count(200000), topicsTotal - 1 + BIG_TOPIC_POSTS);
  const shared = categories.filter((c) => c.district === null);
  const sharedTopics = Math.round(topicsTotal * 0.25);
  const perDistrict = allocate(topicsTotal - sharedTopics, 0);
  const topicCount = new Map<string, number>();
  const split = (cats: Category[], total: number) => {
    let given = 0;
    cats.forEach((c, i) => {
      const k = i === cats.length - 1 ? total - given : Math.round(total * c.share);
      topicCount.set(c.id, k);
      given += k;
    });
  };
  split(shared, sharedTopics);
  for (const d of BENCH_DISTRICTS) split(categories.filter((c) => c.district === d.code), perDistrict.get(d.code)!);
  const bigCategory = categories.find((c) => c.slug === "tutori-milano")!;
  if (topicCount.get(bigCategory.id)! < 1) topicCount.set(bigCategory.id, 1);

  // Topics: the big one first, then every category's.
  const plans: TopicPlan[] = [];
  const newPlan = (c: Category, authorPool: Person[]): TopicPlan => {
    const pool = authorPool.length > 0 ? authorPool : writers.get(c.id)!;
    const author = r.pick(pool);
    const others = r.sample(pool, r.int(2, 10)).map((p) => p.id);
    const age = 2 + 1000 * Math.pow(r.next(), 1.6);
    return {
      id: ids.uuid(), idx: plans.length + 1, category: c, title: topicTitle(r), author: author.id,
      participants: [author.id, ...others], moderator: moderatorOf(c), posts: 1, start: base - age * DAY + r.int(0, 12) * HOUR, gapMs: 0, pinned: false, locked: false,
    };
  };
  const miGuardians = guardiansOf(bigCategory);
  const big = newPlan(bigCategory, miGuardians);
  big.title = "Presentiamoci: chi sono i tutori volontari del distretto di Milano";
  big.author = people.byDistrict.get("MI")!.coordinators[0].id;
  big.participants = [big.author, tutore.id, tutore.id, tutore.id, ...r.sample(miGuardians, 60).map((p) => p.id)];
  big.posts = BIG_TOPIC_POSTS;
  big.start = base - 720 * DAY;
  big.pinned = true;
  plans.push(big);
  for (const c of categories) {
    const k = topicCount.get(c.id)! - (c === bigCategory ? 1 : 0);
    const pool = writers.get(c.id)!;
    for (let i = 0; i < k; i++) {
      const plan = newPlan(c, pool);
      // The bench guardian writes in Milano's and the shared categories.
      if ((c.district === "MI" || c.district === null) && c.postRoles.includes("guardian") && r.chance(c.district ? 0.04 : 0.004)) plan.author = tutore.id;
      if ((c.district === "MI" || c.district === null) && r.chance(c.district ? 0.15 : 0.02)) plan.participants.push(tutore.id);
      plan.participants[0] = plan.author;
      plans.push(plan);
    }
  }
  // Replies: a long-tailed number per topic, the posts in all adding up to their number.
  const replies = Math.max(0, postsTotal - BIG_TOPIC_POSTS - (plans.length - 1));
  const weights = plans.map((p) => (p === big ? 0 : Math.pow(r.exp(1), 1.4)));
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  let given = 0;
  plans.forEach((p, i) => {
    if (p === big) return;
    const k = Math.min(250, Math.floor((replies * weights[i]) / sum));
    p.posts = 1 + k;
    given += k;
  });
  for (let i = 0; given < replies && plans.length > 1; i++) {
    const p = plans[1 + (i % (plans.length - 1))];
    if (p.posts < 251) {
      p.posts++;
      given++;
    }
  }
  for (const p of plans) {
    const room = latest - p.start;
    p.gapMs = Math.min(r.exp(20 * HOUR) + 10 * 60_000, room / (p.posts + 1));
  }
  // The oldest topic of every category is pinned; a few old ones are locked.
  const oldest = new Map<string, TopicPlan>();
  for (const p of plans) {
    const o = oldest.get(p.category.id);
    if (!o || p.start < o.start) oldest.set(p.category.id, p);
    if (base - p.start > 300 * DAY && r.chance(0.005)) p.locked = true;
  }
  for (const p of oldest.values()) p.pinned = true;

  const counts: Record<string, number> = {};
  counts.forum_categories = await copyRows(
    sql,
    "forum_categories",
    ["id", "slug", "name", "description", "district_code", "kind", "read_roles", "post_roles", "position", "archived_at", "created_at"],
    categories.map((c, i) => [c.id, c.slug, c.name, c.description, c.district, c.kind, c.readRoles, c.postRoles, (i + 1) * 10, null, new Date(base - 1100 * DAY)]),
  );
  counts.forum_topics = await copyRows(
    sql,
    "forum_topics",
    ["id", "category_id", "author_id", "title", "pinned", "locked", "last_post_number", "reply_count", "last_post_at", "last_post_author_id", "created_at"],
    plans.map((p): Row => [p.id, p.category.id, p.author, p.title, p.pinned, p.locked, 0, 0, new Date(p.start), p.author, new Date(p.start)]),
  );

  // The pool of texts: replies, then opening posts; every text starts with a paragraph.
  const pr = rng("forum.pool");
  const pool: Row[] = [];
  for (let i = 0; i < POOL_REPLIES + POOL_OPENINGS; i++) {
    const opening = i >= POOL_REPLIES;
    const md = markdownPost(pr, { paragraphs: opening ? [2, 4] : [1, 3], extra: i % SEARCH_EVERY === 7 ? SEARCH_SENTENCE : undefined });
    const html = renderMarkdown(md);
    if (!html.startsWith("<p>")) throw new Error("forum pool: a text must start with a paragraph");
    pool.push([i, md, html]);
  }
  await stage(sql, "bench_post_pool", [["idx", "int primary key"], ["md", "text"], ["html", "text"]], pool);
  await stage(
    sql,
    "bench_topic_plan",
    [["topic_id", "uuid primary key"], ["idx", "bigint"], ["n_posts", "int"], ["start", "timestamptz"], ["gap_ms", "float8"], ["author", "uuid"], ["participants", "uuid[]"], ["moderator", "uuid"], ["title", "text"], ["qa", "boolean"]],
    plans.map((p) => [p.id, p.idx, p.posts, new Date(p.start), p.gapMs, p.author, p.participants, p.moderator, p.title, p.category.kind === "qa"]),
  );

  const posts = await sql`
    insert into forum_posts (topic_id, number, author_id, body_md, body_html, created_at, edited_at, deleted_at, hidden_at, hidden_by_id, hidden_reason)
    select t.topic_id, g.n,
      case when g.n = 1 then t.author else t.participants[bench.pick(k.k, 1, cardinality(t.participants))] end,
      p.md, p.html, c.at,
      case when bench.rnd(k.k, 2) < 0.03 then c.at + interval '2 hours' end,
      case when g.n > 1 and bench.rnd(k.k, 3) < 0.003 then c.at + interval '1 hour' end,
      case when g.n > 1 and bench.rnd(k.k, 3) between 0.003 and 0.004 then c.at + interval '5 hours' end,
      case when g.n > 1 and bench.rnd(k.k, 3) between 0.003 and 0.004 then t.moderator end,
      case when g.n > 1 and bench.rnd(k.k, 3) between 0.003 and 0.004 then (${HIDDEN_REASONS}::text[])[bench.pick(k.k, 4, ${HIDDEN_REASONS.length})] end
    from bench_topic_plan t
    cross join lateral generate_series(1, t.n_posts) g(n)
    cross join lateral (select t.idx * ${KEY} + g.n as k) k
    cross join lateral (select t.start + ((g.n - 1) + bench.rnd(k.k, 5) * 0.8) * t.gap_ms * interval '1 millisecond' as at) c
    join bench_post_pool p on p.idx = case when g.n = 1 then ${POOL_REPLIES} + bench.pick(k.k, 6, ${POOL_OPENINGS}) - 1 else bench.pick(k.k, 6, ${POOL_REPLIES}) - 1 end`;
  counts.forum_posts = posts.count;

  // Mentions: "@Nome Cognome, …" in front of some replies, highlighted as the app does.
  const mentions = await sql`
    with chosen as (
      select f.id, t.participants[bench.pick(t.idx * ${KEY} + f.number, 11, cardinality(t.participants))] as uid, f.author_id
      from forum_posts f join bench_topic_plan t on t.topic_id = f.topic_id
      where f.number > 1 and f.deleted_at is null and f.hidden_at is null and bench.rnd(t.idx * ${KEY} + f.number, 10) < 0.01
    ), changed as (
      update forum_posts f
      set body_md = '@' || u.name || ', ' || f.body_md,
          body_html = '<p><span class="mention">@' || u.name || '</span>, ' || substr(f.body_html, 4)
      from chosen c join users u on u.id = c.uid
      where f.id = c.id and c.uid is distinct from c.author_id
      returning f.id, c.uid
    )
    insert into forum_mentions (post_id, user_id) select id, uid from changed`;
  counts.forum_mentions = mentions.count;

  const revisions = await sql`
    insert into forum_post_revisions (post_id, body_md, title, editor_id, replaced_at)
    select f.id, p.md, case when f.number = 1 then t.title end, f.author_id, f.edited_at
    from forum_posts f join bench_topic_plan t on t.topic_id = f.topic_id
    join bench_post_pool p on p.idx = bench.pick(t.idx * ${KEY} + f.number, 12, ${POOL_REPLIES}) - 1
    where f.edited_at is not null`;
  counts.forum_post_revisions = revisions.count;

  const reactions = await sql`
    insert into forum_reactions (post_id, user_id, created_at)
    select id, uid, at from (
      select f.id, t.participants[bench.pick(t.idx * ${KEY} + f.number, 21, cardinality(t.participants))] as uid, f.created_at + interval '3 hours' as at, f.author_id
      from forum_posts f join bench_topic_plan t on t.topic_id = f.topic_id
      where f.deleted_at is null and f.hidden_at is null and bench.rnd(t.idx * ${KEY} + f.number, 20) < 0.3
      union all
      select f.id, t.participants[bench.pick(t.idx * ${KEY} + f.number, 23, cardinality(t.participants))], f.created_at + interval '3 hours 30 minutes', f.author_id
      from forum_posts f join bench_topic_plan t on t.topic_id = f.topic_id
      where f.deleted_at is null and f.hidden_at is null and bench.rnd(t.idx * ${KEY} + f.number, 22) < 0.1
    ) x where uid is distinct from author_id
    on conflict do nothing`;
  counts.forum_reactions = reactions.count;

  // Counters of every topic, as recountTopic leaves them.
  await sql`
    update forum_topics t
    set last_post_number = s.last_number, reply_count = s.replies,
        last_post_at = coalesce(s.last_at, t.last_post_at), last_post_author_id = coalesce(s.last_author, t.last_post_author_id)
    from (
      select topic_id, max(number) as last_number,
        count(*) filter (where number > 1 and deleted_at is null and hidden_at is null) as replies,
        (array_agg(created_at order by number desc) filter (where deleted_at is null and hidden_at is null))[1] as last_at,
        (array_agg(author_id order by number desc) filter (where deleted_at is null and hidden_at is null))[1] as last_author
      from forum_posts group by topic_id
    ) s
    where s.topic_id = t.id`;

  // Solved questions: the first reply of a third of the Q&A topics with replies.
  const solved = await sql`
    update forum_topics t set solved_post_id = f.id
    from bench_topic_plan p, forum_posts f
    where p.topic_id = t.id and p.qa and f.topic_id = t.id and f.number = 2 and f.deleted_at is null and f.hidden_at is null
      and bench.rnd(p.idx, 30) < 0.35
    returning t.id`;
  counts.solved_topics = solved.length;

  // Reads: writers have read up to their last post; the bench guardian most of what she can read.
  const reads = await sql`
    insert into forum_reads (user_id, topic_id, last_read_number, read_at)
    select author_id, topic_id, max(number), max(created_at) from forum_posts where author_id is not null group by author_id, topic_id`;
  const benchReads = await sql`
    insert into forum_reads (user_id, topic_id, last_read_number, read_at)
    select ${tutore.id}::uuid, t.id,
      case when bench.rnd(p.idx, 31) < 0.8 then t.last_post_number else greatest(1, t.last_post_number / 2) end,
      t.last_post_at + interval '1 hour'
    from forum_topics t join bench_topic_plan p on p.topic_id = t.id join forum_categories c on c.id = t.category_id
    where (c.district_code is null or c.district_code = 'MI') and 'guardian' = any(c.read_roles) and bench.rnd(p.idx, 32) < 0.65
      and t.last_post_at + interval '1 hour' < ${new Date(base)}::timestamptz
    on conflict (user_id, topic_id) do update
      set last_read_number = greatest(forum_reads.last_read_number, excluded.last_read_number), read_at = greatest(forum_reads.read_at, excluded.read_at)`;
  counts.forum_reads = reads.count + benchReads.count;

  // Flags: hidden posts were flagged first; some open flags wait for the moderators, some were dismissed.
  const flags = await sql`
    insert into forum_flags (post_id, reporter_id, reason, note, created_at, resolved_at, resolved_by_id, resolution)
    select f.id, t.participants[bench.pick(t.idx * ${KEY} + f.number, 41, cardinality(t.participants))],
      (array['minor_data','offensive','spam','off_topic','other'])[bench.pick(t.idx * ${KEY} + f.number, 42, 5)],
      case when bench.rnd(t.idx * ${KEY} + f.number, 43) < 0.5 then 'Mi sembra che il messaggio vada controllato.' end,
      f.created_at + interval '2 hours',
      case when f.hidden_at is not null then f.hidden_at when bench.rnd(t.idx * ${KEY} + f.number, 40) < 0.0004 then f.created_at + interval '3 hours' end,
      case when f.hidden_at is not null or bench.rnd(t.idx * ${KEY} + f.number, 40) < 0.0004 then t.moderator end,
      case when f.hidden_at is not null then 'hidden' when bench.rnd(t.idx * ${KEY} + f.number, 40) < 0.0004 then 'dismissed' end
    from forum_posts f join bench_topic_plan t on t.topic_id = f.topic_id
    where f.deleted_at is null and (f.hidden_at is not null or bench.rnd(t.idx * ${KEY} + f.number, 40) < 0.001)`;
  counts.forum_flags = flags.count;

  const log = await sql`
    insert into forum_moderation_log (actor_id, action, topic_id, post_id, category_id, to_category_id, reason, created_at)
    select f.hidden_by_id, 'hide', f.topic_id, f.id, t.category_id, null::uuid, f.hidden_reason, f.hidden_at
      from forum_posts f join forum_topics t on t.id = f.topic_id where f.hidden_at is not null
    union all
    select x.resolved_by_id, 'dismiss_flags', f.topic_id, f.id, t.category_id, null, null, x.resolved_at
      from forum_flags x join forum_posts f on f.id = x.post_id join forum_topics t on t.id = f.topic_id where x.resolution = 'dismissed'
    union all
    select p.moderator, 'mark_solved', t.id, t.solved_post_id, t.category_id, null, null, f.created_at + interval '12 hours'
      from forum_topics t join bench_topic_plan p on p.topic_id = t.id join forum_posts f on f.id = t.solved_post_id
    union all
    select p.moderator, 'pin', t.id, null, t.category_id, null, null, t.created_at + interval '1 hour'
      from forum_topics t join bench_topic_plan p on p.topic_id = t.id where t.pinned
    union all
    select p.moderator, 'lock', t.id, null, t.category_id, null, 'Discussione conclusa.', t.last_post_at + interval '2 hours'
      from forum_topics t join bench_topic_plan p on p.topic_id = t.id where t.locked`;
  counts.forum_moderation_log = log.count;

  await copyRows(sql, "forum_topic_watches", ["user_id", "topic_id", "level"], [[tutore.id, big.id, "watching"]]);
  await copyRows(sql, "forum_category_watches", ["user_id", "category_id", "level"], [[tutore.id, bigCategory.id, "watching"]]);

  const benchTopic = plans.find((p) => p.author === tutore.id && p !== big) ?? big;
  return { forum: { categories, bigTopicId: big.id, bigCategorySlug: bigCategory.slug, benchTopicId: benchTopic.id }, counts };
}
