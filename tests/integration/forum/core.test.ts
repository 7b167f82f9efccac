// The forum's core on a real database: topics and numbered replies, unread counts, mentions that
// notify only readers, watches, edits with history, soft deletion, and the district wall.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { forumPostRevisions, notifications } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { createTopic, deletePost, editPost, reply, setTopicWatch, toggleUseful } from "../../../app/modules/forum/posts.server";
import { forumHome, listTopics, postHistory, topicPage } from "../../../app/modules/forum/reading.server";
import { useTestDatabase } from "../../support/database";
import { createCategory, member } from "../../fixtures/forum";

useTestDatabase();

const topicInput = (title: string, body: string) => ({ title, body, confermaPrivacy: false });
const post = (body: string) => ({ body, confermaPrivacy: false });

async function kinds(userId: string) {
  const rows = await db().select().from(notifications).where(eq(notifications.userId, userId));
  return rows.map((n) => n.kind).sort();
}

describe("forum core", () => {
  it("numbers replies, counts unread posts for the author and lands on the first unread", async () => {
    const category = await createCategory({ districtCode: "MI" });
    const anna = await member({ name: "Anna Verdi", roles: [["guardian", "MI"]] });
    const bruno = await member({ name: "Bruno Neri", roles: [["guardian", "MI"]] });
    const created = await createTopic(anna, category.id, topicInput("Tessera sanitaria", "Come si ottiene? @Bruno Neri lo sai?"));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(await kinds(bruno.id)).toEqual(["forum_mention"]);

    const answer = await reply(bruno, created.topicId, post("Alla ASST, con il permesso di soggiorno."));
    expect(answer).toMatchObject({ ok: true, number: 2 });
    // Anna watches her topic: she is told of the reply.
    expect(await kinds(anna.id)).toEqual(["forum_reply"]);

    const list = await listTopics(anna, category);
    expect(list.topics[0]).toMatchObject({ title: "Tessera sanitaria", replyCount: 1, unread: 1 });
    const page = await topicPage(anna, created.topicId);
    expect(page.lastReadBefore).toBe(1);
    expect(page.posts.map((p) => p.number)).toEqual([1, 2]);
    expect(page.posts[0].bodyHtml).toContain('<span class="mention">@Bruno Neri</span>');
    const after = await listTopics(anna, category);
    expect(after.topics[0].unread).toBe(0);
    const home = await forumHome(anna);
    expect(home.find((c) => c.category.id === category.id)).toMatchObject({ topics: 1, posts: 2, unreadTopics: 0 });
  });

  it("does not mention or notify someone who cannot read the category", async () => {
    const category = await createCategory({ districtCode: "MI" });
    const anna = await member({ name: "Carla Bassi", roles: [["guardian", "MI"]] });
    const other = await member({ name: "Dario Conti", roles: [["guardian", "BS"]] });
    const created = await createTopic(anna, category.id, topicInput("Per Dario", "Ciao @Dario Conti"));
    expect(created.ok).toBe(true);
    expect(await kinds(other.id)).toEqual([]);
    await expect(topicPage(other, created.ok ? created.topicId : "")).rejects.toMatchObject({ init: { status: 404 } });
    expect((await forumHome(other)).some((c) => c.category.id === category.id)).toBe(false);
  });

  it("keeps the earlier text on edit, hides deleted words, and respects mutes", async () => {
    const category = await createCategory();
    const anna = await member({ roles: [["guardian", "BS"]] });
    const bruno = await member({ roles: [["guardian", "MI"]] });
    const created = await createTopic(anna, category.id, topicInput("Scuola e CPIA", "Prima versione"));
    if (!created.ok) throw new Error("not created");
    await setTopicWatch(anna, created.topicId, "muted");
    const r = await reply(bruno, created.topicId, post("Risposta"));
    expect(await kinds(anna.id)).toEqual([]);
    await editPost(anna, created.postId, { title: "Scuola e CPIA a Brescia", body: "Seconda versione", confermaPrivacy: false });
    const history = await postHistory(anna, created.postId);
    expect(history.revisions.map((v) => v.bodyMd)).toEqual(["Prima versione"]);
    // Other members never read earlier versions: an edit may have removed personal data.
    await expect(postHistory(bruno, created.postId)).rejects.toMatchObject({ init: { status: 404 } });
    const revisions = await db().select().from(forumPostRevisions).where(and(eq(forumPostRevisions.postId, created.postId)));
    expect(revisions[0].title).toBe("Scuola e CPIA");

    if (!r.ok) throw new Error("no reply");
    await toggleUseful(anna, r.postId);
    let page = await topicPage(anna, created.topicId);
    expect(page.topic.title).toBe("Scuola e CPIA a Brescia");
    expect(page.posts[1]).toMatchObject({ useful: 1, usefulByMe: true });
    await deletePost(bruno, r.postId);
    page = await topicPage(anna, created.topicId);
    expect(page.posts[1]).toMatchObject({ state: "deleted", bodyHtml: null, bodyMd: null });
    expect((await listTopics(anna, category)).topics[0].replyCount).toBe(0);
    await expect(deletePost(anna, r.postId)).rejects.toMatchObject({ init: { status: 404 } });
  });

  it("writing again watches a topic set to normal, but never one the user muted", async () => {
    const category = await createCategory();
    const anna = await member();
    const bruno = await member();
    const carla = await member();
    const created = await createTopic(anna, category.id, topicInput("Conto corrente", "Quale banca?"));
    if (!created.ok) throw new Error("not created");
    await reply(bruno, created.topicId, post("Prima risposta"));
    await reply(carla, created.topicId, post("Seconda risposta"));
    await setTopicWatch(bruno, created.topicId, "normal");
    await setTopicWatch(carla, created.topicId, "muted");
    await reply(anna, created.topicId, post("Grazie a entrambi"));
    // Bruno was told of Carla's reply while he watched; since then neither hears of Anna's.
    expect(await kinds(bruno.id)).toEqual(["forum_reply"]);
    expect(await kinds(carla.id)).toEqual([]);
    await reply(bruno, created.topicId, post("Di nulla"));
    await reply(carla, created.topicId, post("Prego"));
    await reply(anna, created.topicId, post("Ultima domanda"));
    expect(await kinds(bruno.id)).toEqual(["forum_reply", "forum_reply", "forum_reply"]);
    expect(await kinds(carla.id)).toEqual([]);
  });
});
