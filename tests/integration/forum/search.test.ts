// Forum search on a real database: Italian inflection, titles and posts, only readable categories
// (the district wall, also through ?categoria=), never deleted or hidden posts, the author and
// date filters, safe excerpts, input errors, paging, the number of queries, and the page's loader.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { forumPosts } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { createTopic, deletePost, editPost, reply } from "../../../app/modules/forum/posts.server";
import { forumSearchPage, searchPosts, type ForumSearchQuery } from "../../../app/modules/forum/search.server";
import * as route from "../../../app/routes/forum.cerca";
import { createCategory, member } from "../../fixtures/forum";
import { engine, useTestDatabase } from "../../support/database";
import { getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

type Member = Awaited<ReturnType<typeof member>>;
const context = { cspNonce: "test", clientIp: "127.0.0.1" };

async function topic(author: Member, categoryId: string, title: string, body: string, now?: Date) {
  const created = await createTopic(author, categoryId, { title, body, confermaPrivacy: false }, now);
  if (!created.ok) throw new Error(`topic not created: ${JSON.stringify(created)}`);
  return created;
}

async function answer(author: Member, topicId: string, body: string, now?: Date) {
  const created = await reply(author, topicId, { body, confermaPrivacy: false }, now);
  if (!created.ok) throw new Error(`reply not created: ${JSON.stringify(created)}`);
  return created;
}

/** Searches as the user would from /forum/cerca with these parameters. */
async function search(user: Member, params: Record<string, string>) {
  return forumSearchPage(user, new URLSearchParams(params));
}

/** Counts the SQL statements drizzle sends while `fn` runs. */
async function countQueries<T>(fn: () => Promise<T>): Promise<{ value: T; queries: number }> {
  const session = (db() as unknown as { session: { logger: { logQuery(q: string, p: unknown[]): void } } }).session;
  const original = session.logger;
  let queries = 0;
  session.logger = { logQuery: () => void queries++ };
  try {
    return { value: await fn(), queries };
  } finally {
    session.logger = original;
  }
}

describe(`forum search (${engine})`, () => {
  it("finds inflected Italian words, in posts and in titles, title matches first", async () => {
    const category = await createCategory();
    const anna = await member({ name: "Anna Ricci", roles: [["guardian", "MI"]] });
    const started = await topic(anna, category.id, "Scadenze dopo i diciotto anni", "Chi mi spiega come funziona?");
    const answered = await answer(anna, started.topicId, "Il permesso di soggiorno va convertito entro sessanta giorni.");
    await answer(anna, started.topicId, "Ricordate anche la scadenza della tessera sanitaria.");

    const permessi = await search(anna, { q: "permessi" });
    expect(permessi.errors).toEqual({});
    expect(permessi.results?.total).toBe(1);
    expect(permessi.results?.hits[0]).toMatchObject({ postId: answered.postId, number: 2, topicTitle: "Scadenze dopo i diciotto anni", titleHtml: null, categorySlug: category.slug, authorName: "Anna Ricci" });
    expect(permessi.results?.hits[0].excerptHtml).toContain("<mark>permesso</mark>");

    // "scadenze" is in the title only (opening post) and "scadenza" in a reply's body.
    const scadenze = await search(anna, { q: "scadenze" });
    expect(scadenze.results?.total).toBe(2);
    const [first, second] = scadenze.results!.hits;
    expect(first).toMatchObject({ postId: started.postId, number: 1 });
    expect(first.titleHtml).toBe("<mark>Scadenze</mark> dopo i diciotto anni");
    expect(first.excerptHtml).toContain("Chi mi spiega");
    expect(second.number).toBe(3);
    expect(second.excerptHtml).toContain("<mark>scadenza</mark>");

    // The title and the opening post are one document: words may come from either.
    const across = (await search(anna, { q: "scadenze funziona" })).results!.hits;
    expect(across.map((h) => h.number)).toEqual([1]);
    expect(across[0].titleHtml).toBe("<mark>Scadenze</mark> dopo i diciotto anni");
    expect(across[0].excerptHtml).toContain("<mark>funziona</mark>");
    expect((await search(anna, { q: "diciotto -permesso" })).results?.hits.map((h) => h.number)).toEqual([1]);
    expect((await search(anna, { q: "sessanta -diciotto" })).results?.hits.map((h) => h.number)).toEqual([2]);
    expect((await search(anna, { q: "parolachenonesiste" })).results).toMatchObject({ total: 0, hits: [] });
  });

  it("finds an opening post by its new title after an edit, and no longer by the old one", async () => {
    const category = await createCategory();
    const anna = await member({ name: "Anna Bianchi", roles: [["guardian", "MI"]] });
    const started = await topic(anna, category.id, "Cartellino sanitario scaduto", "Come si rinnova?");
    expect((await search(anna, { q: "cartellino rinnova" })).results?.hits.map((h) => h.postId)).toEqual([started.postId]);

    const edited = await editPost(anna, started.postId, { title: "Iscrizione al servizio sanitario", body: "Come si rinnova?", confermaPrivacy: false });
    expect(edited.ok).toBe(true);
    expect((await search(anna, { q: "cartellino" })).results?.total).toBe(0);
    const found = (await search(anna, { q: "iscrizione rinnova" })).results!.hits;
    expect(found.map((h) => h.postId)).toEqual([started.postId]);
    expect(found[0].titleHtml).toBe("<mark>Iscrizione</mark> al servizio sanitario");
  });

  it("searches only categories the user can read, and refuses another district's category as a filter", async () => {
    const milano = await createCategory({ districtCode: "MI", name: "Tutori Milano", readRoles: ["guardian", "coordinator"] });
    const shared = await createCategory({ name: "Per tutti" });
    const mi = await member({ roles: [["guardian", "MI"]] });
    const bs = await member({ roles: [["guardian", "BS"]] });
    await topic(mi, milano.id, "Ricongiungimento familiare", "Esperienze di ricongiungimento a Milano?");
    await topic(mi, shared.id, "Una domanda per tutti", "Come va la formazione?");

    expect((await search(mi, { q: "ricongiungimenti" })).results?.total).toBe(1);
    const fromBrescia = await search(bs, { q: "ricongiungimenti" });
    expect(fromBrescia.results).toMatchObject({ total: 0, hits: [] });
    expect(fromBrescia.categories.map((c) => c.slug)).not.toContain(milano.slug);
    expect(fromBrescia.categories.map((c) => c.slug)).toContain(shared.slug);

    const filtered = await search(bs, { q: "ricongiungimento", categoria: milano.slug });
    expect(filtered.errors).toEqual({ categoria: "forumsearch.error.category" });
    expect(filtered.results).toBeNull();
    expect(filtered.values).toMatchObject({ q: "ricongiungimento", categoria: milano.slug });
    expect((await search(bs, { q: "ricongiungimento", categoria: "non-esiste" })).errors.categoria).toBe("forumsearch.error.category");

    // The reader's own filter works both ways.
    expect((await search(mi, { q: "ricongiungimento", categoria: milano.slug })).results?.total).toBe(1);
    expect((await search(mi, { q: "ricongiungimento", categoria: shared.slug })).results?.total).toBe(0);
  });

  it("never finds deleted or hidden posts, not even for their author or an admin", async () => {
    const category = await createCategory();
    const anna = await member({ roles: [["guardian", "MI"]] });
    const admin = await member({ roles: [["admin", null]] });
    const started = await topic(anna, category.id, "Iscrizione al CPIA", "Servono documenti per il CPIA?");
    const deleted = await answer(anna, started.topicId, "Ci vuole il codice di accoglienza provvisorio.");
    const hidden = await answer(anna, started.topicId, "Anche il certificato vaccinale provvisorio.");
    const kept = await answer(anna, started.topicId, "Il modulo provvisorio va firmato dal tutore.");
    await deletePost(anna, deleted.postId);
    await db().update(forumPosts).set({ hiddenAt: new Date(), hiddenById: admin.id, hiddenReason: "Prova" }).where(eq(forumPosts.id, hidden.postId));

    for (const who of [anna, admin]) {
      const found = await search(who, { q: "provvisorio" });
      expect(found.results?.hits.map((h) => h.postId)).toEqual([kept.postId]);
    }
    expect((await search(anna, { q: "vaccinale" })).results?.total).toBe(0);
  });

  it("filters by author (part of the name, any case) and by Rome calendar days", async () => {
    const category = await createCategory();
    const anna = await member({ name: "Anna Bellini", roles: [["guardian", "MI"]] });
    const piero = await member({ name: "Piero Gallo", roles: [["guardian", "BS"]] });
    // 23:30 in Rome on 15 January is 22:30 UTC: still the 15th for the filter.
    const january = await topic(anna, category.id, "Udienza in tribunale", "Com'è andata l'udienza?", new Date("2026-01-15T22:30:00Z"));
    const march = await answer(piero, january.topicId, "La mia udienza è fissata a marzo.", new Date("2026-03-10T09:00:00Z"));

    const ids = async (params: Record<string, string>) =>
      (await search(anna, { q: "udienze", ...params })).results?.hits.map((h) => h.postId).sort();
    expect(await ids({})).toEqual([january.postId, march.postId].sort());
    expect(await ids({ autore: "BELL" })).toEqual([january.postId]);
    expect(await ids({ autore: "gallo" })).toEqual([march.postId]);
    expect(await ids({ autore: "%" })).toEqual([]);
    expect(await ids({ al: "2026-01-15" })).toEqual([january.postId]);
    expect(await ids({ dal: "2026-01-16" })).toEqual([march.postId]);
    expect(await ids({ dal: "2026-03-10", al: "2026-03-10" })).toEqual([march.postId]);
    expect(await ids({ dal: "2026-02-01", al: "2026-02-28" })).toEqual([]);
  });

  it("escapes HTML in excerpts, leaving only the <mark> tags", async () => {
    const category = await createCategory();
    const anna = await member({ roles: [["guardian", "MI"]] });
    const started = await topic(anna, category.id, "Titolo <b>grassetto</b> rinnovo", "<script>alert(1)</script> permesso");
    const other = await answer(anna, started.topicId, "Un permesso \uE000finto\uE001 e <img src=x onerror=alert(1)> & altro");
    const { results } = await search(anna, { q: "permesso" });
    const hit = results!.hits.find((h) => h.postId === started.postId)!;
    expect(hit.excerptHtml).toBe("&lt;script&gt;alert(1)&lt;/script&gt; <mark>permesso</mark>");
    const second = results!.hits.find((h) => h.postId === other.postId)!.excerptHtml;
    expect(second).toContain("<mark>permesso</mark>");
    expect(second).toContain("&lt;img src=x onerror=alert(1)&gt; &amp; altro");
    expect(second).not.toContain("<mark>finto");
    expect(second.replace(/<\/?mark>/g, "")).not.toContain("<");

    const byTitle = (await search(anna, { q: "rinnovi" })).results!.hits[0];
    expect(byTitle.titleHtml).toContain("&lt;b&gt;");
    expect(byTitle.titleHtml).toContain("<mark>rinnovo</mark>");
    expect(byTitle.titleHtml!.replace(/<\/?mark>/g, "")).not.toContain("<");
  });

  it("puts bad parameters next to their fields and keeps the other values", async () => {
    const anna = await member({ roles: [["guardian", "MI"]] });
    const impossible = await search(anna, { q: "permesso", autore: "Rossi", dal: "2026-02-30", al: "2026-13-01" });
    expect(impossible.errors).toEqual({ dal: "forumsearch.error.date", al: "forumsearch.error.date" });
    expect(impossible.results).toBeNull();
    expect(impossible.values).toMatchObject({ q: "permesso", autore: "Rossi", dal: "2026-02-30" });

    const reversed = await search(anna, { q: "permesso", dal: "2026-03-01", al: "2026-02-01" });
    expect(reversed.errors).toEqual({ al: "forumsearch.error.order" });
    expect(reversed.results).toBeNull();

    const long = await search(anna, { q: "a".repeat(201), dal: "2026-01-01" });
    expect(long.errors).toEqual({ q: "forumsearch.error.qTooLong" });
    expect((await search(anna, { q: "a".repeat(200) })).errors).toEqual({});
    expect((await search(anna, { dal: "ieri" })).errors).toEqual({ dal: "forumsearch.error.date" });

    // No words: just the form.
    const empty = await search(anna, { q: "   ", dal: "", al: "" });
    expect(empty).toMatchObject({ errors: {}, results: null });
  });

  it("pages ten results at a time in one query (two past the end)", async () => {
    const category = await createCategory();
    const anna = await member({ roles: [["guardian", "MI"]] });
    const started = await topic(anna, category.id, "Curatela speciale", "Quando serve il curatore?");
    for (let i = 0; i < 11; i++) await answer(anna, started.topicId, `Risposta ${i} sul curatore.`);
    const base: Omit<ForumSearchQuery, "page"> = { q: "curatori", categoryIds: [category.id] };

    const one = await countQueries(() => searchPosts({ ...base, page: 1 }));
    expect(one.queries).toBe(1);
    expect(one.value).toMatchObject({ total: 12, pages: 2, page: 1 });
    expect(one.value.hits).toHaveLength(10);
    const two = await searchPosts({ ...base, page: 2 });
    expect(two.hits).toHaveLength(2);
    expect(new Set([...one.value.hits, ...two.hits].map((h) => h.postId)).size).toBe(12);
    const past = await countQueries(() => searchPosts({ ...base, page: 3 }));
    expect(past.queries).toBe(2);
    expect(past.value).toMatchObject({ hits: [], total: 12, pages: 2, page: 3 });

    // The page: the readable categories and the search.
    const page = await countQueries(() => search(anna, { q: "curatori", categoria: category.slug }));
    expect(page.queries).toBe(2);
  });

  it("sends visitors to log in and answers 200 to readers", async () => {
    const anonymous = await outcome(() => route.loader({ request: getRequest("/forum/cerca?q=permesso"), params: {}, context }));
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toBe(`/accedi?redirectTo=${encodeURIComponent("/forum/cerca?q=permesso")}`);

    const category = await createCategory({ districtCode: "BS" });
    const bs = await member({ roles: [["guardian", "BS"]] });
    await topic(bs, category.id, "Tutela a Bergamo", "Il tribunale di Brescia ha fissato l'udienza per la tutela.");
    const cookie = await sessionCookieFor(bs.id);
    const reader = await outcome(() => route.loader({ request: getRequest("/forum/cerca?q=tutele&pagina=1", cookie), params: {}, context }));
    expect(reader.status).toBe(200);
    const data = reader.value as Awaited<ReturnType<typeof route.loader>>;
    expect(data.results?.hits.map((h) => h.topicTitle)).toEqual(["Tutela a Bergamo"]);

    const bad = await outcome(() => route.loader({ request: getRequest("/forum/cerca?q=tutele&dal=2026-02-30", cookie), params: {}, context }));
    expect(bad.status).toBe(200);
    expect((bad.value as typeof data).errors).toEqual({ dal: "forumsearch.error.date" });

    const noRole = await member({ roles: [] });
    const noRoleCookie = await sessionCookieFor(noRole.id);
    const refused = await outcome(() => route.loader({ request: getRequest("/forum/cerca", noRoleCookie), params: {}, context }));
    expect(refused.status).toBe(403);
  });
});
