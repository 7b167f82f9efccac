// Authoring end to end: a trainer writes a module with the TipTap editor, saves a draft that a
// candidate cannot see, publishes it and the candidate reads it; the editor without JavaScript;
// the version history and the conflicts page. Every page is checked with axe.
import crypto from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, instrument, login, openCheckedPage, test, tr } from "./fixtures";

const TRAINER = "formatore@example.org";
const CANDIDATE = "aspirante@example.org";
const BASE_COURSE = "corso-base-tutori";
const h1 = (page: Page) => page.getByRole("heading", { level: 1 });

async function openCourseAsTrainer(page: Page, slug: string) {
  await page.goto("/formazione/gestione");
  await expect(h1(page)).toHaveText(tr("it", "authoring.title"));
  await expectNoAxeViolations(page);
  await page.locator(`main a[href="/formazione/gestione/corsi/${slug}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/formazione/gestione/corsi/${slug}$`));
  await expectNoAxeViolations(page);
}

test("a trainer writes a module with the editor, saves a draft, publishes it; a candidate reads it only then", async ({ page, browser }) => {
  const suffix = crypto.randomBytes(3).toString("hex");
  const title = `Modulo di prova ${suffix}`;
  await login(page, TRAINER);
  await openCourseAsTrainer(page, BASE_COURSE);
  await page.getByRole("link", { name: tr("it", "authoring.modules.new") }).click();
  await expect(h1(page)).toHaveText(tr("it", "authoring.module.newTitle"));

  // With JavaScript the textarea gives way to the editor and its toolbar.
  const editor = page.locator(".md-editor-content[contenteditable='true']");
  await expect(editor).toBeVisible();
  await expect(page.locator("textarea[name='bodyMd']")).toBeHidden();
  await expectNoAxeViolations(page);

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
  await expectNoAxeViolations(page);

  // The candidate cannot see the draft.
  const learnerPath = `/formazione/corsi/${BASE_COURSE}/modulo-di-prova-${suffix}`;
  const learner = await openCheckedPage(browser);
  try {
    await login(learner.page, CANDIDATE, undefined, { acceptPledge: true });
    const response = await learner.page.goto(learnerPath);
    expect(response?.status()).toBe(404);
    await expectNoAxeViolations(learner.page);

    // Published, it is there, rendered.
    await page.getByRole("button", { name: tr("it", "authoring.module.publish") }).click();
    await expect(page.getByText(tr("it", "authoring.module.publishedDone", { number: 1 }))).toBeVisible();
    await expectNoAxeViolations(page);

    const published = await learner.page.goto(learnerPath);
    expect(published?.status()).toBe(200);
    await expect(h1(learner.page)).toContainText(title);
    const main = learner.page.getByRole("main");
    await expect(main.getByRole("heading", { level: 2, name: "Prima sezione" })).toBeVisible();
    await expect(main.locator("strong", { hasText: "parola forte" })).toBeVisible();
    await expectNoAxeViolations(learner.page);
    learner.verify();
  } finally {
    await learner.close();
  }
});

test("the module editor works without JavaScript: textarea, preview, draft, quiz editor", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "it-IT" });
  const page = await context.newPage();
  const verify = instrument(page);
  try {
    await login(page, TRAINER);
    await openCourseAsTrainer(page, BASE_COURSE);
    await page.getByRole("link", { name: tr("it", "authoring.modules.new") }).click();
    await expect(page.locator(".md-editor-content")).toHaveCount(0);
    const body = page.locator("textarea[name='bodyMd']");
    await expect(body).toBeVisible();
    await expectNoAxeViolations(page);

    // Validation: messages at the fields, input kept.
    await page.getByLabel(tr("it", "authoring.module.minutes")).fill("0");
    await body.fill("## Senza script\n\nTesto *semplice*. <script>alert(1)</script>");
    await page.getByRole("button", { name: tr("it", "authoring.module.saveDraft") }).click();
    await expect(page.locator("#field-title-error")).toHaveText(tr("it", "authoring.module.titleRequired"));
    await expect(page.locator("#field-minutes-error")).toHaveText(tr("it", "authoring.module.minutesInvalid"));
    await expect(body).toHaveValue(/Testo \*semplice\*/);
    await expectNoAxeViolations(page);

    await page.getByLabel(tr("it", "authoring.module.title"), { exact: true }).fill("Modulo senza JavaScript");
    await page.getByLabel(tr("it", "authoring.module.minutes")).fill("10");
    await page.getByRole("button", { name: tr("it", "authoring.module.preview") }).click();
    const preview = page.locator("section.preview");
    await expect(preview.getByRole("heading", { level: 2, name: "Senza script" })).toBeVisible();
    await expect(preview.locator("em")).toHaveText("semplice");
    await expect(preview).toContainText("<script>alert(1)</script>");
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: tr("it", "authoring.module.saveDraft") }).click();
    await expect(page.getByText(tr("it", "authoring.module.saved", { number: 1 }))).toBeVisible();
    await expectNoAxeViolations(page);

    // The quiz editor: add a question, get messages, fix them, save.
    await page.getByRole("link", { name: tr("it", "authoring.module.quiz") }).click();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: tr("it", "authoring.quiz.addQuestion") }).click();
    await expect(page.getByRole("group", { name: tr("it", "authoring.quiz.question", { n: 1 }) })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel(tr("it", "authoring.quiz.text")).fill("Quanti minori segue al massimo un tutore?");
    await page.locator("#field-q-0-o-0-text").fill("Tre");
    await page.locator("#field-q-0-o-1-text").fill("Dieci");
    await page.getByRole("button", { name: tr("it", "authoring.quiz.save") }).first().click();
    await expect(page.locator("#field-q-0-options-error")).toHaveText(tr("it", "authoring.quiz.singleOneCorrect"));
    await expect(page.locator("#field-q-0-o-0-text")).toHaveValue("Tre");
    await expectNoAxeViolations(page);
    await page.locator("#field-q-0-o-0-correct").check();
    await page.getByRole("button", { name: tr("it", "authoring.quiz.save") }).first().click();
    await expect(page.getByText(tr("it", "authoring.quiz.saved", { number: 2 }))).toBeVisible();
    await expectNoAxeViolations(page);
    verify();
  } finally {
    await context.close();
  }
});

test("the version history shows the demo trainer's edits; a version is viewed and restored; conflicts page", async ({ page }) => {
  await login(page, TRAINER);
  await openCourseAsTrainer(page, "aggiornamento-tutori");
  await page.getByRole("link", { name: /I 18 anni in pratica/ }).click();
  await expect(page).toHaveURL(/\/formazione\/gestione\/moduli\/[0-9a-f-]{36}$/);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: tr("it", "authoring.module.history") }).click();
  await expectNoAxeViolations(page);
  const rows = page.locator("main tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(tr("it", "authoring.versions.source.portal"));
  await expect(rows.first()).toContainText(tr("it", "authoring.versions.published"));
  await expect(rows.nth(1)).toContainText(tr("it", "authoring.versions.source.file"));

  await page.getByRole("link", { name: tr("it", "authoring.versions.view", { number: 1 }) }).click();
  await expect(page.getByRole("heading", { level: 2, name: /Versione 1/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: tr("it", "authoring.versions.restore", { number: 1 }) }).click();
  await expect(page.getByText(tr("it", "authoring.versions.restored", { from: 1, number: 3 }))).toBeVisible();
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText(tr("it", "authoring.versions.latest"));
  await expect(rows.first()).not.toContainText(tr("it", "authoring.versions.published"));
  await expectNoAxeViolations(page);

  await page.goto("/formazione/gestione/conflitti");
  await expect(h1(page)).toHaveText(tr("it", "authoring.conflicts.title"));
  await expectNoAxeViolations(page);
  await page.goto("/formazione/gestione/corsi/nuovo");
  await expect(h1(page)).toHaveText(tr("it", "authoring.course.newTitle"));
  await expectNoAxeViolations(page);
});
