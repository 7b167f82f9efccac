// Forum moderation on a real database: who moderates where (a Milano coordinator: Milano and the
// shared categories, not Brescia's), pin and lock, flags that reach the moderators and form the
// queue (a minor's data first), hiding with a reason the author is told, moves that take the
// topic's notifications away from people who cannot follow it, the solution of Q&A topics and
// the log of all of it.
import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { forumCategories, forumFlags, forumModerationLog, notifications } from "../../../db/schema";
import { db } from "../../../app/db.server";
import {
  dismissFlags,
  flagPost,
  hidePost,
  lockTopic,
  markSolved,
  moderationLog,
  moderationQueue,
  moveTargets,
  moveTopic,
  pinTopic,
  unhidePost,
  unlockTopic,
  unmarkSolved,
  unpinTopic,
  type QueueItem,
} from "../../../app/modules/forum/moderation.server";
import { createTopic, reply } from "../../../app/modules/forum/posts.server";
import { listTopics, topicPage } from "../../../app/modules/forum/reading.server";
import { useTestDatabase } from "../../support/database";
import { createCategory, member } from "../../fixtures/forum";

useTestDatabase();

const text = (body: string) => ({ body, confermaPrivacy: false });
// Some posts here carry (fictional) personal data on purpose: their authors confirm them.
const confirmed = (body: string) => ({ body, confermaPrivacy: true });

async function topicIn(categoryId: string, author: Parameters<typeof createTopic>[0], title = "Permesso di soggiorno") {
  const created = await createTopic(author, categoryId, { title, body: "Come si rinnova?", confermaPrivacy: false });
  if (!created.ok) throw new Error("topic not created");
  return created;
}

async function answer(topicId: string, author: Parameters<typeof reply>[0], body = "In questura, con il passaporto.") {
  const r = await reply(author, topicId, confirmed(body));
  if (!r.ok) throw new Error("reply not created");
  return r;
}

async function notificationsOf(userId: string) {
  return db().select().from(notifications).where(eq(notifications.userId, userId));
}

/** The cast of a test; `tag` keeps names (and so mentions) apart between tests. */
async function people(tag: string) {
  const coordMI = await member({ name: `Marta Coordinatrice${tag}`, roles: [["coordinator", "MI"]] });
  const coordBS = await member({ name: `Bruno Coordinatore${tag}`, roles: [["coordinator", "BS"]] });
  const admin = await member({ name: `Ada Amministratrice${tag}`, roles: [["admin", null]] });
  const anna = await member({ name: `Anna Tutrice${tag}`, roles: [["guardian", "MI"]] });
  const luca = await member({ name: `Luca Tutore${tag}`, roles: [["guardian", "MI"]] });
  return { coordMI, coordBS, admin, anna, luca };
}

describe("forum moderation", () => {
  it("lets a Milano coordinator pin and lock in Milano and shared categories only", async () => {
    const { coordMI, anna, luca } = await people("Uno");
    const milano = await createCategory({ districtCode: "MI" });
    const shared = await createCategory();
    const brescia = await createCategory({ districtCode: "BS" });
    const bsGuardian = await member({ roles: [["guardian", "BS"]] });
    const inMilano = await topicIn(milano.id, anna);
    const inShared = await topicIn(shared.id, anna, "Scuola e CPIA");
    const inBrescia = await topicIn(brescia.id, bsGuardian, "Tessera sanitaria");

    expect(await pinTopic(coordMI, inMilano.topicId, "Domanda frequente")).toEqual({ ok: true, topicId: inMilano.topicId, changed: true });
    expect((await listTopics(anna, milano)).topics[0]).toMatchObject({ pinned: true });
    await pinTopic(coordMI, inShared.topicId);
    // Brescia's category does not exist for a Milano coordinator: 404, not 403.
    await expect(pinTopic(coordMI, inBrescia.topicId)).rejects.toMatchObject({ init: { status: 404 } });
    // A reader who does not moderate is refused (403).
    await expect(pinTopic(anna, inMilano.topicId)).rejects.toMatchObject({ init: { status: 403 } });

    await lockTopic(coordMI, inMilano.topicId);
    expect(await reply(luca, inMilano.topicId, text("Posso aggiungere?"))).toMatchObject({ ok: false, status: 409 });
    // Moderators may still answer in a locked topic.
    expect(await reply(coordMI, inMilano.topicId, text("Chiudo: risposta completa sopra."))).toMatchObject({ ok: true });
    await unlockTopic(coordMI, inMilano.topicId);
    expect(await reply(luca, inMilano.topicId, text("Grazie!"))).toMatchObject({ ok: true });
    await unpinTopic(coordMI, inMilano.topicId);
    // Pinning twice writes nothing the second time.
    expect(await unpinTopic(coordMI, inMilano.topicId)).toMatchObject({ changed: false });

    const actions = await db().select().from(forumModerationLog).where(eq(forumModerationLog.topicId, inMilano.topicId));
    expect(actions.map((a) => a.action).sort()).toEqual(["lock", "pin", "unlock", "unpin"]);
    expect(actions.find((a) => a.action === "pin")?.reason).toBe("Domanda frequente");
    expect(actions.every((a) => a.actorId === coordMI.id && a.categoryId === milano.id)).toBe(true);
  });

  it("sends flags to the category's moderators and lists them in the queue, a minor's data first", async () => {
    const { coordMI, coordBS, admin, anna, luca } = await people("Due");
    const milano = await createCategory({ districtCode: "MI", name: "Tutori Milano" });
    const topic = await topicIn(milano.id, anna);
    const first = await answer(topic.topicId, luca, "Chiamate il numero privato di Rossi.");
    const second = await answer(topic.topicId, luca, "Si chiama Mario, nato il 3 maggio 2010.");

    expect(await flagPost(anna, first.postId, { reason: "offensive", note: "Tono sgarbato" })).toMatchObject({ ok: true });
    // One open flag per person and post: a clear answer, not an error page.
    expect(await flagPost(anna, first.postId, { reason: "spam" })).toMatchObject({ ok: false, error: "forummod.error.alreadyFlagged" });
    expect(await flagPost(coordMI, second.postId, { reason: "other" })).toMatchObject({ ok: false, field: "nota", error: "forummod.error.noteRequired" });
    expect(await flagPost(anna, second.postId, { reason: "minor_data" })).toMatchObject({ ok: true });
    // Not one's own post.
    await expect(flagPost(luca, second.postId, { reason: "spam" })).rejects.toMatchObject({ init: { status: 403 } });
    // Not in a category one cannot read.
    const outsider = await member({ roles: [["guardian", "BS"]] });
    await expect(flagPost(outsider, second.postId, { reason: "spam" })).rejects.toMatchObject({ init: { status: 404 } });

    const flagsFor = async (userId: string) => (await notificationsOf(userId)).filter((n) => n.kind === "forum_flag");
    expect(await flagsFor(coordMI.id)).toHaveLength(2);
    expect(await flagsFor(admin.id)).toHaveLength(2);
    expect(await flagsFor(coordBS.id)).toHaveLength(0);
    expect((await flagsFor(admin.id)).map((n) => n.payload.reason).sort()).toEqual(["minor_data", "offensive"]);

    // Other tests share the database: look at this test's posts only.
    const ours = (items: QueueItem[]) => items.filter((i) => [first.postId, second.postId].includes(i.post.id));
    const queue = ours(await moderationQueue(coordMI));
    expect(queue.map((item) => item.post.id)).toEqual([second.postId, first.postId]);
    expect(queue[0]).toMatchObject({ urgent: true, reasons: [{ reason: "minor_data", count: 1 }], reporters: [anna.name] });
    expect(queue[1]).toMatchObject({
      urgent: false,
      topic: { title: "Permesso di soggiorno" },
      category: { name: "Tutori Milano" },
      notes: [{ reason: "offensive", note: "Tono sgarbato", reporterName: anna.name }],
    });
    expect(queue[1].post.excerpt).toBe("Chiamate il numero privato di Rossi.");
    expect(ours(await moderationQueue(coordBS))).toEqual([]);

    expect(await dismissFlags(coordMI, first.postId, "Nessun dato personale")).toEqual({ ok: true, dismissed: 1 });
    expect(ours(await moderationQueue(admin)).map((i) => i.post.id)).toEqual([second.postId]);
    // Once dismissed, the same person may report the post again.
    expect(await flagPost(anna, first.postId, { reason: "spam" })).toMatchObject({ ok: true });
  });

  it("hides a post with a reason: the author is told, others get no words, flags are closed", async () => {
    const { coordMI, anna, luca } = await people("Tre");
    const milano = await createCategory({ districtCode: "MI" });
    const topic = await topicIn(milano.id, anna);
    const bad = await answer(topic.topicId, luca, "Il ragazzo si chiama Mario Bianchi, codice RSSMRA10E03F205X.");
    await flagPost(anna, bad.postId, { reason: "minor_data" });

    expect(await hidePost(coordMI, bad.postId, "no")).toMatchObject({ ok: false, field: "motivo", error: "forummod.error.reasonShort" });
    await expect(hidePost(anna, bad.postId, "Dati di un minore")).rejects.toMatchObject({ init: { status: 403 } });
    expect(await hidePost(coordMI, bad.postId, "Contiene il nome e il codice fiscale di un minore")).toMatchObject({ ok: true, number: 2 });
    expect(await hidePost(coordMI, bad.postId, "Ancora")).toMatchObject({ ok: false, error: "forummod.error.alreadyHidden" });

    const told = (await notificationsOf(luca.id)).filter((n) => n.kind === "forum_post_hidden");
    expect(told).toHaveLength(1);
    expect(told[0].payload).toEqual({ topic: "Permesso di soggiorno", reason: "Contiene il nome e il codice fiscale di un minore" });

    const seenByAnna = await topicPage(anna, topic.topicId);
    expect(seenByAnna.posts[1]).toMatchObject({ state: "hidden", bodyHtml: null, bodyMd: null, hiddenReason: null });
    expect(JSON.stringify(seenByAnna)).not.toContain("RSSMRA10E03F205X");
    const seenByLuca = await topicPage(luca, topic.topicId);
    expect(seenByLuca.posts[1].bodyHtml).toContain("Mario Bianchi");
    expect(seenByLuca.posts[1].hiddenReason).toBe("Contiene il nome e il codice fiscale di un minore");
    expect((await listTopics(anna, milano)).topics[0].replyCount).toBe(0);

    const flags = await db().select().from(forumFlags).where(eq(forumFlags.postId, bad.postId));
    expect(flags.map((f) => f.resolution)).toEqual(["hidden"]);
    expect((await moderationQueue(coordMI)).some((i) => i.post.id === bad.postId)).toBe(false);
    // Hidden posts cannot be flagged again.
    expect(await flagPost(anna, bad.postId, { reason: "spam" })).toMatchObject({ ok: false, error: "forummod.error.notFlaggable" });

    expect(await unhidePost(coordMI, bad.postId)).toMatchObject({ ok: true });
    expect((await topicPage(anna, topic.topicId)).posts[1].state).toBe("visible");
    expect((await listTopics(anna, milano)).topics[0].replyCount).toBe(1);
    // A moderator hiding their own post is not notified of it.
    const own = await answer(topic.topicId, coordMI, "Messaggio del coordinatore");
    await hidePost(coordMI, own.postId, "Messaggio doppio");
    expect((await notificationsOf(coordMI.id)).filter((n) => n.kind === "forum_post_hidden")).toHaveLength(0);
  });

  it("moves a topic, taking its notifications away from people who cannot read the new category", async () => {
    const { coordMI, coordBS, admin, anna } = await people("Quattro");
    const shared = await createCategory({ name: "Tutti i tutori" });
    const milano = await createCategory({ districtCode: "MI", name: "Tutori Milano" });
    const brescia = await createCategory({ districtCode: "BS" });
    const archived = await createCategory({ districtCode: "MI" });
    await db().update(forumCategories).set({ archivedAt: new Date() }).where(eq(forumCategories.id, archived.id));
    const giulia = await member({ name: "Giulia Bresciani", roles: [["guardian", "BS"]] });
    const topic = await topicIn(shared.id, anna, "Prosieguo amministrativo");
    const fromGiulia = await answer(topic.topicId, giulia, "Da noi il tribunale chiede la relazione.");
    await answer(topic.topicId, anna, "A Milano anche. @Giulia Bresciani grazie!");
    await flagPost(anna, fromGiulia.postId, { reason: "off_topic" });
    // Another topic's notification of Giulia's, which must stay.
    const other = await topicIn(shared.id, anna, "Altro argomento");
    await answer(other.topicId, giulia, "Risposta altrove");
    await answer(other.topicId, anna, "Ti rispondo");
    expect((await notificationsOf(giulia.id)).map((n) => n.payload.topic).sort()).toEqual(["Altro argomento", "Prosieguo amministrativo"]);
    // A shared category's moderators: the coordinators of both districts (and admins).
    expect((await notificationsOf(coordBS.id)).filter((n) => n.kind === "forum_flag")).toHaveLength(1);

    expect((await moveTargets(coordMI, shared)).map((c) => c.id)).toEqual(expect.arrayContaining([milano.id]));
    expect((await moveTargets(coordMI, shared)).map((c) => c.id)).not.toContain(brescia.id);
    expect((await moveTargets(coordMI, shared)).map((c) => c.id)).not.toContain(archived.id);
    expect(await moveTopic(coordMI, topic.topicId, brescia.id)).toMatchObject({ ok: false, error: "forummod.error.targetInvalid" });
    expect(await moveTopic(coordMI, topic.topicId, archived.id)).toMatchObject({ ok: false, error: "forummod.error.targetArchived" });
    expect(await moveTopic(coordMI, topic.topicId, shared.id)).toMatchObject({ ok: false, error: "forummod.error.sameCategory" });

    expect(await moveTopic(coordMI, topic.topicId, milano.id, "Riguarda solo Milano")).toEqual({ ok: true, topicId: topic.topicId });
    await expect(topicPage(giulia, topic.topicId)).rejects.toMatchObject({ init: { status: 404 } });
    const after = await notificationsOf(giulia.id);
    const intoTopic = (n: { link: string | null }) => n.link !== null && (n.link.includes(topic.topicId) || n.link.includes(fromGiulia.postId));
    expect(after.some((n) => n.payload.topic === "Prosieguo amministrativo")).toBe(false);
    expect(after.some((n) => n.payload.topic === "Altro argomento")).toBe(true);
    expect(after.some(intoTopic)).toBe(false);
    // The Brescia coordinator's flag notification about it is gone too; Milano's people keep theirs.
    expect((await notificationsOf(coordBS.id)).some((n) => n.payload.topic === "Prosieguo amministrativo")).toBe(false);
    expect((await notificationsOf(coordMI.id)).some((n) => n.payload.topic === "Prosieguo amministrativo")).toBe(true);
    expect((await notificationsOf(admin.id)).some((n) => n.payload.topic === "Prosieguo amministrativo")).toBe(true);
    expect((await notificationsOf(anna.id)).some((n) => n.payload.topic === "Prosieguo amministrativo")).toBe(true);
    // The queue follows the topic: the Brescia coordinator no longer sees the flag.
    expect((await moderationQueue(coordBS)).some((i) => i.post.id === fromGiulia.postId)).toBe(false);
    expect((await moderationQueue(coordMI)).find((i) => i.post.id === fromGiulia.postId)?.category.name).toBe("Tutori Milano");

    const [logged] = await db()
      .select()
      .from(forumModerationLog)
      .where(and(eq(forumModerationLog.topicId, topic.topicId), eq(forumModerationLog.action, "move")));
    expect(logged).toMatchObject({ categoryId: shared.id, toCategoryId: milano.id, actorId: coordMI.id, reason: "Riguarda solo Milano" });
  });

  it("marks the solution by the author or a moderator, only in Q&A categories", async () => {
    const { coordMI, anna, luca } = await people("Cinque");
    const qa = await createCategory({ districtCode: "MI", kind: "qa" });
    const discussion = await createCategory({ districtCode: "MI" });
    const question = await topicIn(qa.id, anna, "Come si converte il permesso a 18 anni?");
    const good = await answer(question.topicId, luca, "Entro 60 giorni, in questura.");
    const other = await answer(question.topicId, coordMI, "Confermo.");

    await expect(markSolved(luca, question.topicId, good.postId)).rejects.toMatchObject({ init: { status: 403 } });
    expect(await markSolved(anna, question.topicId, question.postId)).toMatchObject({ ok: false, error: "forummod.error.notAReply" });
    expect(await markSolved(anna, question.topicId, good.postId)).toEqual({ ok: true, topicId: question.topicId, number: 2 });
    let page = await topicPage(luca, question.topicId);
    expect(page.solution).toMatchObject({ id: good.postId, number: 2 });
    expect((await listTopics(luca, qa, { solved: "risolte" })).topics.map((t) => t.id)).toEqual([question.topicId]);

    expect(await markSolved(coordMI, question.topicId, other.postId)).toMatchObject({ ok: true, number: 3 });
    page = await topicPage(anna, question.topicId);
    expect(page.solution?.id).toBe(other.postId);
    await expect(unmarkSolved(luca, question.topicId)).rejects.toMatchObject({ init: { status: 403 } });
    expect(await unmarkSolved(anna, question.topicId)).toMatchObject({ ok: true, number: 3 });
    expect((await listTopics(luca, qa, { solved: "non-risolte" })).topics.map((t) => t.id)).toEqual([question.topicId]);
    expect(await unmarkSolved(anna, question.topicId)).toMatchObject({ ok: false, error: "forummod.error.noSolution" });

    const talk = await topicIn(discussion.id, anna, "Chiacchiere");
    const r = await answer(talk.topicId, luca);
    expect(await markSolved(coordMI, talk.topicId, r.postId)).toMatchObject({ ok: false, error: "forummod.error.notQa" });

    const logged = await db().select().from(forumModerationLog).where(eq(forumModerationLog.topicId, question.topicId));
    expect(logged.map((l) => `${l.action}:${l.actorId === anna.id ? "author" : "moderator"}`).sort()).toEqual([
      "mark_solved:author",
      "mark_solved:moderator",
      "unmark_solved:author",
    ]);
  });

  it("shows the log of the categories one moderates, newest first, with names and categories", async () => {
    const { coordMI, coordBS, admin, anna, luca } = await people("Sei");
    const shared = await createCategory({ name: "Comune" });
    const milano = await createCategory({ districtCode: "MI", name: "Solo Milano" });
    const brescia = await createCategory({ districtCode: "BS", name: "Solo Brescia" });
    const bsGuardian = await member({ roles: [["guardian", "BS"]] });
    const t1 = await topicIn(milano.id, anna, "Primo argomento del registro");
    const r1 = await answer(t1.topicId, luca);
    const t2 = await topicIn(shared.id, anna, "Secondo argomento del registro");
    const t3 = await topicIn(brescia.id, bsGuardian, "Argomento di Brescia");

    await pinTopic(coordMI, t1.topicId);
    await hidePost(coordMI, r1.postId, "Fuori luogo");
    await flagPost(anna, (await answer(t2.topicId, luca)).postId, { reason: "spam" });
    await lockTopic(admin, t3.topicId);
    await moveTopic(coordMI, t2.topicId, milano.id);

    const mine = await moderationLog(coordMI);
    const mineForT1T2 = mine.entries.filter((e) => e.topic && [t1.topicId, t2.topicId].includes(e.topic.id));
    expect(mineForT1T2.map((e) => e.action)).toEqual(["move", "hide", "pin"]);
    expect(mine.entries.some((e) => e.topic?.id === t3.topicId)).toBe(false);
    expect(mineForT1T2[0]).toMatchObject({ actorName: coordMI.name, fromCategory: "Comune", toCategory: "Solo Milano", topic: { title: "Secondo argomento del registro" } });
    expect(mineForT1T2[1]).toMatchObject({ reason: "Fuori luogo", post: { id: r1.postId, number: 2 } });

    // The Brescia coordinator sees the shared category's move but not the topic (now in Milano's).
    const theirs = await moderationLog(coordBS);
    const move = theirs.entries.find((e) => e.action === "move" && e.fromCategory === "Comune");
    expect(move).toMatchObject({ topic: null, toCategory: null });
    const inMilano = await db().select({ id: forumModerationLog.id }).from(forumModerationLog).where(eq(forumModerationLog.topicId, t1.topicId));
    expect(inMilano).toHaveLength(2);
    expect(theirs.entries.some((e) => inMilano.some((m) => m.id === e.id))).toBe(false);
    expect(theirs.entries.some((e) => e.action === "lock" && e.topic?.id === t3.topicId)).toBe(true);

    const all = await moderationLog(admin);
    expect(all.total).toBeGreaterThanOrEqual(4);
    const open = await db().select().from(forumFlags).where(isNull(forumFlags.resolvedAt));
    expect(open.length).toBeGreaterThanOrEqual(1);
  });
});
