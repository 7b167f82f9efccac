// What happens to what people were told when things change: a category whose readers narrow takes
// its notifications away from those who lost access; a hidden answer stops being the solution; an
// edit of a hidden post notifies nobody it mentions; earlier versions stay with author and moderators.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { forumTopics, notifications } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { updateForumCategory } from "../../../app/modules/forum/categories.server";
import { hidePost, markSolved } from "../../../app/modules/forum/moderation.server";
import { createTopic, editPost, reply } from "../../../app/modules/forum/posts.server";
import { listTopics, postHistory, topicPage } from "../../../app/modules/forum/reading.server";
import { useTestDatabase } from "../../support/database";
import { createCategory, member } from "../../fixtures/forum";

useTestDatabase();

const kindsOf = async (userId: string) =>
  (await db().select().from(notifications).where(eq(notifications.userId, userId))).map((n) => n.kind);

describe("changes of access and of moderation", () => {
  it("a category narrowed to trainers takes its notifications away from the guardians", async () => {
    const category = await createCategory({ districtCode: "MI", readRoles: ["guardian", "trainer"], postRoles: ["guardian", "trainer"] });
    const trainer = await member({ name: "Tina Formatrice", roles: [["trainer", "MI"]] });
    const guardian = await member({ name: "Gino Tutore", roles: [["guardian", "MI"]] });
    const admin = await member({ roles: [["admin", null]] });
    await createTopic(trainer, category.id, { title: "Materiali del corso", body: "Ciao @Gino Tutore e @Tina Formatrice", confermaPrivacy: false });
    const topic = await createTopic(guardian, category.id, { title: "Domanda sul corso", body: "@Tina Formatrice una domanda", confermaPrivacy: false });
    expect(await kindsOf(guardian.id)).toEqual(["forum_mention"]);
    expect(await kindsOf(trainer.id)).toEqual(["forum_mention"]);

    const result = await updateForumCategory(admin, category.id, {
      name: category.name,
      slug: category.slug,
      description: "",
      district: "MI",
      kind: "discussion",
      readRoles: ["trainer"],
      postRoles: ["trainer"],
      position: 0,
      archived: false,
    });
    expect(result.ok).toBe(true);
    expect(await kindsOf(guardian.id)).toEqual([]);
    expect(await kindsOf(trainer.id)).toEqual(["forum_mention"]);
    await expect(topicPage(guardian, topic.ok ? topic.topicId : "")).rejects.toMatchObject({ init: { status: 404 } });
  });

  it("hiding the marked answer withdraws the solution; editing a hidden post notifies nobody", async () => {
    const category = await createCategory({ districtCode: "BS", kind: "qa" });
    const asker = await member({ roles: [["guardian", "BS"]] });
    const answerer = await member({ roles: [["guardian", "BS"]] });
    const named = await member({ name: "Nadia Nominata", roles: [["guardian", "BS"]] });
    const coordinator = await member({ roles: [["coordinator", "BS"]] });
    const created = await createTopic(asker, category.id, { title: "Tessera sanitaria", body: "Come si fa?", confermaPrivacy: false });
    if (!created.ok) throw new Error("not created");
    const answer = await reply(answerer, created.topicId, { body: "Alla ASST con il permesso.", confermaPrivacy: false });
    if (!answer.ok) throw new Error("no answer");
    expect((await markSolved(asker, created.topicId, answer.postId)).ok).toBe(true);
    expect((await listTopics(asker, category, { solved: "risolte" })).total).toBe(1);

    expect((await hidePost(coordinator, answer.postId, "Contiene un riferimento personale")).ok).toBe(true);
    const [topic] = await db().select().from(forumTopics).where(eq(forumTopics.id, created.topicId));
    expect(topic.solvedPostId).toBeNull();
    expect((await listTopics(asker, category, { solved: "risolte" })).total).toBe(0);
    expect((await topicPage(asker, created.topicId)).solution).toBeNull();

    await editPost(answerer, answer.postId, { body: "Alla ASST, chiedi a @Nadia Nominata", confermaPrivacy: false });
    expect(await kindsOf(named.id)).toEqual([]);
    // The author and the moderators see the earlier version; other members do not.
    expect((await postHistory(answerer, answer.postId)).revisions).toHaveLength(1);
    expect((await postHistory(coordinator, answer.postId)).revisions).toHaveLength(1);
    await expect(postHistory(asker, answer.postId)).rejects.toMatchObject({ init: { status: 404 } });
  });
});

describe("a moderator retitles a topic", () => {
  it("changes the title everywhere, in the notifications already sent too, and logs it without the old title", async () => {
    const { renameTopic, moderationLog } = await import("../../../app/modules/forum/moderation.server");
    const category = await createCategory({ districtCode: "MI" });
    const author = await member({ roles: [["guardian", "MI"]] });
    const named = await member({ name: "Ottavio Nominato", roles: [["guardian", "MI"]] });
    const coordinator = await member({ roles: [["coordinator", "MI"]] });
    const guardian = await member({ roles: [["guardian", "MI"]] });
    const created = await createTopic(author, category.id, {
      title: "Permesso per il ragazzo con cognome da togliere",
      body: "Domanda per @Ottavio Nominato",
      confermaPrivacy: false,
    });
    if (!created.ok) throw new Error("not created");
    await expect(renameTopic(guardian, created.topicId, "Titolo nuovo")).rejects.toMatchObject({ init: { status: 403 } });
    expect((await renameTopic(coordinator, created.topicId, "Permesso per minore età", "Il titolo conteneva un cognome")).ok).toBe(true);
    expect((await topicPage(guardian, created.topicId)).topic.title).toBe("Permesso per minore età");
    const [mention] = await db().select().from(notifications).where(eq(notifications.userId, named.id));
    expect(mention.payload.topic).toBe("Permesso per minore età");
    const log = await moderationLog(coordinator);
    expect(log.entries[0]).toMatchObject({ action: "rename", reason: "Il titolo conteneva un cognome" });
    expect(JSON.stringify(log.entries)).not.toContain("cognome da togliere");
  });
});
