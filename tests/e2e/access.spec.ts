// Who gets in: anonymous visitors are sent to log in and back, a guardian is refused the
// administration, a disabled account is out at once; the health check answers.
import type { Page } from "@playwright/test";
import {
  acceptPledge,
  ADMIN_EMAIL,
  createVerifiedAccount,
  expect,
  expectNoAxeViolations,
  login,
  openCheckedPage,
  test,
  tr,
} from "./fixtures";

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });

for (const path of ["/profilo", "/notifiche"]) {
  test(`an anonymous visitor opening ${path} is sent to log in, then comes back to it`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/accedi\\?redirectTo=${encodeURIComponent(path)}$`));
    await expect(h1(page)).toHaveText("Accedi");
    await expectNoAxeViolations(page);

    await login(page, "aspirante@example.org");
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("banner").getByRole("button", { name: "Esci" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("a guardian opening the administration gets the 403 page", async ({ page }) => {
  await login(page, "tutore.milano@example.org");
  await expectNoAxeViolations(page);
  for (const path of ["/amministrazione", "/amministrazione/posta"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(h1(page)).toHaveText("Accesso non consentito");
    await expect(page.getByRole("main").getByRole("table")).toHaveCount(0);
    await expectNoAxeViolations(page);
  }
});

test("a disabled account is logged out at once and cannot log in again", async ({ browser }) => {
  const x = await createVerifiedAccount(browser, "disattivato");

  // Context A: the user, signed in.
  const a = await openCheckedPage(browser);
  await login(a.page, x.email, x.password, { acceptPledge: true });
  await expectNoAxeViolations(a.page);
  await a.page.goto("/profilo");
  if (new URL(a.page.url()).pathname === "/impegno") {
    // (The pledge belongs to the first login; the registration test checks where it appears.)
    await expectNoAxeViolations(a.page);
    await acceptPledge(a.page);
  }
  await expect(h1(a.page)).toHaveText("Il tuo profilo");
  await expectNoAxeViolations(a.page);

  // Context B: the admin finds the user and disables the account, giving a reason.
  const b = await openCheckedPage(browser);
  await login(b.page, ADMIN_EMAIL);
  await expectNoAxeViolations(b.page);
  await b.page.goto(`/amministrazione?q=${encodeURIComponent(x.email)}`);
  await expectNoAxeViolations(b.page);
  const row = b.page.getByRole("main").getByRole("row").filter({ hasText: x.email });
  await row.locator('a[href^="/amministrazione/utenti/"]').first().click();
  await expect(b.page).toHaveURL(/\/amministrazione\/utenti\/[0-9a-f-]{36}$/);
  await expect(b.page.getByRole("main")).toContainText(x.email);
  await expectNoAxeViolations(b.page);
  const submit = b.page.getByRole("button", { name: tr("it", "admin.disable.submit") });
  const disableForm = b.page.getByRole("main").locator("form").filter({ has: submit });
  await disableForm.getByLabel(tr("it", "admin.disable.reason"), { exact: true }).fill("Account di prova dei test automatici.");
  await submit.click();
  await expect(b.page.getByRole("main")).toContainText(tr("it", "admin.outcome.disabled"));
  await expectNoAxeViolations(b.page);

  // Back in A: the next page sends the user to log in; logging in again fails.
  await a.page.goto("/profilo");
  await expect(a.page).toHaveURL(/\/accedi/);
  await expect(a.page.getByRole("banner").getByRole("link", { name: "Accedi" })).toBeVisible();
  await expectNoAxeViolations(a.page);
  await a.page.locator("#field-email").fill(x.email);
  await a.page.locator("#field-password").fill(x.password);
  await a.page.getByRole("main").getByRole("button", { name: "Accedi" }).click();
  await expect(a.page.getByRole("alert")).toHaveText("E-mail o password non corretti.");
  await expect(a.page).toHaveURL(/\/accedi/);

  a.verify();
  b.verify();
  await a.page.context().close();
  await b.page.context().close();
});

test("/healthz answers 200 ok", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect((await response.text()).trim()).toBe("ok");
});
