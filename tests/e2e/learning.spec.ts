// Taking the initial course in the browser: a new candidate enrols, fails a quiz and sees the
// explanations, passes on retry, finishes every module, downloads the certificate and checks its
// code on the public page; and reading a module and submitting a quiz without JavaScript.
import path from "node:path";
import type { Page } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { readContent, type ModuleFile } from "../../app/modules/training/content-files.server";
import { createVerifiedAccount, expect, expectNoAxeViolations, login, test, tr, watchErrors } from "./fixtures";

const content = readContent(path.resolve(import.meta.dirname, "../../content"));
const course = content.find((c) => c.slug === "corso-base-tutori")!;
const h1 = (page: Page) => page.getByRole("heading", { level: 1 });

/** Ticks the right answers (or, with `wrong`, only wrong ones) of a module's quiz in the page. */
async function answer(page: Page, module: ModuleFile, wrong = false) {
  for (const q of module.quiz!.questions) {
    const options = wrong ? [q.options.find((o) => !o.correct)!] : q.options.filter((o) => o.correct);
    for (const o of options) await page.locator(`#answer-${q.id}-${o.id}`).check();
  }
}

async function submitQuiz(page: Page) {
  await page.getByRole("button", { name: tr("it", "training.quiz.submit") }).click();
}

test("a candidate fails a quiz, passes on retry, completes the course and verifies the certificate", async ({ page, browser }) => {
  test.setTimeout(150_000);
  expect(course, "content/courses/corso-base-tutori").toBeDefined();
  const account = await createVerifiedAccount(browser, "corso");
  await login(page, account.email, account.password, { acceptPledge: true });
  await expectNoAxeViolations(page);

  await page.goto("/formazione");
  await expect(h1(page)).toHaveText("Formazione");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: course.title }).first().click();
  await expect(h1(page)).toHaveText(course.title);
  await expect(page.getByText(tr("it", "training.status.notEnrolled"))).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: tr("it", "training.course.enrol") }).click();
  await expect(page.getByText(tr("it", "training.course.enrolledNow"))).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: tr("it", "training.course.start") }).click();

  // First module: fail, read the feedback, try again, pass.
  const first = course.modules[0];
  await expect(h1(page)).toHaveText(first.title);
  await expectNoAxeViolations(page);
  await answer(page, first, true);
  await submitQuiz(page);
  await expect(page.getByText(/^Quiz non superato: 0 risposte giuste/)).toBeVisible();
  await expect(page.getByText(first.quiz!.questions[0].explanation)).toBeVisible();
  await expect(page.locator(".quiz-review-item.is-wrong")).toHaveCount(first.quiz!.questions.length);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: tr("it", "training.quiz.retry") }).click();
  await expect(page.locator(".quiz-form input:checked")).toHaveCount(0);
  await answer(page, first);
  await submitQuiz(page);
  await expect(page.getByText(/^Quiz superato:/)).toBeVisible();
  await page.getByRole("button", { name: tr("it", "training.module.markRead") }).click();
  await expect(page.getByText(tr("it", "training.module.markedRead"))).toBeVisible();
  await expectNoAxeViolations(page);

  // The other modules, straight through.
  for (const [i, module] of course.modules.slice(1).entries()) {
    await page.goto(`/formazione/corsi/${course.slug}/${module.slug}`);
    await expect(h1(page)).toHaveText(module.title);
    await expectNoAxeViolations(page);
    if (module.quiz) {
      await answer(page, module);
      await submitQuiz(page);
      await expect(page.getByText(/^Quiz superato:/)).toBeVisible();
    }
    await page.getByRole("button", { name: tr("it", "training.module.markRead") }).click();
    const last = i === course.modules.length - 2;
    await expect(page.getByText(tr("it", last ? "training.module.courseCompleted" : "training.module.markedRead"))).toBeVisible();
  }
  await expectNoAxeViolations(page);

  // The certificate: a PDF whose code the public page confirms.
  const href = await page.getByRole("link", { name: tr("it", "training.certificate.download") }).getAttribute("href");
  expect(href).toMatch(/^\/attestati\/[0-9a-f-]{36}$/);
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const code = /filename="attestato-(PT-[A-Z0-9-]{14})\.pdf"/.exec(response.headers()["content-disposition"] ?? "")?.[1];
  expect(code).toBeTruthy();
  const bytes = await response.body();
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  expect((await PDFDocument.load(bytes)).getSubject()).toBe(code);

  await page.goto("/formazione");
  await expect(page.getByText(tr("it", "training.status.completed", { date: "" }).trim()).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/attestati/verifica");
  await expectNoAxeViolations(page);
  await page.getByLabel(tr("it", "training.certificate.codeLabel")).fill(code!.toLowerCase());
  await page.getByRole("button", { name: tr("it", "training.certificate.check") }).click();
  await expect(page).toHaveURL(new RegExp(`/attestati/verifica/${code}$`));
  await expect(h1(page)).toHaveText(tr("it", "training.certificate.resultTitle", { code: code! }));
  await expect(page.getByRole("main").getByText(account.name)).toBeVisible();
  await expect(page.getByText(tr("it", "training.certificate.confirmed"))).toBeVisible();
  await expectNoAxeViolations(page);

  const unknown = await page.goto("/attestati/verifica/PT-AAAA-AAAA-AAAA");
  expect(unknown?.status()).toBe(404);
  await expect(h1(page)).toHaveText(tr("it", "training.certificate.notFoundTitle"));
  await expect(page.getByRole("main").getByText(account.name)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("without JavaScript a candidate reads a module and submits its quiz", async ({ browser }) => {
  test.setTimeout(90_000);
  const account = await createVerifiedAccount(browser, "senza-js");
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "it-IT" });
  const page = await context.newPage();
  // axe cannot run where scripts are off: these pages are checked with JavaScript in the test above.
  const errors = watchErrors(page);
  try {
    await page.goto("/accedi");
    await login(page, account.email, account.password, { acceptPledge: true, checkA11y: false });
    const module = course.modules.find((m) => m.quiz && m.quiz.questions.length > 1)!;
    await page.goto(`/formazione/corsi/${course.slug}/${module.slug}`);
    await expect(h1(page)).toHaveText(module.title);
    await page.getByRole("button", { name: tr("it", "training.module.markRead") }).click();
    await expect(page.getByText(tr("it", "training.module.markedRead"))).toBeVisible();

    // One answer missing: the message is at that question and the other answers stay ticked.
    const [q1, q2] = module.quiz!.questions;
    const kept = q1.options.find((o) => o.correct)!;
    await page.locator(`#answer-${q1.id}-${kept.id}`).check();
    await submitQuiz(page);
    await expect(page.locator(`#question-${q2.id}`).getByText(tr("it", "training.quiz.unanswered"))).toBeVisible();
    await expect(page.locator(`#answer-${q1.id}-${kept.id}`)).toBeChecked();

    await answer(page, module);
    await submitQuiz(page);
    await expect(page.getByText(/^Quiz superato:/)).toBeVisible();
    await expect(page.getByText(module.quiz!.questions[0].explanation)).toBeVisible();
    await page.getByRole("link", { name: tr("it", "training.quiz.retry") }).click();
    await expect(page.locator(".quiz-form input:checked")).toHaveCount(0);
    await expect(page.getByText(/Hai superato il quiz il/)).toBeVisible();
    expect(errors(), "browser errors without JavaScript").toEqual([]);
  } finally {
    await context.close();
  }
});

test("a trainer browses the catalogue without an enrol button", async ({ page }) => {
  await login(page, "formatore@example.org");
  await expectNoAxeViolations(page);
  await page.goto("/formazione");
  await expect(page.getByText(tr("it", "training.catalogue.browseOnly"))).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/formazione/corsi/${course.slug}`);
  await expect(page.getByRole("button", { name: tr("it", "training.course.enrol") })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.goto(`/formazione/corsi/${course.slug}/${course.modules[0].slug}`);
  await expect(page.getByText(tr("it", "training.module.browseOnly"))).toBeVisible();
  await expect(page.getByRole("button", { name: tr("it", "training.quiz.submit") })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
