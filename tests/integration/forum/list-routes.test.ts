// The forum's home, category pages and new-topic page through their loaders and actions, with real
// requests on a real database: only readable categories ever appear (a category of the other
// district is a 404), unread and new counts are right and shown, the Q&A filter, stable
// pagination, starting a topic (redirect, bad input and privacy hold with nothing written,
// refusal for read-only members), and the category's notification level.
import { createRemixStub } from "@remix-run/testing";
import { count, eq } from "drizzle-orm";
import { createElement, type ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { forumCategories, forumCategoryWatches, forumPosts, forumTopics, type Role } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { createTopic, reply } from "../../../app/modules/forum/posts.server";
import { TOPICS_PER_PAGE } from "../../../app/modules/forum/schema";
import * as categoryRoute from "../../../app/routes/forum.$categoria._index";
import * as newTopicRoute from "../../../app/routes/forum.$categoria.nuovo";
import * as homeRoute from "../../../app/routes/forum._index";
import { createCategory, member } from "../../fixtures/forum";
import { useTestDatabase } from "../../support/database";
import { formRequest, getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const ctx = { cspNonce: "", clientIp: "127.0.0.1" };
type Grant = [Role, "MI" | "BS" | null];

async function person(grants: Grant[], name?: string) {
  const user = await member({ roles: grants, name });
  return { user, cookie: await sessionCookieFor(user.id) };
}

/** The value of a `data(...)` response or a plain loader return. */
function payload<T>(value: unknown): T {
  const v = value as { type?: string; data?: unknown };
  return (v && v.type === "DataWithResponseInit" ? v.data : value) as T;
}

type HomeData = Awaited<ReturnType<typeof homeRoute.loader>>;
type CategoryData = Awaited<ReturnType<typeof categoryRoute.loader>>;

const home = (cookie?: string) => outcome(() => homeRoute.loader({ request: getRequest("/forum", cookie), params: {}, context: ctx }));
const categoryPage = (slug: string, query: string, cookie?: string) =>
  outcome(() =>
    categoryRoute.loader({ request: getRequest(`/forum/${slug}${query}`, cookie), params: { categoria: slug }, context: ctx }),
  );
const watchAction = (slug: string, fields: Record<string, string>, cookie?: string) =>
  outcome(() => categoryRoute.action({ request: formRequest(`/forum/${slug}`, fields, cookie), params: { categoria: slug }, context: ctx }));
const newTopicPage = (slug: string, cookie?: string) =>
  outcome(() => newTopicRoute.loader({ request: getRequest(`/forum/${slug}/nuovo`, cookie), params: { categoria: slug }, context: ctx }));
const newTopicAction = (slug: string, fields: Record<string, string>, cookie?: string) =>
  outcome(() =>
    newTopicRoute.action({ request: formRequest(`/forum/${slug}/nuovo`, fields, cookie), params: { categoria: slug }, context: ctx }),
  );

/** The page as the server renders it, from the loader's (and action's) data. */
function render(Component: ComponentType, pattern: string, url: string, loaderData: unknown, actionData?: unknown): string {
  const Stub = createRemixStub([{ id: "page", path: pattern, Component, loader: () => loaderData as never }]);
  // React warns that links' layout effects do nothing on the server: that is expected here.
  const quiet = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes("useLayoutEffect does nothing on the server")) throw new Error(args.map(String).join(" "));
  });
  try {
    return renderToString(
      createElement(Stub, {
        initialEntries: [url],
        hydrationData: { loaderData: { page: loaderData }, actionData: actionData ? { page: actionData } : undefined },
      }),
    );
  } finally {
    quiet.mockRestore();
  }
}

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

async function topicCount(categoryId: string) {
  const [row] = await db().select({ n: count() }).from(forumTopics).where(eq(forumTopics.categoryId, categoryId));
  return row.n;
}

describe("forum home", () => {
  it("lists only the categories the user may read: shared and own district, archived last and marked", async () => {
    const shared = await createCategory({ name: "Domande pratiche condivise" });
    const milano = await createCategory({ name: "Tutori Milano", districtCode: "MI", readRoles: ["guardian", "coordinator"], postRoles: ["guardian", "coordinator"] });
    const brescia = await createCategory({ name: "Tutori Brescia", districtCode: "BS", readRoles: ["guardian", "coordinator"], postRoles: ["guardian", "coordinator"] });
    const trainers = await createCategory({ name: "Spazio formatori", readRoles: ["trainer"], postRoles: ["trainer"] });
    const archive = await createCategory({ name: "Archivio 2025" });
    await db().update(forumCategories).set({ archivedAt: new Date(), position: -10 }).where(eq(forumCategories.id, archive.id));

    const guardian = await person([["guardian", "MI"]]);
    const result = await home(guardian.cookie);
    expect(result.status).toBe(200);
    const data = result.value as HomeData;
    const names = data.summaries.map((s) => s.category.name);
    expect(names).toContain(shared.name);
    expect(names).toContain(milano.name);
    expect(names).not.toContain(brescia.name);
    expect(names).not.toContain(trainers.name);
    // Archived categories come after every active one, whatever their position.
    expect(names.at(-1)).toBe(archive.name);
    expect(data.moderator).toBe(false);

    const html = render(homeRoute.default, "/forum", "/forum", data);
    const page = text(html);
    expect(page).toContain("Tutori Milano");
    expect(page).not.toContain("Tutori Brescia");
    expect(page).not.toContain("Spazio formatori");
    expect(page).toContain("Categorie archiviate");
    expect(page).toContain("Archiviata");
    expect(page).toContain("Entrambi i distretti");
    expect(page).toContain("Solo tutori volontari e coordinatori");
    expect(html).toContain('action="/forum/cerca"');
    expect(html).toContain('name="q"');
    expect(page).not.toContain("Coda di moderazione");

    // The trainer sees the trainers' room, marked as such, and no district's own category.
    const trainer = await person([["trainer", "MI"]]);
    const trainerData = (await home(trainer.cookie)).value as HomeData;
    const trainerNames = trainerData.summaries.map((s) => s.category.name);
    expect(trainerNames).toContain(trainers.name);
    expect(trainerNames).not.toContain(milano.name);
    expect(text(render(homeRoute.default, "/forum", "/forum", trainerData))).toContain("Solo formatori");
  });

  it("offers the moderation queue to coordinators and sends anonymous visitors to the login page", async () => {
    const coordinator = await person([["coordinator", "BS"]]);
    const data = (await home(coordinator.cookie)).value as HomeData;
    expect(data.moderator).toBe(true);
    expect(render(homeRoute.default, "/forum", "/forum", data)).toContain('href="/forum/moderazione"');

    const anonymous = await home();
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toBe("/accedi?redirectTo=%2Fforum");
  });

  it("counts topics with unread posts and new topics for each user, and says so in words", async () => {
    const category = await createCategory({ districtCode: "MI", name: "Conteggi" });
    const anna = await person([["guardian", "MI"]], "Anna Conteggi");
    const bruno = await person([["guardian", "MI"]], "Bruno Conteggi");
    const first = await createTopic(anna.user, category.id, { title: "Tessera sanitaria", body: "Come si ottiene?", confermaPrivacy: false });
    const second = await createTopic(anna.user, category.id, { title: "Iscrizione al CPIA", body: "Quando si può?", confermaPrivacy: false });
    if (!first.ok || !second.ok) throw new Error("topics not created");
    await reply(bruno.user, first.topicId, { body: "Alla ASST, con il permesso.", confermaPrivacy: false });
    await reply(bruno.user, second.topicId, { body: "In ogni momento dell'anno.", confermaPrivacy: false });

    const annaHome = (await home(anna.cookie)).value as HomeData;
    const summary = annaHome.summaries.find((s) => s.category.id === category.id)!;
    expect(summary).toMatchObject({ topics: 2, posts: 4, unreadTopics: 2, newTopics: 0 });
    expect(text(render(homeRoute.default, "/forum", "/forum", annaHome))).toContain("2 discussioni con messaggi non letti");

    // Carla never opened either topic: both are new to her, none "unread".
    const carla = await person([["guardian", "MI"]]);
    const carlaHome = (await home(carla.cookie)).value as HomeData;
    expect(carlaHome.summaries.find((s) => s.category.id === category.id)).toMatchObject({ unreadTopics: 0, newTopics: 2 });
    expect(text(render(homeRoute.default, "/forum", "/forum", carlaHome))).toContain("2 nuove discussioni");

    // In the list Anna sees one unread post per topic, each linking to the first unread post.
    const list = (await categoryPage(category.slug, "", anna.cookie)).value as CategoryData;
    expect(list.topics.map((t) => [t.title, t.unread, t.replyCount])).toEqual([
      ["Iscrizione al CPIA", 1, 1],
      ["Tessera sanitaria", 1, 1],
    ]);
    const html = render(categoryRoute.default, "/forum/:categoria", `/forum/${category.slug}`, list);
    expect(html).toContain(`href="/forum/argomenti/${first.topicId}/non-letti"`);
    expect(text(html)).toContain("1 non letto");
    expect(text(html)).toContain("Ultimo messaggio");
    expect(text(html)).toContain("Bruno Conteggi");

    // Carla's list marks both as new and has no unread links.
    const carlaList = (await categoryPage(category.slug, "", carla.cookie)).value as CategoryData;
    expect(carlaList.topics.every((t) => t.isNew && t.unread === null)).toBe(true);
    const carlaHtml = text(render(categoryRoute.default, "/forum/:categoria", `/forum/${category.slug}`, carlaList));
    expect(carlaHtml).toContain("Nuovo");
    expect(carlaHtml).not.toContain("non letto");
  });
});

describe("category page", () => {
  it("is a 404 for a category of the other district, a trainers' room, or an unknown address", async () => {
    const brescia = await createCategory({ districtCode: "BS" });
    const trainers = await createCategory({ readRoles: ["trainer"], postRoles: ["trainer"] });
    const guardian = await person([["guardian", "MI"]]);
    expect((await categoryPage(brescia.slug, "", guardian.cookie)).status).toBe(404);
    expect((await categoryPage(trainers.slug, "", guardian.cookie)).status).toBe(404);
    expect((await categoryPage("non-esiste", "", guardian.cookie)).status).toBe(404);
    expect((await categoryPage("NON valida", "", guardian.cookie)).status).toBe(404);
    // Nor can they start a topic or set notifications there.
    expect((await newTopicPage(brescia.slug, guardian.cookie)).status).toBe(404);
    expect((await newTopicAction(brescia.slug, { title: "Un titolo qualsiasi", body: "Testo" }, guardian.cookie)).status).toBe(404);
    expect((await watchAction(brescia.slug, { intent: "watch", level: "watching" }, guardian.cookie)).status).toBe(404);
    expect(await topicCount(brescia.id)).toBe(0);
    // Brescia's guardian does see it.
    const other = await person([["guardian", "BS"]]);
    expect((await categoryPage(brescia.slug, "", other.cookie)).status).toBe(200);
  });

  it("filters Q&A topics into solved and unsolved with stable links, and ignores the filter elsewhere", async () => {
    const qa = await createCategory({ kind: "qa", name: "Permessi" });
    const author = await person([["guardian", "MI"]]);
    const answerer = await person([["legal_consultant", "MI"]]);
    const solved = await createTopic(author.user, qa.id, { title: "Conversione del permesso", body: "Come si fa?", confermaPrivacy: false });
    const open = await createTopic(author.user, qa.id, { title: "Ricongiungimento familiare", body: "Chi lo chiede?", confermaPrivacy: false });
    if (!solved.ok || !open.ok) throw new Error("topics not created");
    const answer = await reply(answerer.user, solved.topicId, { body: "Entro 60 giorni dai 18 anni.", confermaPrivacy: false });
    if (!answer.ok) throw new Error("no answer");
    await db().update(forumTopics).set({ solvedPostId: answer.postId }).where(eq(forumTopics.id, solved.topicId));

    const titles = async (query: string) =>
      ((await categoryPage(qa.slug, query, author.cookie)).value as CategoryData).topics.map((t) => t.title).sort();
    expect(await titles("")).toEqual(["Conversione del permesso", "Ricongiungimento familiare"]);
    expect(await titles("?filtro=risolte")).toEqual(["Conversione del permesso"]);
    expect(await titles("?filtro=non-risolte")).toEqual(["Ricongiungimento familiare"]);
    expect(await titles("?filtro=qualcosa")).toHaveLength(2);

    const data = (await categoryPage(qa.slug, "?filtro=risolte", author.cookie)).value as CategoryData;
    expect(data.filter).toBe("risolte");
    const html = render(categoryRoute.default, "/forum/:categoria", `/forum/${qa.slug}?filtro=risolte`, data);
    expect(html).toContain(`href="/forum/${qa.slug}?filtro=non-risolte"`);
    const current = html.match(/<a [^>]*aria-current="page"[^>]*>/g) ?? [];
    expect(current).toHaveLength(1);
    expect(current[0]).toContain(`href="/forum/${qa.slug}?filtro=risolte"`);
    expect(text(html)).toContain("Risolta");
    expect(text(html)).toContain("Domande e risposte");

    // An empty filtered list says why, with a way back.
    await db().update(forumTopics).set({ solvedPostId: null }).where(eq(forumTopics.id, solved.topicId));
    const none = (await categoryPage(qa.slug, "?filtro=risolte", author.cookie)).value as CategoryData;
    expect(none.topics).toEqual([]);
    expect(text(render(categoryRoute.default, "/forum/:categoria", `/forum/${qa.slug}?filtro=risolte`, none))).toContain(
      "Per ora nessuna domanda di questa categoria ha una risposta segnata come soluzione.",
    );

    // A discussion category has no filter: the parameter is ignored and no filter is offered.
    const discussion = await createCategory({ kind: "discussion" });
    await createTopic(author.user, discussion.id, { title: "Una chiacchierata", body: "Ciao a tutti", confermaPrivacy: false });
    const plain = (await categoryPage(discussion.slug, "?filtro=risolte", author.cookie)).value as CategoryData;
    expect(plain.filter).toBe("tutte");
    expect(plain.topics).toHaveLength(1);
    expect(render(categoryRoute.default, "/forum/:categoria", `/forum/${discussion.slug}`, plain)).not.toContain("filtro=");
  });

  it("pages topics 25 at a time with stable addresses: pinned first, no topic twice or missing", async () => {
    const category = await createCategory();
    const author = await person([["guardian", "MI"]]);
    // Same moment for all: the order must still be the same every time.
    const at = new Date("2026-10-01T09:00:00Z");
    const ids: string[] = [];
    for (let i = 1; i <= TOPICS_PER_PAGE + 3; i++) {
      const made = await createTopic(author.user, category.id, { title: `Discussione numero ${i}`, body: "Testo", confermaPrivacy: false }, at);
      if (!made.ok) throw new Error("not created");
      ids.push(made.topicId);
    }
    const pinned = ids[7];
    await db().update(forumTopics).set({ pinned: true }).where(eq(forumTopics.id, pinned));

    const pageOf = async (query: string) => (await categoryPage(category.slug, query, author.cookie)).value as CategoryData;
    const one = await pageOf("");
    const two = await pageOf("?pagina=2");
    expect(one).toMatchObject({ page: 1, pages: 2, total: TOPICS_PER_PAGE + 3 });
    expect(one.topics).toHaveLength(TOPICS_PER_PAGE);
    expect(two.topics).toHaveLength(3);
    expect(one.topics[0].id).toBe(pinned);
    expect(one.topics[0].pinned).toBe(true);
    const seen = [...one.topics, ...two.topics].map((t) => t.id);
    expect(new Set(seen).size).toBe(ids.length);
    expect([...seen].sort()).toEqual([...ids].sort());
    // Asking again gives the same pages.
    expect((await pageOf("?pagina=2")).topics.map((t) => t.id)).toEqual(two.topics.map((t) => t.id));
    // Out of range or odd page numbers land on a real page.
    expect((await pageOf("?pagina=99")).page).toBe(2);
    expect((await pageOf("?pagina=abc")).page).toBe(1);

    const html = render(categoryRoute.default, "/forum/:categoria", `/forum/${category.slug}`, one);
    expect(html).toContain(`href="/forum/${category.slug}?pagina=2"`);
    expect(text(html)).toContain("In evidenza");
  });

  it("saves the user's notification level for the category and explains each level", async () => {
    const category = await createCategory();
    const guardian = await person([["guardian", "MI"]]);
    const before = (await categoryPage(category.slug, "", guardian.cookie)).value as CategoryData;
    expect(before.watch).toBe("normal");
    const html = text(render(categoryRoute.default, "/forum/:categoria", `/forum/${category.slug}`, before));
    expect(html).toContain("ricevi una notifica per ogni nuova discussione");
    expect(html).toContain("nessuna notifica da questa categoria, tranne quando qualcuno ti menziona");

    const saved = await watchAction(category.slug, { intent: "watch", level: "muted" }, guardian.cookie);
    expect(saved.status).toBe(303);
    expect(saved.location).toBe(`/forum/${category.slug}?esito=notifiche`);
    const rows = await db().select().from(forumCategoryWatches).where(eq(forumCategoryWatches.userId, guardian.user.id));
    expect(rows.map((r) => [r.categoryId, r.level])).toEqual([[category.id, "muted"]]);
    const after = (await categoryPage(category.slug, "?esito=notifiche", guardian.cookie)).value as CategoryData;
    expect(after).toMatchObject({ watch: "muted", saved: true });
    expect(text(render(categoryRoute.default, "/forum/:categoria", `/forum/${category.slug}?esito=notifiche`, after))).toContain(
      "Preferenza salvata: Silenziato.",
    );

    const bad = await watchAction(category.slug, { intent: "watch", level: "sempre" }, guardian.cookie);
    expect(bad.status).toBe(400);
    const still = await db().select().from(forumCategoryWatches).where(eq(forumCategoryWatches.userId, guardian.user.id));
    expect(still[0].level).toBe("muted");
  });
});

describe("new topic", () => {
  it("publishes the topic and redirects to its first post", async () => {
    const category = await createCategory({ districtCode: "MI" });
    const guardian = await person([["guardian", "MI"]]);
    const page = await newTopicPage(category.slug, guardian.cookie);
    expect(page.status).toBe(200);
    const html = text(render(newTopicRoute.default, "/forum/:categoria/nuovo", `/forum/${category.slug}/nuovo`, page.value));
    expect(html).toContain("Prima di scrivere");
    expect(html).toContain("Non scrivere nulla che permetta di riconoscere un minore");

    const result = await newTopicAction(
      category.slug,
      { title: "Conto corrente per un minore", body: "Quale banca apre un conto a un ragazzo di 17 anni?" },
      guardian.cookie,
    );
    expect(result.status).toBe(303);
    const [topic] = await db().select().from(forumTopics).where(eq(forumTopics.categoryId, category.id));
    expect(topic.title).toBe("Conto corrente per un minore");
    expect(result.location).toBe(`/forum/argomenti/${topic.id}#m1`);
  });

  it("refuses bad input with every error and the text kept, writing nothing", async () => {
    const category = await createCategory();
    const guardian = await person([["guardian", "BS"]]);
    const result = await newTopicAction(category.slug, { title: "Ciao", body: "Il mio testo resta qui" }, guardian.cookie);
    expect(result.status).toBe(400);
    const body = payload<{ errors: Record<string, string>; values: Record<string, string> }>(result.value);
    expect(body.errors).toEqual({ title: "forum.error.titleTooShort" });
    expect(body.values).toMatchObject({ title: "Ciao", body: "Il mio testo resta qui" });
    expect(await topicCount(category.id)).toBe(0);

    const page = (await newTopicPage(category.slug, guardian.cookie)).value;
    const html = render(newTopicRoute.default, "/forum/:categoria/nuovo", `/forum/${category.slug}/nuovo`, page, body);
    expect(text(html)).toContain("Il titolo deve avere almeno 5 caratteri.");
    expect(html).toContain("Il mio testo resta qui");
    expect(html).toContain('value="Ciao"');
  });

  it("holds a text with a minor's tax code for confirmation, writing nothing until confirmed", async () => {
    const category = await createCategory();
    const guardian = await person([["guardian", "MI"]]);
    const fields = { title: "Codice fiscale in questura", body: "Il codice fiscale del ragazzo è RSSMRA08A01F205X: va bene?" };
    const held = await newTopicAction(category.slug, fields, guardian.cookie);
    expect(held.status).toBe(422);
    const body = payload<{ privacy: { kind: string; match: string }[]; values: Record<string, string> }>(held.value);
    expect(body.privacy).toEqual([{ kind: "tax_code", match: "RSSMRA08A01F205X" }]);
    expect(body.values.body).toBe(fields.body);
    expect(await topicCount(category.id)).toBe(0);
    const [{ n: posts }] = await db().select({ n: count() }).from(forumPosts).where(eq(forumPosts.bodyMd, fields.body));
    expect(posts).toBe(0);

    const page = (await newTopicPage(category.slug, guardian.cookie)).value;
    const html = text(render(newTopicRoute.default, "/forum/:categoria/nuovo", `/forum/${category.slug}/nuovo`, page, body));
    expect(html).toContain("Il testo sembra contenere dati personali di un minore");
    expect(html).toContain("RSSMRA08A01F205X");

    const confirmed = await newTopicAction(category.slug, { ...fields, confermaPrivacy: "1" }, guardian.cookie);
    expect(confirmed.status).toBe(303);
    expect(await topicCount(category.id)).toBe(1);
  });

  it("is refused (403) to members who may read but not post, and in archived categories", async () => {
    const readOnly = await createCategory({ readRoles: ["guardian", "candidate"], postRoles: ["guardian"] });
    const candidate = await person([["candidate", "MI"]]);
    expect((await categoryPage(readOnly.slug, "", candidate.cookie)).status).toBe(200);
    const data = (await categoryPage(readOnly.slug, "", candidate.cookie)).value as CategoryData;
    expect(data.canPost).toBe(false);
    const html = render(categoryRoute.default, "/forum/:categoria", `/forum/${readOnly.slug}`, data);
    expect(html).not.toContain(`href="/forum/${readOnly.slug}/nuovo"`);
    expect(text(html)).toContain("In questa categoria puoi leggere, ma non aprire discussioni né rispondere.");
    expect((await newTopicPage(readOnly.slug, candidate.cookie)).status).toBe(403);
    expect((await newTopicAction(readOnly.slug, { title: "Posso scrivere?", body: "Provo" }, candidate.cookie)).status).toBe(403);
    expect(await topicCount(readOnly.id)).toBe(0);

    const archived = await createCategory();
    await db().update(forumCategories).set({ archivedAt: new Date() }).where(eq(forumCategories.id, archived.id));
    const guardian = await person([["guardian", "MI"]]);
    expect((await newTopicPage(archived.slug, guardian.cookie)).status).toBe(403);
    const archivedData = (await categoryPage(archived.slug, "", guardian.cookie)).value as CategoryData;
    expect(text(render(categoryRoute.default, "/forum/:categoria", `/forum/${archived.slug}`, archivedData))).toContain("Categoria archiviata");

    // A guardian may post in the read-only category: the button is there.
    const writer = (await categoryPage(readOnly.slug, "", guardian.cookie)).value as CategoryData;
    expect(render(categoryRoute.default, "/forum/:categoria", `/forum/${readOnly.slug}`, writer)).toContain(`href="/forum/${readOnly.slug}/nuovo"`);
  });
});
