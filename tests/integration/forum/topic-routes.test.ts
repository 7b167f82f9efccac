// The topic page and a post's own pages, called as the browser would: who may open a topic,
// replying (accepted, refused, held for personal data), quoting, "utile", watching, hidden and
// deleted posts, editing with its history, and the addresses that land on a post.
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { forumPosts, forumTopics } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { createTopic, reply } from "../../../app/modules/forum/posts.server";
import * as topicRoute from "../../../app/routes/forum.argomenti.$id._index";
import * as unreadRoute from "../../../app/routes/forum.argomenti.$id.non-letti";
import * as postRoute from "../../../app/routes/forum.messaggi.$id._index";
import * as editRoute from "../../../app/routes/forum.messaggi.$id.modifica";
import * as historyRoute from "../../../app/routes/forum.messaggi.$id.versioni";
import * as deleteRoute from "../../../app/routes/forum.messaggi.$id.elimina";
import { createCategory, member } from "../../fixtures/forum";
import type { UserOptions } from "../../fixtures/users";
import { useTestDatabase } from "../../support/database";
import { formRequest, getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const ctx = { cspNonce: "", clientIp: "127.0.0.1" };
const TAX_CODE_TEXT = "Il codice fiscale del ragazzo è RSSMRA08T10F205X: dove lo porto?";

type Member = Awaited<ReturnType<typeof member>>;
interface Person {
  user: Member;
  cookie: string;
}
async function person(name: string, roles: UserOptions["roles"]): Promise<Person> {
  const user = await member({ name, roles });
  return { user, cookie: await sessionCookieFor(user.id) };
}

let anna: Person, bruno: Person, carla: Person, coordinator: Person, brescia: Person, candidate: Person;
let categoryId: string;

beforeAll(async () => {
  const category = await createCategory({ districtCode: "MI", name: "Tutori Milano" });
  categoryId = category.id;
  anna = await person("Anna Verdi", [["guardian", "MI"]]);
  bruno = await person("Bruno Neri", [["guardian", "MI"]]);
  carla = await person("Carla Bassi", [["guardian", "MI"]]);
  coordinator = await person("Dora Coordinatrice", [["coordinator", "MI"]]);
  brescia = await person("Elio Bresciano", [["guardian", "BS"]]);
  candidate = await person("Franco Aspirante", [["candidate", "MI"]]);
});

async function newTopic(author: Person, title = "Tessera sanitaria per un ragazzo", body = "Come si ottiene la tessera?") {
  const created = await createTopic(author.user, categoryId, { title, body, confermaPrivacy: false });
  if (!created.ok) throw new Error("topic not created");
  return created;
}
async function addReply(author: Person, topicId: string, body: string) {
  const r = await reply(author.user, topicId, { body, confermaPrivacy: false });
  if (!r.ok) throw new Error("reply not written");
  return r;
}
const postCount = async (topicId: string) =>
  (await db().select({ n: count() }).from(forumPosts).where(eq(forumPosts.topicId, topicId)))[0].n;

const openTopic = (topicId: string, cookie?: string, query = "") =>
  outcome(() => topicRoute.loader({ request: getRequest(`/forum/argomenti/${topicId}${query}`, cookie), params: { id: topicId }, context: ctx }));
const postTopic = (topicId: string, fields: Record<string, string>, cookie: string) =>
  outcome(() => topicRoute.action({ request: formRequest(`/forum/argomenti/${topicId}`, fields, cookie), params: { id: topicId }, context: ctx }));
type TopicData = Awaited<ReturnType<typeof topicRoute.loader>>;
const pageOf = async (topicId: string, cookie: string, query = "") => {
  const result = await openTopic(topicId, cookie, query);
  expect(result.status).toBe(200);
  return result.value as TopicData;
};
/** The body of a `data(…, { status })` answer. */
const body = (value: unknown) => (value as { data: { errors: Record<string, string>; values: Record<string, string>; privacy: { kind: string; match: string }[]; formError: string | null } }).data;

describe("opening a topic", () => {
  it("shows a reader the posts in order, each with its number", async () => {
    const topic = await newTopic(anna);
    await addReply(bruno, topic.topicId, "Alla ASST con il permesso di soggiorno.");
    const page = await pageOf(topic.topicId, carla.cookie);
    expect(page.topic.title).toBe("Tessera sanitaria per un ragazzo");
    expect(page.category.name).toBe("Tutori Milano");
    expect(page.posts.map((p) => [p.number, p.authorName])).toEqual([
      [1, "Anna Verdi"],
      [2, "Bruno Neri"],
    ]);
    expect(page.posts[1].bodyHtml).toContain("permesso di soggiorno");
    expect(page.may.reply).toBe(true);
  });

  it("does not exist for the other district or a candidate without the reading role; anonymous people are sent to log in", async () => {
    const topic = await newTopic(anna);
    expect((await openTopic(topic.topicId, brescia.cookie)).status).toBe(404);
    expect((await openTopic(topic.topicId, candidate.cookie)).status).toBe(404);
    const anonymous = await openTopic(topic.topicId);
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toContain("/accedi?redirectTo=");
    expect((await openTopic("not-a-uuid", anna.cookie)).status).toBe(404);
    // Nor can they write in it, or reach its posts by their permanent address.
    const refused = await postTopic(topic.topicId, { intent: "reply", body: "Posso?" }, brescia.cookie);
    expect(refused.status).toBe(404);
    const permanent = await outcome(() =>
      postRoute.loader({ request: getRequest(`/forum/messaggi/${topic.postId}`, brescia.cookie), params: { id: topic.postId }, context: ctx }),
    );
    expect(permanent.status).toBe(404);
    expect(await postCount(topic.topicId)).toBe(1);
  });

  it("shows an outcome message after a moderation redirect, and ignores unknown codes", async () => {
    const topic = await newTopic(anna);
    expect((await pageOf(topic.topicId, anna.cookie, "?esito=pinned")).outcome).toBe("forumtopic.outcome.pinned");
    expect((await pageOf(topic.topicId, anna.cookie, "?esito=<script>")).outcome).toBeNull();
  });
});

describe("replying", () => {
  it("writes the reply and goes to its page and anchor", async () => {
    const topic = await newTopic(anna);
    const result = await postTopic(topic.topicId, { intent: "reply", body: "Serve anche il codice STP?" }, bruno.cookie);
    expect(result.status).toBe(303);
    expect(result.location).toBe(`/forum/argomenti/${topic.topicId}#m2`);
    const page = await pageOf(topic.topicId, anna.cookie);
    expect(page.posts[1]).toMatchObject({ number: 2, authorName: "Bruno Neri" });
    expect(page.posts[1].bodyHtml).toContain("codice STP");
  });

  it("refuses an empty reply with a message and writes nothing", async () => {
    const topic = await newTopic(anna);
    const result = await postTopic(topic.topicId, { intent: "reply", body: "   " }, bruno.cookie);
    expect(result.status).toBe(400);
    expect(body(result.value).errors.body).toBe("forum.error.bodyRequired");
    expect(await postCount(topic.topicId)).toBe(1);
  });

  it("holds a reply with a tax code, keeps the text, and accepts it once confirmed", async () => {
    const topic = await newTopic(anna);
    const held = await postTopic(topic.topicId, { intent: "reply", body: TAX_CODE_TEXT }, bruno.cookie);
    expect(held.status).toBe(422);
    expect(body(held.value).privacy).toEqual([{ kind: "tax_code", match: "RSSMRA08T10F205X" }]);
    expect(body(held.value).values.body).toBe(TAX_CODE_TEXT);
    expect(body(held.value).errors.confermaPrivacy).toBe("forum.error.privacyConfirm");
    expect(await postCount(topic.topicId)).toBe(1);

    const confirmed = await postTopic(topic.topicId, { intent: "reply", body: TAX_CODE_TEXT, confermaPrivacy: "1" }, bruno.cookie);
    expect(confirmed.status).toBe(303);
    expect(confirmed.location).toBe(`/forum/argomenti/${topic.topicId}#m2`);
    expect(await postCount(topic.topicId)).toBe(2);
  });

  it("offers no reply on a locked topic except to moderators, and refuses one sent anyway", async () => {
    const topic = await newTopic(anna);
    await db().update(forumTopics).set({ locked: true }).where(eq(forumTopics.id, topic.topicId));
    expect((await pageOf(topic.topicId, bruno.cookie)).may.reply).toBe(false);
    expect((await pageOf(topic.topicId, coordinator.cookie)).may.reply).toBe(true);
    const refused = await postTopic(topic.topicId, { intent: "reply", body: "Ancora una cosa" }, bruno.cookie);
    expect(refused.status).toBe(409);
    expect(body(refused.value).formError).toBe("forum.error.locked");
    expect(body(refused.value).values.body).toBe("Ancora una cosa");
    const moderator = await postTopic(topic.topicId, { intent: "reply", body: "Chiudo qui, grazie a tutti." }, coordinator.cookie);
    expect(moderator.status).toBe(303);
  });

  it("pre-fills the reply box with a quote of the post", async () => {
    const topic = await newTopic(anna, "Scuola e CPIA", "Prima riga\n\nSeconda riga");
    const page = await pageOf(topic.topicId, bruno.cookie, `?cita=${topic.postId}`);
    expect(page.quote).toBe("> **Anna Verdi** ha scritto:\n>\n> Prima riga\n>\n> Seconda riga\n\n");
    // A quote of a post of another topic is ignored.
    const other = await newTopic(carla);
    expect((await pageOf(topic.topicId, bruno.cookie, `?cita=${other.postId}`)).quote).toBeNull();
  });
});

describe("hidden and deleted posts", () => {
  it("serves a hidden post's words to its author and the moderators only", async () => {
    const topic = await newTopic(anna);
    const secret = "PAROLE-NASCOSTE-8841 del messaggio";
    const hidden = await addReply(bruno, topic.topicId, secret);
    await db()
      .update(forumPosts)
      .set({ hiddenAt: new Date(), hiddenById: coordinator.user.id, hiddenReason: "Dati di un minore" })
      .where(eq(forumPosts.id, hidden.postId));

    const other = await pageOf(topic.topicId, carla.cookie);
    expect(JSON.stringify(other)).not.toContain("PAROLE-NASCOSTE-8841");
    expect(JSON.stringify(other)).not.toContain("Dati di un minore");
    expect(other.posts[1]).toMatchObject({ state: "hidden", bodyHtml: null, bodyMd: null });
    // Nor through a quote.
    expect(JSON.stringify(await pageOf(topic.topicId, carla.cookie, `?cita=${hidden.postId}`))).not.toContain("PAROLE-NASCOSTE-8841");

    const author = await pageOf(topic.topicId, bruno.cookie);
    expect(author.posts[1].bodyHtml).toContain("PAROLE-NASCOSTE-8841");
    expect(author.posts[1].hiddenReason).toBe("Dati di un minore");
    const moderator = await pageOf(topic.topicId, coordinator.cookie);
    expect(moderator.posts[1].bodyHtml).toContain("PAROLE-NASCOSTE-8841");
    expect(moderator.posts[1].may.moderate).toBe(true);
  });

  it("asks the author to confirm, deletes, and leaves only the notice in place", async () => {
    const topic = await newTopic(anna);
    const r = await addReply(bruno, topic.topicId, "Messaggio da eliminare 5521");
    const open = (p: Person) =>
      outcome(() => deleteRoute.loader({ request: getRequest(`/forum/messaggi/${r.postId}/elimina`, p.cookie), params: { id: r.postId }, context: ctx }));
    const send = (p: Person) =>
      outcome(() => deleteRoute.action({ request: formRequest(`/forum/messaggi/${r.postId}/elimina`, {}, p.cookie), params: { id: r.postId }, context: ctx }));
    expect((await open(bruno)).status).toBe(200);
    expect((await open(anna)).status).toBe(403);
    expect((await open(brescia)).status).toBe(404);
    expect((await send(anna)).status).toBe(403);

    const done = await send(bruno);
    expect(done.status).toBe(303);
    expect(done.location).toBe(`/forum/argomenti/${topic.topicId}?esito=deleted#m2`);
    const page = await pageOf(topic.topicId, bruno.cookie, "?esito=deleted");
    expect(page.outcome).toBe("forumtopic.outcome.deleted");
    expect(page.posts[1]).toMatchObject({ state: "deleted", bodyHtml: null });
    expect(JSON.stringify(page)).not.toContain("5521");
    expect((await open(bruno)).status).toBe(404);
  });
});

describe("editing", () => {
  const openEdit = (postId: string, p: Person) =>
    outcome(() => editRoute.loader({ request: getRequest(`/forum/messaggi/${postId}/modifica`, p.cookie), params: { id: postId }, context: ctx }));
  const sendEdit = (postId: string, fields: Record<string, string>, p: Person) =>
    outcome(() => editRoute.action({ request: formRequest(`/forum/messaggi/${postId}/modifica`, fields, p.cookie), params: { id: postId }, context: ctx }));
  const openHistory = (postId: string, p: Person) =>
    outcome(() => historyRoute.loader({ request: getRequest(`/forum/messaggi/${postId}/versioni`, p.cookie), params: { id: postId }, context: ctx }));

  it("lets only the author edit; the earlier text is in the history for the author only, and the post says it was edited", async () => {
    const topic = await newTopic(anna, "Permesso per minore età", "Testo originale della domanda");
    expect((await openEdit(topic.postId, bruno)).status).toBe(403);
    expect((await openEdit(topic.postId, brescia)).status).toBe(404);
    const refused = await sendEdit(topic.postId, { title: "Titolo cambiato", body: "Non mio" }, bruno);
    expect(refused.status).toBe(403);

    const form = await openEdit(topic.postId, anna);
    expect(form.status).toBe(200);
    expect(form.value).toMatchObject({ post: { number: 1, bodyMd: "Testo originale della domanda" }, topic: { title: "Permesso per minore età" } });
    const saved = await sendEdit(topic.postId, { title: "Permesso per minore età: rinnovo", body: "Testo corretto della domanda" }, anna);
    expect(saved.status).toBe(303);
    expect(saved.location).toBe(`/forum/argomenti/${topic.topicId}#m1`);

    const page = await pageOf(topic.topicId, bruno.cookie);
    expect(page.topic.title).toBe("Permesso per minore età: rinnovo");
    expect(page.posts[0].editedAt).not.toBeNull();
    expect(page.posts[0].bodyHtml).toContain("Testo corretto");

    // Earlier versions are for the author (and moderators) only: other readers get 404.
    expect(page.posts[0].may.history).toBe(false);
    expect((await openHistory(topic.postId, bruno)).status).toBe(404);
    const history = await openHistory(topic.postId, anna);
    expect(history.status).toBe(200);
    const versions = history.value as Awaited<ReturnType<typeof historyRoute.loader>>;
    expect(versions.post.bodyMd).toBe("Testo corretto della domanda");
    expect(versions.revisions.map((v) => [v.bodyMd, v.title, v.editorName])).toEqual([
      ["Testo originale della domanda", "Permesso per minore età", "Anna Verdi"],
    ]);
    expect((await openHistory(topic.postId, brescia)).status).toBe(404);
  });

  it("refuses an empty text with the message and changes nothing", async () => {
    const topic = await newTopic(anna);
    const r = await addReply(bruno, topic.topicId, "Risposta da correggere");
    const refused = await sendEdit(r.postId, { body: "" }, bruno);
    expect(refused.status).toBe(400);
    expect(body(refused.value).errors.body).toBe("forum.error.bodyRequired");
    expect((await pageOf(topic.topicId, bruno.cookie)).posts[1].bodyHtml).toContain("Risposta da correggere");
  });
});

describe("utile and watching", () => {
  it("toggles the user's 'utile' and counts it; never on one's own post", async () => {
    const topic = await newTopic(anna);
    const r = await addReply(bruno, topic.topicId, "Risposta utile");
    const marked = await postTopic(topic.topicId, { intent: "useful", postId: r.postId }, anna.cookie);
    expect(marked.status).toBe(303);
    expect(marked.location).toBe(`/forum/argomenti/${topic.topicId}#m2`);
    expect((await pageOf(topic.topicId, anna.cookie)).posts[1]).toMatchObject({ useful: 1, usefulByMe: true });
    expect((await pageOf(topic.topicId, carla.cookie)).posts[1]).toMatchObject({ useful: 1, usefulByMe: false });

    // With JavaScript the page asks for an answer in place.
    const undone = await postTopic(topic.topicId, { intent: "useful", postId: r.postId, ajax: "1" }, anna.cookie);
    expect(undone).toMatchObject({ status: 200, value: { useful: false } });
    expect((await pageOf(topic.topicId, anna.cookie)).posts[1]).toMatchObject({ useful: 0, usefulByMe: false });

    expect((await postTopic(topic.topicId, { intent: "useful", postId: r.postId }, bruno.cookie)).status).toBe(404);
  });

  it("sets the watch level and confirms it", async () => {
    const topic = await newTopic(anna);
    expect((await pageOf(topic.topicId, anna.cookie)).watch).toBe("watching");
    const saved = await postTopic(topic.topicId, { intent: "watch", level: "muted" }, anna.cookie);
    expect(saved.status).toBe(303);
    expect(saved.location).toBe(`/forum/argomenti/${topic.topicId}?esito=muted`);
    expect((await pageOf(topic.topicId, anna.cookie)).watch).toBe("muted");
    expect((await postTopic(topic.topicId, { intent: "watch", level: "tutto" }, anna.cookie)).status).toBe(400);
  });
});

describe("landing on a post", () => {
  it("opens at the first unread post, on its page, and keeps pages stable", async () => {
    const topic = await newTopic(anna, "Discussione lunga", "Messaggio 1");
    for (let n = 2; n <= 20; n++) await addReply(n % 2 ? anna : bruno, topic.topicId, `Messaggio ${n}`);
    // Carla reads page 1 (posts 1–20); then five more replies arrive.
    const first = await pageOf(topic.topicId, carla.cookie);
    expect(first.posts).toHaveLength(20);
    expect(first.pages).toBe(1);
    for (let n = 21; n <= 25; n++) await addReply(n % 2 ? anna : bruno, topic.topicId, `Messaggio ${n}`);

    const unread = await outcome(() =>
      unreadRoute.loader({ request: getRequest(`/forum/argomenti/${topic.topicId}/non-letti`, carla.cookie), params: { id: topic.topicId }, context: ctx }),
    );
    expect(unread.status).toBe(302);
    expect(unread.location).toBe(`/forum/argomenti/${topic.topicId}?pagina=2#m21`);
    const second = await pageOf(topic.topicId, carla.cookie, "?pagina=2");
    expect(second.posts.map((p) => p.number)).toEqual([21, 22, 23, 24, 25]);
    expect(second.lastReadBefore).toBe(20);
    // A page past the end shows the last one.
    expect((await pageOf(topic.topicId, carla.cookie, "?pagina=9")).page).toBe(2);

    // Someone who never opened it starts at the top.
    const fresh = await outcome(() =>
      unreadRoute.loader({ request: getRequest(`/forum/argomenti/${topic.topicId}/non-letti`, coordinator.cookie), params: { id: topic.topicId }, context: ctx }),
    );
    expect(fresh.location).toBe(`/forum/argomenti/${topic.topicId}#m1`);

    // A post's permanent address leads to its page and anchor (with an outcome, if any).
    const [post23] = await db().select().from(forumPosts).where(and(eq(forumPosts.topicId, topic.topicId), eq(forumPosts.number, 23)));
    const permanent = await outcome(() =>
      postRoute.loader({ request: getRequest(`/forum/messaggi/${post23.id}?esito=flagged`, carla.cookie), params: { id: post23.id }, context: ctx }),
    );
    expect(permanent.location).toBe(`/forum/argomenti/${topic.topicId}?pagina=2&esito=flagged#m23`);

    // A quote of a post on page 2, asked from page 1, goes to page 2.
    const moved = await openTopic(topic.topicId, carla.cookie, `?cita=${post23.id}`);
    expect(moved.status).toBe(302);
    expect(moved.location).toBe(`/forum/argomenti/${topic.topicId}?pagina=2&cita=${post23.id}#rispondi`);
  });
});
