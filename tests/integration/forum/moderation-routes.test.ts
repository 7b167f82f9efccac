// The moderation pages with real requests: who gets in (a Milano coordinator moderates Milano and
// the shared categories; Brescia's topics are 404 for them, a reader who does not moderate gets
// 403, guardians 403 on the queue, anonymous visitors the login page), and each form's answer:
// the redirect back with ?esito=<code>, or the refusal with its message and the text kept.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { notifications } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { createTopic, reply } from "../../../app/modules/forum/posts.server";
import { listTopics, topicPage } from "../../../app/modules/forum/reading.server";
import * as topicModeration from "../../../app/routes/forum.argomenti.$id.moderazione";
import * as solution from "../../../app/routes/forum.argomenti.$id.soluzione";
import * as flag from "../../../app/routes/forum.messaggi.$id.segnala";
import * as hide from "../../../app/routes/forum.messaggi.$id.nascondi";
import * as queue from "../../../app/routes/forum.moderazione._index";
import * as modLog from "../../../app/routes/forum.moderazione.registro";
import { createCategory, member } from "../../fixtures/forum";
import { useTestDatabase } from "../../support/database";
import { formRequest, getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const context = { cspNonce: "", clientIp: "127.0.0.1" };
type Args = { request: Request; params: Record<string, string>; context: typeof context };
type Route = { loader?: (args: Args) => Promise<unknown>; action?: (args: Args) => Promise<unknown> };

const get = (route: Route, path: string, params: Record<string, string>, cookie?: string) =>
  outcome(() => route.loader!({ request: getRequest(path, cookie), params, context }));
const post = (route: Route, path: string, params: Record<string, string>, fields: Record<string, string>, cookie: string) =>
  outcome(() => route.action!({ request: formRequest(path, fields, cookie), params, context }));
/** The body of a `data(…, {status})` answer. */
const body = <T = Record<string, unknown>>(value: unknown) => (value as { data: T }).data;

async function signedIn(name: string, roles: NonNullable<Parameters<typeof member>[0]>["roles"]) {
  const user = await member({ name, roles });
  return { user, cookie: await sessionCookieFor(user.id) };
}

async function world() {
  const coord = await signedIn("Marta Rossi", [["coordinator", "MI"]]);
  const anna = await signedIn("Anna Verdi", [["guardian", "MI"]]);
  const luca = await signedIn("Luca Neri", [["guardian", "MI"]]);
  const milano = await createCategory({ districtCode: "MI", name: "Tutori Milano" });
  const shared = await createCategory({ name: "Tutti i tutori" });
  const brescia = await createCategory({ districtCode: "BS", name: "Tutori Brescia" });
  const qa = await createCategory({ districtCode: "MI", kind: "qa", name: "Domande Milano" });
  const bsGuardian = await member({ roles: [["guardian", "BS"]] });
  const topic = await createTopic(anna.user, milano.id, { title: "Iscrizione a scuola", body: "Quali documenti servono?", confermaPrivacy: false });
  const bsTopic = await createTopic(bsGuardian, brescia.id, { title: "Argomento di Brescia", body: "Solo per Brescia", confermaPrivacy: false });
  if (!topic.ok || !bsTopic.ok) throw new Error("topics not created");
  const answer = await reply(luca.user, topic.topicId, { body: "Il permesso e la carta d'identità.", confermaPrivacy: false });
  if (!answer.ok) throw new Error("reply not created");
  return { coord, anna, luca, milano, shared, brescia, qa, topic, bsTopic, answer };
}

describe("moderation pages", () => {
  it("lets moderators in, 404 where they cannot read, 403 for readers and guardians, login for anonymous", async () => {
    const { coord, anna, milano, shared, brescia, topic, bsTopic } = await world();
    const page = await get(topicModeration, `/forum/argomenti/${topic.topicId}/moderazione`, { id: topic.topicId }, coord.cookie);
    expect(page.status).toBe(200);
    const targets = (page.value as Awaited<ReturnType<typeof topicModeration.loader>>).targets.map((c) => c.id);
    expect(targets).toContain(shared.id);
    expect(targets).not.toContain(milano.id);
    expect(targets).not.toContain(brescia.id);

    expect((await get(topicModeration, `/forum/argomenti/${bsTopic.topicId}/moderazione`, { id: bsTopic.topicId }, coord.cookie)).status).toBe(404);
    expect((await get(topicModeration, `/forum/argomenti/${topic.topicId}/moderazione`, { id: topic.topicId }, anna.cookie)).status).toBe(403);
    expect((await post(topicModeration, `/forum/argomenti/${topic.topicId}/moderazione`, { id: topic.topicId }, { intent: "pin" }, anna.cookie)).status).toBe(403);
    expect((await get(queue, "/forum/moderazione", {}, anna.cookie)).status).toBe(403);
    expect((await get(modLog, "/forum/moderazione/registro", {}, anna.cookie)).status).toBe(403);
    const anonymous = await get(queue, "/forum/moderazione", {});
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toBe(`/accedi?redirectTo=${encodeURIComponent("/forum/moderazione")}`);
  });

  it("pins, locks and moves a topic, going back to it with ?esito=", async () => {
    const { coord, anna, shared, brescia, topic } = await world();
    const path = `/forum/argomenti/${topic.topicId}/moderazione`;
    const params = { id: topic.topicId };
    const tooLong = await post(topicModeration, path, params, { intent: "pin", motivo: "x".repeat(501) }, coord.cookie);
    expect(tooLong.status).toBe(400);
    expect(body(tooLong.value)).toMatchObject({ group: "state", errors: { motivo: "forummod.error.reasonLong" } });
    const pinned = await post(topicModeration, path, params, { intent: "pin", motivo: "Utile a tutti i nuovi tutori" }, coord.cookie);
    expect(pinned).toMatchObject({ status: 303, location: `/forum/argomenti/${topic.topicId}?esito=pinned` });
    const locked = await post(topicModeration, path, params, { intent: "lock" }, coord.cookie);
    expect(locked.location).toBe(`/forum/argomenti/${topic.topicId}?esito=locked`);
    expect((await topicPage(anna.user, topic.topicId)).topic).toMatchObject({ pinned: true, locked: true });

    const none = await post(topicModeration, path, params, { intent: "move", categoria: "" }, coord.cookie);
    expect(none.status).toBe(400);
    expect(body(none.value)).toMatchObject({ errors: { categoria: "forummod.error.targetRequired" } });
    const refused = await post(topicModeration, path, params, { intent: "move", categoria: brescia.id }, coord.cookie);
    expect(refused.status).toBe(400);
    expect(body(refused.value)).toMatchObject({ errors: { categoria: "forummod.error.targetInvalid" }, values: { categoria: brescia.id } });
    const moved = await post(topicModeration, path, params, { intent: "move", categoria: shared.id, motivo: "" }, coord.cookie);
    expect(moved).toMatchObject({ status: 303, location: `/forum/argomenti/${topic.topicId}?esito=moved` });
    expect((await listTopics(anna.user, shared)).topics.map((t) => t.id)).toContain(topic.topicId);
    expect((await post(topicModeration, path, params, { intent: "explode" }, coord.cookie)).status).toBe(400);
    const logged = (await get(modLog, "/forum/moderazione/registro", {}, coord.cookie)).value as Awaited<ReturnType<typeof modLog.loader>>;
    const ours = logged.entries.filter((e) => e.topic?.id === topic.topicId).map((e) => [e.action, e.reason]);
    expect(ours).toEqual([
      ["move", null],
      ["lock", null],
      ["pin", "Utile a tutti i nuovi tutori"],
    ]);
  });

  it("flags a post: the form, the redirect, the moderators told, the queue, and no second flag", async () => {
    const { coord, anna, luca, topic, answer } = await world();
    const path = `/forum/messaggi/${answer.postId}/segnala`;
    const params = { id: answer.postId };
    const form = await get(flag, path, params, anna.cookie);
    expect(form.status).toBe(200);
    const shown = form.value as Awaited<ReturnType<typeof flag.loader>>;
    expect(shown.reasons[0]).toBe("minor_data");
    expect(shown.post.bodyHtml).toContain("identità");
    expect(shown.already).toBe(false);
    // Not one's own post.
    expect((await get(flag, path, params, luca.cookie)).status).toBe(403);

    const noNote = await post(flag, path, params, { motivo: "other", nota: "" }, anna.cookie);
    expect(noNote.status).toBe(400);
    expect(body(noNote.value)).toMatchObject({ errors: { nota: "forummod.error.noteRequired" }, values: { motivo: "other" } });
    const sent = await post(flag, path, params, { motivo: "minor_data", nota: "C'è il nome del ragazzo" }, anna.cookie);
    expect(sent).toMatchObject({ status: 303, location: `/forum/argomenti/${topic.topicId}?esito=flagged#m2` });
    const again = await post(flag, path, params, { motivo: "spam", nota: "" }, anna.cookie);
    expect(again.status).toBe(409);
    expect(body(again.value)).toMatchObject({ formError: "forummod.error.alreadyFlagged" });
    expect(((await get(flag, path, params, anna.cookie)).value as typeof shown).already).toBe(true);

    const told = await db().select().from(notifications).where(eq(notifications.userId, coord.user.id));
    expect(told.find((n) => n.kind === "forum_flag")).toMatchObject({
      payload: { topic: "Iscrizione a scuola", reason: "minor_data" },
      link: `/forum/moderazione#segnalazione-${answer.postId}`,
    });
    const list = await get(queue, "/forum/moderazione", {}, coord.cookie);
    expect(list.status).toBe(200);
    const items = (list.value as Awaited<ReturnType<typeof queue.loader>>).items;
    // Other tests share the database: this post is urgent, so it is among the first.
    expect(items.find((i) => i.post.id === answer.postId)).toMatchObject({ urgent: true, notes: [{ note: "C'è il nome del ragazzo" }] });
  });

  it("hides a post with a reason (author told, words gone for others) and shows it again", async () => {
    const { coord, anna, luca, topic, answer } = await world();
    const path = `/forum/messaggi/${answer.postId}/nascondi`;
    const params = { id: answer.postId };
    await post(flag, `/forum/messaggi/${answer.postId}/segnala`, params, { motivo: "offensive", nota: "" }, anna.cookie);
    expect((await get(hide, path, params, anna.cookie)).status).toBe(403);
    const form = await get(hide, path, params, coord.cookie);
    expect(form.status).toBe(200);
    expect(form.value).toMatchObject({ hidden: null, openFlags: 1 });

    const empty = await post(hide, path, params, { motivo: "  " }, coord.cookie);
    expect(empty.status).toBe(400);
    expect(body(empty.value)).toMatchObject({ errors: { motivo: "forummod.error.reasonRequired" } });
    const hidden = await post(hide, path, params, { motivo: "Tono offensivo verso un'altra tutrice" }, coord.cookie);
    expect(hidden).toMatchObject({ status: 303, location: `/forum/argomenti/${topic.topicId}?esito=hidden#m2` });

    const told = await db().select().from(notifications).where(eq(notifications.userId, luca.user.id));
    expect(told.find((n) => n.kind === "forum_post_hidden")?.payload).toEqual({ topic: "Iscrizione a scuola", reason: "Tono offensivo verso un'altra tutrice" });
    const seen = await topicPage(anna.user, topic.topicId);
    expect(seen.posts[1]).toMatchObject({ state: "hidden", bodyHtml: null });
    expect(JSON.stringify(seen)).not.toContain("identità");
    const listed = (await get(queue, "/forum/moderazione", {}, coord.cookie)).value as Awaited<ReturnType<typeof queue.loader>>;
    expect(listed.items.some((i) => i.post.id === answer.postId)).toBe(false);
    expect((await get(hide, path, params, coord.cookie)).value).toMatchObject({ hidden: { reason: "Tono offensivo verso un'altra tutrice" }, openFlags: 0 });

    const shownAgain = await post(hide, path, params, { intent: "unhide" }, coord.cookie);
    expect(shownAgain).toMatchObject({ status: 303, location: `/forum/argomenti/${topic.topicId}?esito=unhidden#m2` });
    expect((await topicPage(anna.user, topic.topicId)).posts[1].bodyHtml).toContain("identità");
  });

  it("hides or dismisses from the queue", async () => {
    const { coord, anna, luca, topic, answer } = await world();
    const second = await reply(anna.user, topic.topicId, { body: "Grazie, e per la mensa?", confermaPrivacy: false });
    if (!second.ok) throw new Error("reply not created");
    await post(flag, `/forum/messaggi/${answer.postId}/segnala`, { id: answer.postId }, { motivo: "spam", nota: "" }, anna.cookie);
    await post(flag, `/forum/messaggi/${second.postId}/segnala`, { id: second.postId }, { motivo: "off_topic", nota: "" }, luca.cookie);

    const noReason = await post(queue, "/forum/moderazione", {}, { intent: "hide", postId: answer.postId, motivo: "" }, coord.cookie);
    expect(noReason.status).toBe(400);
    expect(body(noReason.value)).toEqual({ postId: answer.postId, intent: "hide", errors: { motivo: "forummod.error.reasonRequired" }, values: { intent: "hide", postId: answer.postId, motivo: "" } });
    const hidden = await post(queue, "/forum/moderazione", {}, { intent: "hide", postId: answer.postId, motivo: "Pubblicità" }, coord.cookie);
    expect(hidden).toMatchObject({ status: 303, location: "/forum/moderazione?esito=hidden" });
    const dismissed = await post(queue, "/forum/moderazione", {}, { intent: "dismiss", postId: second.postId, nota: "" }, coord.cookie);
    expect(dismissed).toMatchObject({ status: 303, location: "/forum/moderazione?esito=dismissed" });
    const again = await post(queue, "/forum/moderazione", {}, { intent: "dismiss", postId: second.postId, nota: "" }, coord.cookie);
    expect(again.status).toBe(409);
    const after = await get(queue, "/forum/moderazione?esito=dismissed", {}, coord.cookie);
    expect(after.value).toMatchObject({ outcome: "forummod.queue.outcome.dismissed" });
    const ids = (after.value as Awaited<ReturnType<typeof queue.loader>>).items.map((i) => i.post.id);
    expect(ids).not.toContain(answer.postId);
    expect(ids).not.toContain(second.postId);
    // A guardian cannot act through the queue either.
    expect((await post(queue, "/forum/moderazione", {}, { intent: "dismiss", postId: second.postId }, anna.cookie)).status).toBe(403);
  });

  it("marks the solution by the author and by a moderator; refuses others and non-Q&A topics", async () => {
    const { coord, anna, luca, qa, topic, answer } = await world();
    const question = await createTopic(anna.user, qa.id, { title: "Conversione del permesso", body: "Entro quando?", confermaPrivacy: false });
    if (!question.ok) throw new Error("not created");
    const good = await reply(luca.user, question.topicId, { body: "Entro 60 giorni dai 18 anni.", confermaPrivacy: false });
    if (!good.ok) throw new Error("not created");
    const path = `/forum/argomenti/${question.topicId}/soluzione`;
    const params = { id: question.topicId };

    expect((await post(solution, path, params, { post: good.postId }, luca.cookie)).status).toBe(403);
    const byAuthor = await post(solution, path, params, { post: good.postId }, anna.cookie);
    expect(byAuthor).toMatchObject({ status: 303, location: `/forum/argomenti/${question.topicId}?esito=solved#m2` });
    expect((await topicPage(luca.user, question.topicId)).solution?.id).toBe(good.postId);
    const unmarked = await post(solution, path, params, { post: good.postId, intent: "unmark" }, coord.cookie);
    expect(unmarked).toMatchObject({ status: 303, location: `/forum/argomenti/${question.topicId}?esito=unsolved#m2` });
    const byModerator = await post(solution, path, params, { post: good.postId }, coord.cookie);
    expect(byModerator.location).toBe(`/forum/argomenti/${question.topicId}?esito=solved#m2`);
    // The opening post is not an answer; a discussion category has no solutions.
    expect((await post(solution, path, params, { post: question.postId }, anna.cookie)).status).toBe(400);
    const notQa = await post(solution, `/forum/argomenti/${topic.topicId}/soluzione`, { id: topic.topicId }, { post: answer.postId }, coord.cookie);
    expect(notQa.status).toBe(400);
    expect((await get(solution, path, params, anna.cookie)).location).toBe(`/forum/argomenti/${question.topicId}`);
  });

  it("shows everything in the log, newest first, page by page", async () => {
    const { coord, anna, topic, answer } = await world();
    const base = `/forum/argomenti/${topic.topicId}/moderazione`;
    for (let i = 0; i < 16; i++) {
      await post(topicModeration, base, { id: topic.topicId }, { intent: i % 2 === 0 ? "pin" : "unpin" }, coord.cookie);
    }
    await post(hide, `/forum/messaggi/${answer.postId}/nascondi`, { id: answer.postId }, { motivo: "Dati personali" }, coord.cookie);

    const first = await get(modLog, "/forum/moderazione/registro", {}, coord.cookie);
    expect(first.status).toBe(200);
    const page1 = first.value as Awaited<ReturnType<typeof modLog.loader>>;
    expect(page1.entries[0]).toMatchObject({ action: "hide", reason: "Dati personali", actorName: "Marta Rossi", topic: { title: "Iscrizione a scuola" }, post: { number: 2 } });
    expect(page1.entries[1]).toMatchObject({ action: "unpin" });
    expect(page1.total).toBeGreaterThanOrEqual(17);
    const last = await get(modLog, `/forum/moderazione/registro?pagina=${page1.pages}`, {}, coord.cookie);
    const lastPage = last.value as typeof page1;
    expect(lastPage.page).toBe(page1.pages);
    expect(lastPage.entries.length).toBeGreaterThan(0);
    expect(lastPage.entries.some((e) => page1.entries.some((f) => f.id === e.id))).toBe(page1.pages === 1);
  });
});
