// Training events end to end: a trainer creates an in-person event in Milano, a Milano guardian
// registers for it, and the event shows one place fewer.
import { expect, expectNoAxeViolations, login, openCheckedPage, test, tr } from "./fixtures";
import { utcToRomeLocal } from "../../app/modules/training/events-schema";

test("a trainer creates an in-person event and a guardian registers for it", async ({ page, browser }) => {
  const title = `Laboratorio di prova ${Date.now().toString(36)}`;
  const date = utcToRomeLocal(new Date(Date.now() + 30 * 24 * 3600 * 1000)).date;

  await login(page, "formatore@example.org");
  await expectNoAxeViolations(page);
  await page.goto("/formazione/incontri");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr("it", "events.list.title"));
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: tr("it", "events.list.new") }).click();
  await expect(page).toHaveURL(/\/formazione\/incontri\/nuovo$/);
  await expectNoAxeViolations(page);

  await page.getByLabel(tr("it", "events.form.title")).fill(title);
  await page.getByLabel(tr("it", "events.form.description")).fill("Porta un quaderno per gli **esercizi**.");
  await page.getByLabel(tr("it", "events.form.place")).fill("Sala formazione, via Esempio 10, Milano");
  await page.getByLabel(tr("it", "events.form.date")).fill(date);
  await page.getByLabel(tr("it", "events.form.startTime")).fill("17:30");
  await page.getByLabel(tr("it", "events.form.endTime")).fill("19:30");
  await page.getByLabel(tr("it", "events.form.capacity")).fill("5");
  await page.getByLabel(tr("it", "events.form.hours")).fill("2");
  await page.getByRole("button", { name: tr("it", "events.form.create") }).click();

  await expect(page).toHaveURL(/\/formazione\/incontri\/[0-9a-f-]{36}\?esito=creato$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText(tr("it", "events.outcome.created"))).toBeVisible();
  await expect(page.getByText(tr("it", "events.places.left", { left: 5, capacity: 5 }))).toBeVisible();
  await expect(page.locator(".event-facts")).toContainText("17:30–19:30");
  await expectNoAxeViolations(page);
  const eventPath = new URL(page.url()).pathname;

  const guardian = await openCheckedPage(browser);
  try {
    await login(guardian.page, "tutore.milano@example.org");
    await expectNoAxeViolations(guardian.page);
    await guardian.page.goto(eventPath);
    await expect(guardian.page.getByText(tr("it", "events.places.left", { left: 5, capacity: 5 }))).toBeVisible();
    await expectNoAxeViolations(guardian.page);
    await guardian.page.locator("main form").getByRole("button", { name: tr("it", "events.action.register") }).click();
    await expect(guardian.page.getByText(tr("it", "events.outcome.registered"))).toBeVisible();
    await expect(guardian.page.getByText(tr("it", "events.places.left", { left: 4, capacity: 5 }))).toBeVisible();
    await expect(guardian.page.getByText(tr("it", "events.status.registered"))).toBeVisible();
    await expectNoAxeViolations(guardian.page);
    guardian.verify();
  } finally {
    await guardian.close();
  }

  // The trainer sees the registration on the event page.
  await page.goto(eventPath);
  await expect(page.getByText(tr("it", "events.places.left", { left: 4, capacity: 5 }))).toBeVisible();
  await expect(page.getByRole("table").getByText("Giulia Ferrari")).toBeVisible();
  await expectNoAxeViolations(page);
});
