// Consulenze legali end to end: a Milano guardian files a request with a PDF; a Milano consultant
// takes it, writes an internal note and a reply; the guardian sees the reply (and gets the e-mail)
// but never the note; the Brescia consultant and the Milano coordinator get 404 on the request and
// its attachment; the guardian rates the answer. Then bad input with JavaScript disabled.
import type { Browser, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, login, openCheckedPage, readMail, test, tr, watchErrors } from "./fixtures";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

async function as(browser: Browser, email: string, run: (page: Page) => Promise<void>) {
  const other = await openCheckedPage(browser);
  try {
    await login(other.page, email);
    await expectNoAxeViolations(other.page);
    await run(other.page);
    other.verify();
  } finally {
    await other.close();
  }
}

test("a guardian asks, a consultant answers with an internal note the guardian never sees", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const marker = Date.now().toString(36);
  const subject = `Iscrizione scolastica a metà anno ${marker}`;
  const note = `NOTA-RISERVATA-${marker}: verificare con la comunità`;
  const answer = `Puoi chiedere l'iscrizione in qualsiasi momento dell'anno (${marker}).`;

  // The guardian: step 1 (subject), step 2 (the form with a PDF).
  await login(page, "tutore.milano@example.org");
  await expectNoAxeViolations(page);
  await page.goto("/consulenze/nuova");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr("it", "consultguardian.new.title"));
  await expectNoAxeViolations(page);
  await page.locator('select[name="categoria"]').selectOption("school");
  await page.locator('input[name="oggetto"]').fill(subject);
  await page.getByRole("button", { name: tr("it", "consultguardian.new.step1.submit") }).click();
  await expect(page.locator('textarea[name="description"]')).toBeAttached();
  await expectNoAxeViolations(page);
  await page.locator('textarea[name="description"]').fill("Il ragazzo è arrivato a novembre: la scuola dice che è tardi per iscriverlo.");
  await page.locator('input[type="file"][name="attachments"]').setInputFiles({ name: "lettera-scuola.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: tr("it", "consultguardian.new.submit") }).click();
  await expect(page).toHaveURL(/\/consulenze\/[0-9a-f-]{36}\?esito=inviata$/);
  await expect(page.getByText(tr("it", "consultguardian.outcome.inviata"))).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(subject);
  await expectNoAxeViolations(page);
  const requestPath = new URL(page.url()).pathname;
  const attachmentPath = await page.locator('a[href*="/allegati/"]').first().getAttribute("href");
  expect(attachmentPath).toMatch(/^\/consulenze\/[0-9a-f-]{36}\/allegati\/[0-9a-f-]{36}$/);

  // The Milano consultant takes it, writes an internal note, then the reply that answers it.
  await as(browser, "consulente.milano@example.org", async (p) => {
    await p.goto(requestPath);
    await expect(p.getByRole("heading", { level: 1 })).toContainText(subject);
    await expectNoAxeViolations(p);
    await p.getByRole("button", { name: tr("it", "consultguardian.assign.take") }).click();
    await expect(p.getByText(tr("it", "consultguardian.outcome.presa"))).toBeVisible();
    await p.locator('textarea[name="note"]').fill(note);
    await p.getByRole("button", { name: tr("it", "consultguardian.notes.submit") }).click();
    await expect(p.getByText(tr("it", "consultguardian.outcome.nota"))).toBeVisible();
    await expect(p.getByText(note)).toBeVisible();
    // The note went to the notes, not into the reply box.
    await expect(p.locator('textarea[name="body"]')).toHaveValue("");
    await p.locator('textarea[name="body"]').fill(answer);
    await p.locator('select[name="nextStatus"]').selectOption("answered");
    await p.getByRole("button", { name: tr("it", "consultguardian.reply.submit") }).click();
    await expect(p.getByText(tr("it", "consultguardian.outcome.risposta"))).toBeVisible();
    await expect(p.locator("main")).toContainText(answer);
    await expectNoAxeViolations(p);
  });

  // The guardian sees the reply, never the note.
  await page.goto(requestPath);
  await expect(page.locator("main")).toContainText(answer);
  await expect(page.locator("main")).toContainText(tr("it", "consultations.status.answered"));
  expect(await page.content()).not.toContain(note);
  expect(await page.content()).not.toContain("NOTA-RISERVATA");
  await expectNoAxeViolations(page);

  // The outbox holds the e-mail about the reply, without the note.
  const mail = await readMail(browser, "tutore.milano@example.org", "Nuova risposta alla tua richiesta");
  expect(mail).toContain(subject);
  expect(mail).not.toContain("NOTA-RISERVATA");

  // Another district's consultant and a coordinator of the same district: the request does not exist for them.
  for (const email of ["consulente.brescia@example.org", "coordinatore.milano@example.org"]) {
    await as(browser, email, async (p) => {
      const res = await p.goto(requestPath);
      expect(res?.status(), `${email} on the request`).toBe(404);
      await expect(p.locator("main")).not.toContainText(subject);
      await expectNoAxeViolations(p);
      const file = await p.request.get(attachmentPath!);
      expect(file.status(), `${email} on the attachment`).toBe(404);
    });
  }

  // The guardian downloads the attachment (as an attachment, never inline) and rates the answer.
  const download = await page.request.get(attachmentPath!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect(download.headers()["content-type"]).toBe("application/pdf");
  await page.locator('input[name="score"][value="5"]').check();
  await page.locator('textarea[name="comment"]').fill("Risposta chiara e veloce.");
  await page.getByRole("button", { name: tr("it", "consultguardian.rating.submit") }).click();
  await expect(page.getByText(tr("it", "consultguardian.outcome.valutata"))).toBeVisible();
  await expect(page.getByText(tr("it", "consultguardian.rating.given", { score: 5 }))).toBeVisible();
  await expectNoAxeViolations(page);
});

test("without JavaScript a renamed executable is refused with its message, the text is kept and nothing is filed", async ({ browser }) => {
  test.setTimeout(90_000);
  const subject = `Permesso per minore età ${Date.now().toString(36)}`;
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "it-IT" });
  const page = await context.newPage();
  // axe cannot run where scripts are off: these pages are checked with JavaScript in the test above.
  const errors = watchErrors(page);
  try {
    await login(page, "tutore.milano@example.org", undefined, { checkA11y: false });
    await page.goto(`/consulenze/nuova?categoria=residence_permit&oggetto=${encodeURIComponent(subject)}`);
    await page.locator('textarea[name="description"]').fill("Serve il passaporto per il rinnovo?");
    await page.locator('input[type="file"][name="attachments"]').setInputFiles({
      name: "passaporto.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]),
    });
    await page.getByRole("button", { name: tr("it", "consultguardian.new.submit") }).click();
    await expect(page).toHaveURL(/\/consulenze\/nuova/);
    await expect(page.locator("main")).toContainText(tr("it", "consultations.validation.fileType", { filename: "passaporto.pdf" }));
    await expect(page.locator('textarea[name="description"]')).toHaveValue("Serve il passaporto per il rinnovo?");
    await expect(page.locator('input[name="subject"]')).toHaveValue(subject);
    // Nothing was filed: the guardian's list does not hold the subject.
    await page.goto("/consulenze");
    await expect(page.locator("main")).not.toContainText(subject);
    expect(errors(), "browser errors without JavaScript").toEqual([]);
  } finally {
    await context.close();
  }
});
