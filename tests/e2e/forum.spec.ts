// Forum end to end with two people of Milano: Giulia (guardian) opens a topic in "Tutori Milano"
// mentioning Elena (coordinator); Elena is notified and replies with JavaScript disabled; Giulia
// sees the unread count and lands on the first unread post; searching an inflected Italian word
// finds the topic. A guardian of Brescia gets 404 on the category and the topic and finds nothing
// of it in search. Then the check for a minor's personal data holds a post with a tax code.
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, login, test, tr } from "./fixtures";

const CATEGORY = "/forum/tutori-milano";

/** The new-topic page is for writing: with JavaScript the editor replaces the textarea at once. */
async function writeInEditor(page: Page, text: string) {
  const editor = page.locator(".md-editor-content[contenteditable='true']");
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.type(text);
}

test("a topic, a mention, a reply without JavaScript, unread counts, search and the district wall", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const marker = `z${Date.now().toString(36)}`;
  const title = `Conversione del permesso a 18 anni ${marker}`;
  const reply = `Io ho fatto la richiesta in Questura tre mesi prima (${marker}).`;

  // Giulia opens the topic, mentioning Elena.
  await login(page, "tutore.milano@example.org");
  await expectNoAxeViolations(page);
  await page.goto("/forum");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Tutori Milano", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${CATEGORY}$`));
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: tr("it", "forumlist.category.newTopic") }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr("it", "forumlist.new.title"));
  await expectNoAxeViolations(page);
  await page.locator('input[name="title"]').fill(title);
  await writeInEditor(
    page,
    `Ciao @Elena Fontana, per la conversione del permesso di soggiorno al compimento dei 18 anni quali documenti servono? (${marker})`,
  );
  await page.getByRole("button", { name: tr("it", "forumlist.new.submit") }).click();
  await expect(page).toHaveURL(/\/forum\/argomenti\/[0-9a-f-]{36}(\?pagina=\d+)?#m1$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(page.locator(".mention").first()).toHaveText("@Elena Fontana");
  await expectNoAxeViolations(page);
  const topicPath = new URL(page.url()).pathname;

  // Elena, without JavaScript: the notification, then her reply.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  try {
    const p = await noJs.newPage();
    await login(p, "coordinatore.milano@example.org", undefined, { checkA11y: false });
    await p.goto("/notifiche");
    const item = p.locator("li.notification").filter({ hasText: title }).first();
    await expect(item).toContainText(tr("it", "notifications.kind.forum_mention.title", { author: "Giulia Ferrari" }));
    await item.getByRole("button", { name: tr("it", "notifications.open") }).click();
    await expect(p).toHaveURL(new RegExp(`${topicPath}(\\?pagina=\\d+)?#m1$`));
    await p.locator('textarea[name="body"]').fill(reply);
    await p.getByRole("button", { name: tr("it", "forumtopic.reply.submit") }).click();
    await expect(p).toHaveURL(new RegExp(`${topicPath}(\\?pagina=\\d+)?#m2$`));
    await expect(p.locator("#m2")).toContainText(reply);
  } finally {
    await noJs.close();
  }

  // Giulia sees one unread post and lands on it.
  await page.goto(CATEGORY);
  const row = page.locator("li, tr").filter({ has: page.getByRole("link", { name: title, exact: true }) }).last();
  const unread = row.getByRole("link", { name: new RegExp(tr("it", "forumlist.topic.unreadOne")) });
  await expect(unread).toBeVisible();
  await expectNoAxeViolations(page);
  await unread.click();
  await expect(page).toHaveURL(new RegExp(`${topicPath}(\\?pagina=\\d+)?#m2$`));
  await expect(page.locator("#m2")).toContainText(reply);
  await expectNoAxeViolations(page);

  // Searching "permessi" (the post says "permesso") finds the topic.
  await page.goto(`/forum/cerca?q=${encodeURIComponent(`permessi ${marker}`)}`);
  await expect(page.locator("main")).toContainText(title);
  await expect(page.locator("main mark").first()).toBeVisible();
  await expectNoAxeViolations(page);

  // A guardian of Brescia: the category and the topic do not exist for him, nor do search results.
  const brescia = await browser.newContext();
  try {
    const p = await brescia.newPage();
    await login(p, "tutore.brescia@example.org");
    await expectNoAxeViolations(p);
    expect((await p.goto(CATEGORY))?.status()).toBe(404);
    expect((await p.goto(topicPath))?.status()).toBe(404);
    await p.goto(`/forum/cerca?q=${encodeURIComponent(marker)}`);
    await expect(p.locator("main")).not.toContainText(title);
    await expectNoAxeViolations(p);
    await p.goto(`/forum/cerca?q=${encodeURIComponent(marker)}&categoria=tutori-milano`);
    await expect(p.locator("main")).toContainText(tr("it", "forumsearch.error.category"));
    await expect(p.locator("main")).not.toContainText(title);
    await p.goto("/forum");
    await expect(p.getByRole("link", { name: "Tutori Milano", exact: true })).toHaveCount(0);
    await expect(p.getByRole("link", { name: "Tutori Brescia", exact: true })).toBeVisible();
  } finally {
    await brescia.close();
  }
});

test("a reply with a tax code is held until the author confirms; ordinary text is not", async ({ page }) => {
  test.setTimeout(90_000);
  const marker = `z${Date.now().toString(36)}`;
  await login(page, "tutore.milano@example.org");
  await expectNoAxeViolations(page);
  await page.goto(CATEGORY);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: tr("it", "forumlist.category.newTopic") }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr("it", "forumlist.new.title"));
  await expectNoAxeViolations(page);
  await page.locator('input[name="title"]').fill(`Scadenze dei documenti ${marker}`);
  await writeInEditor(page, "Il permesso di soggiorno scade a marzo: quando conviene chiedere il rinnovo?");
  await page.getByRole("button", { name: tr("it", "forumlist.new.submit") }).click();
  await expect(page).toHaveURL(/#m1$/);
  const topicPath = new URL(page.url()).pathname;

  const text = `Per la tessera sanitaria mi hanno chiesto il codice fiscale: RSSMRA08C15F205X (${marker})`;
  await page.locator('textarea[name="body"]').fill(text);
  await page.getByRole("button", { name: tr("it", "forumtopic.reply.submit") }).click();
  await expect(page.getByRole("heading", { name: tr("it", "forum.privacy.title") })).toBeVisible();
  await expect(page.locator(".privacy-hold mark")).toHaveText("RSSMRA08C15F205X");
  // Nothing was written, and the text is still in the box.
  await expect(page.locator('textarea[name="body"]')).toHaveValue(text);
  await expectNoAxeViolations(page);
  await page.goto(topicPath);
  await expect(page.locator("main")).not.toContainText("RSSMRA08C15F205X");
  await expectNoAxeViolations(page);
});
