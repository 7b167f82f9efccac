// Authoring end to end: a trainer writes a module with the TipTap editor, saves a draft that a
// candidate cannot see, publishes it and the candidate reads it; the editor without JavaScript;
// the version history and the conflicts page. Every page is checked with axe.
import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations as axe, login, openCheckedPage, test, tr, watchErrors } from "./fixtures";

const TRAINER = "formatore@example.org";
const CANDIDATE = "aspirante@example.org";
const h1 = (page: Page) => page.getByRole("heading", { level: 1 });
// axe cannot run where scripts are off: pages seen without JavaScript are checked with it in the other tests.
const noScript = new WeakSet<Page>();
const check = (page: Page) => (noScript.has(page) ? Promise.resolve() : axe(page));

/** Creates a published course for everyone through the form; the page ends on the course's page. */
async function createCourse(page: Page, label: string): Promise<string> {
  const slug = `corso-${label}-${crypto.randomBytes(3).toString("hex")}`;
  await page.goto("/formazione/gestione");
  await expect(h1(page)).toHaveText(tr("it", "authoring.title"));
  await check(page);
  await page.getByRole("link", { name: tr("it", "authoring.courses.new") }).click();
  await expect(h1(page)).toHaveText(tr("it", "authoring.course.newTitle"));
  await check(page);
  await page.getByLabel(tr("it", "authoring.course.title"), { exact: true }).fill(`Corso ${label}`);
  await page.getByLabel(tr("it", "authoring.course.slug")).fill(slug);
  await page.getByLabel(tr("it", "authoring.course.hours")).fill("2");
  await page.getByLabel(tr("it", "authoring.course.audience"), { exact: true }).selectOption("all");
  await page.getByLabel(tr("it", "authoring.course.status"), { exact: true }).selectOption("published");
  await page.getByRole("button", { name: tr("it", "authoring.course.create") }).click();
  await expect(page).toHaveURL(new RegExp(`/formazione/gestione/corsi/${slug}\\?esito=creato$`));
  await expect(page.getByText(tr("it", "authoring.course.created"))).toBeVisible();
  await check(page);
  return slug;
}

test("a trainer writes a module with the editor, saves a draft, publishes it; a candidate reads it only then", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const suffix = crypto.randomBytes(3).toString("hex");
  const title = `Modulo di prova ${suffix}`;
  await login(page, TRAINER);
  await check(page);
  const course = await createCourse(page, "editor");
  await page.getByRole("link", { name: tr("it", "authoring.modules.new") }).click();
  await expect(h1(page)).toHaveText(tr("it", "authoring.module.newTitle"));

  // With JavaScript the textarea gives way to the editor and its toolbar.
  const editor = page.locator(".md-editor-content[contenteditable='true']");
  await expect(editor).toBeVisible();
  await expect(page.locator("textarea[name='bodyMd']")).toBeHidden();
  await check(page);

  await page.getByLabel(tr("it", "authoring.module.title"), { exact: true }).fill(title);
  await page.getByLabel(tr("it", "authoring.module.minutes")).fill("15");
  const toolbar = page.getByRole("toolbar", { name: tr("it", "authoring.editor.toolbar") });
  const bold = toolbar.getByRole("button", { name: tr("it", "authoring.editor.bold") });
  const heading = toolbar.getByRole("button", { name: tr("it", "authoring.editor.h2"), exact: true });
  await editor.click();
  await heading.click();
  await expect(heading).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.type("Prima sezione");
  await page.keyboard.press("Enter");
  await expect(heading).toHaveAttribute("aria-pressed", "false");
  await page.keyboard.type("Un testo con ");
  await bold.click();
  await expect(bold).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.type("parola forte");
  await bold.click();
  // Under load the toggle can lag behind the keyboard: wait for it before typing on.
  await expect(bold).toHaveAttribute("aria-pressed", "false");
  await page.keyboard.type(" e una fine.");
  await expect(editor.locator("h2")).toHaveText("Prima sezione");
  await expect(editor.locator("strong")).toHaveText("parola forte");
  // The hidden textarea carries the Markdown the form will send.
  await expect(page.locator("textarea[name='bodyMd']")).toHaveValue(/## Prima sezione[\s\S]*\*\*parola forte\*\*/);

  await page.getByRole("button", { name: tr("it", "authoring.module.saveDraft") }).click();
  await expect(page).toHaveURL(/\/formazione\/gestione\/moduli\/[0-9a-f-]{36}\?esito=salvato&numero=1$/);
  await expect(page.getByText(tr("it", "authoring.module.saved", { number: 1 }))).toBeVisible();
  await expect(h1(page)).toHaveText(title);
  await expect(editor.locator("strong")).toHaveText("parola forte");
  await check(page);

  // The candidate cannot see the draft.
  const learnerPath = `/formazione/corsi/${course}/modulo-di-prova-${suffix}`;
  const learner = await openCheckedPage(browser);
  try {
    await login(learner.page, CANDIDATE, undefined, { acceptPledge: true });
    await check(learner.page);
    const response = await learner.page.goto(learnerPath);
    expect(response?.status()).toBe(404);
    await check(learner.page);

    // Published, it is there, rendered.
    await page.getByRole("button", { name: tr("it", "authoring.module.publish") }).click();
    await expect(page.getByText(tr("it", "authoring.module.publishedDone", { number: 1 }))).toBeVisible();
    await check(page);

    const published = await learner.page.goto(learnerPath);
    expect(published?.status()).toBe(200);
    await expect(h1(learner.page)).toContainText(title);
    const main = learner.page.getByRole("main");
    await expect(main.getByRole("heading", { level: 2, name: "Prima sezione" })).toBeVisible();
    await expect(main.locator("strong", { hasText: "parola forte" })).toBeVisible();
    await check(learner.page);
    learner.verify();
  } finally {
    await learner.close();
  }
});

test("the module editor works without JavaScript: textarea, validation, preview, draft, quiz editor", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "it-IT" });
  const page = await context.newPage();
  noScript.add(page);
  const errors = watchErrors(page);
  try {
    await page.goto("/accedi");
    await login(page, TRAINER, undefined, { checkA11y: false });
    await createCourse(page, "senza-js");
    await page.getByRole("link", { name: tr("it", "authoring.modules.new") }).click();
    await expect(page.locator(".md-editor-content")).toHaveCount(0);
    const body = page.locator("textarea[name='bodyMd']");
    await expect(body).toBeVisible();

    // Validation: messages at the fields, input kept.
    await page.getByLabel(tr("it", "authoring.module.minutes")).fill("0");
    await body.fill("## Senza script\n\nTesto *semplice*. <script>alert(1)</script>");
    await page.getByRole("button", { name: tr("it", "authoring.module.saveDraft") }).click();
    await expect(page.locator("#field-title-error")).toHaveText(tr("it", "authoring.module.titleRequired"));
    await expect(page.locator("#field-minutes-error")).toHaveText(tr("it", "authoring.module.minutesInvalid"));
    await expect(body).toHaveValue(/Testo \*semplice\*/);

    await page.getByLabel(tr("it", "authoring.module.title"), { exact: true }).fill("Modulo senza JavaScript");
    await page.getByLabel(tr("it", "authoring.module.minutes")).fill("10");
    await page.getByRole("button", { name: tr("it", "authoring.module.preview") }).click();
    const preview = page.locator("section.preview");
    await expect(preview.getByRole("heading", { level: 2, name: "Senza script" })).toBeVisible();
    await expect(preview.locator("em")).toHaveText("semplice");
    await expect(preview).toContainText("<script>alert(1)</script>");

    await page.getByRole("button", { name: tr("it", "authoring.module.saveDraft") }).click();
    await expect(page.getByText(tr("it", "authoring.module.saved", { number: 1 }))).toBeVisible();

    // The quiz editor: add a question, get a message at it, fix it, save.
    await page.getByRole("link", { name: tr("it", "authoring.module.quiz") }).click();
    await page.getByRole("button", { name: tr("it", "authoring.quiz.addQuestion") }).click();
    await expect(page.getByRole("group", { name: tr("it", "authoring.quiz.question", { n: 1 }) })).toBeVisible();
    await page.getByLabel(tr("it", "authoring.quiz.text")).fill("Quanti minori segue al massimo un tutore?");
    await page.locator("#field-q-0-o-0-text").fill("Tre");
    await page.locator("#field-q-0-o-1-text").fill("Dieci");
    await page.getByRole("button", { name: tr("it", "authoring.quiz.save") }).first().click();
    await expect(page.locator("#field-q-0-options-error")).toHaveText(tr("it", "authoring.quiz.singleOneCorrect"));
    await expect(page.locator("#field-q-0-o-0-text")).toHaveValue("Tre");
    await page.locator("#field-q-0-o-0-correct").check();
    await page.getByRole("button", { name: tr("it", "authoring.quiz.save") }).first().click();
    await expect(page.getByText(tr("it", "authoring.quiz.saved", { number: 2 }))).toBeVisible();
    expect(errors(), "browser errors without JavaScript").toEqual([]);
  } finally {
    await context.close();
  }
});

test("the version history: versions with who and where from, viewing one, restoring it; the conflicts page", async ({ page }) => {
  test.setTimeout(90_000);
  await login(page, TRAINER);
  await check(page);
  await createCourse(page, "storia");
  await page.getByRole("link", { name: tr("it", "authoring.modules.new") }).click();
  await expect(page.locator(".md-editor-content[contenteditable='true']")).toBeVisible();
  // Messages at the fields, then a preview (checked with axe here; the no-JS test sees the same pages).
  await page.getByRole("button", { name: tr("it", "authoring.module.saveDraft") }).click();
  await expect(page.locator("#field-bodyMd-error")).toHaveText(tr("it", "authoring.module.bodyRequired"));
  await check(page);
  await page.getByLabel(tr("it", "authoring.module.title"), { exact: true }).fill("Prima stesura");
  await page.getByLabel(tr("it", "authoring.module.minutes")).fill("5");
  await page.locator(".md-editor-content").click();
  await page.keyboard.type("Il testo della prima stesura.");
  await page.getByRole("button", { name: tr("it", "authoring.module.preview") }).click();
  await expect(page.locator("section.preview")).toContainText("Il testo della prima stesura.");
  await check(page);
  await page.getByRole("button", { name: tr("it", "authoring.module.publish") }).click();
  await expect(page.getByText(tr("it", "authoring.module.publishedDone", { number: 1 }))).toBeVisible();
  await page.getByLabel(tr("it", "authoring.module.title"), { exact: true }).fill("Seconda stesura");
  await page.getByRole("button", { name: tr("it", "authoring.module.saveDraft") }).click();
  await expect(page.getByText(tr("it", "authoring.module.saved", { number: 2 }))).toBeVisible();
  await expect(page.getByText(tr("it", "authoring.module.draftPending"))).toBeVisible();
  await check(page);

  await page.getByRole("link", { name: tr("it", "authoring.module.history") }).click();
  await expect(h1(page)).toHaveText(tr("it", "authoring.versions.title", { module: "Seconda stesura" }));
  await check(page);
  const rows = page.locator("main tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(tr("it", "authoring.versions.latest"));
  await expect(rows.first()).toContainText("Paolo Rinaldi");
  await expect(rows.nth(1)).toContainText(tr("it", "authoring.versions.published"));
  await expect(rows.nth(1)).toContainText(tr("it", "authoring.versions.source.portal"));

  await page.getByRole("link", { name: tr("it", "authoring.versions.view", { number: 1 }) }).click();
  await expect(page.getByRole("heading", { level: 2, name: tr("it", "authoring.versions.viewing", { number: 1, title: "Prima stesura" }) })).toBeVisible();
  await expect(page.getByText("Il testo della prima stesura.")).toBeVisible();
  await check(page);
  await page.getByRole("button", { name: tr("it", "authoring.versions.restore", { number: 1 }) }).click();
  await expect(page.getByText(tr("it", "authoring.versions.restored", { from: 1, number: 3 }))).toBeVisible();
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText(tr("it", "authoring.versions.source.restore"));
  await expect(rows.first()).toContainText(tr("it", "authoring.versions.latest"));
  await expect(rows.first()).not.toContainText(tr("it", "authoring.versions.published"));
  await check(page);

  // The quiz editor with a message at a question.
  await page.getByRole("link", { name: tr("it", "authoring.backToModule") }).click();
  await page.getByRole("link", { name: tr("it", "authoring.module.quiz") }).click();
  await check(page);
  await page.getByRole("button", { name: tr("it", "authoring.quiz.addQuestion") }).click();
  await expect(page.locator("#field-q-0-o-1-text")).toBeVisible();
  await page.getByRole("button", { name: tr("it", "authoring.quiz.save") }).first().click();
  await expect(page.locator("#field-q-0-text-error")).toHaveText(tr("it", "authoring.quiz.textRequired"));
  await expect(page.locator("#field-q-0-options-error")).toHaveText(tr("it", "authoring.quiz.singleOneCorrect"));
  await check(page);

  await page.goto("/formazione/gestione/conflitti");
  await expect(h1(page)).toHaveText(tr("it", "authoring.conflicts.title"));
  await check(page);
});
