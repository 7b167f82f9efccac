// Languages: the header switch, its persistence, and bad input, link and 404 pages in Italian and English.
import type { Page } from "@playwright/test";
import {
  countMails,
  createVerifiedAccount,
  expect,
  expectNoAxeViolations,
  fillRegistration,
  login,
  switchLanguage,
  test,
  tr,
  uniqueEmail,
  type Locale,
} from "./fixtures";

const LOCALES: Locale[] = ["it", "en"];
const h1 = (page: Page) => page.getByRole("heading", { level: 1 });

test("the language button switches to English, which stays across pages and after login", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "it");
  await expect(page.getByRole("banner").getByRole("link", { name: "Accedi" })).toBeVisible();
  await expectNoAxeViolations(page);

  await switchLanguage(page, "en");
  await expect(page.getByText(tr("en", "app.tagline"))).toBeVisible();
  await expect(page.getByRole("banner").getByRole("button", { name: "Language: Italiano" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("banner").getByRole("link", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/accedi$/);
  await expect(h1(page)).toHaveText("Log in");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectNoAxeViolations(page);

  await login(page, "coordinatore.milano@example.org");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("banner").getByRole("button", { name: "Log out" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("banner").getByRole("link", { name: "Elena Fontana" }).click();
  await expect(page).toHaveURL(/\/profilo$/);
  await expect(h1(page)).toHaveText("Your profile");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectNoAxeViolations(page);

  // Back to Italian, signed in: the page follows at once.
  await switchLanguage(page, "it");
  await expect(h1(page)).toHaveText("Il tuo profilo");
});

for (const locale of LOCALES) {
  test(`registration refuses bad input next to each field and writes nothing (${locale})`, async ({ page, browser }) => {
    const field = (name: string) => page.locator(`#field-${name}`);
    const errorOf = (name: string) => page.locator(".field", { has: field(name) }).locator(".field-error");
    const expectFieldError = async (name: string, text: string) => {
      await expect(errorOf(name)).toHaveText(text);
      await expect(field(name)).toHaveAttribute("aria-invalid", "true");
      await expect(field(name)).toHaveAttribute("aria-describedby", new RegExp(`field-${name}-error`));
      await expect(page.getByRole("alert")).toContainText(tr(locale, "form.errorSummary"));
    };
    const name = locale === "it" ? "Luca Esempio" : "Lucy Example";
    const goodPassword = "una password abbastanza lunga";

    await page.goto("/registrati");
    await switchLanguage(page, locale);
    await expect(h1(page)).toHaveText(tr(locale, "auth.register.title"));
    await expectNoAxeViolations(page);

    // An address that is not one.
    await fillRegistration(page, { name, email: "luca.esempio-at-example.org", password: goodPassword, district: "MI" });
    await expectFieldError("email", tr(locale, "validation.email"));
    await expect(field("name")).toHaveValue(name);
    await expect(field("email")).toHaveValue("luca.esempio-at-example.org");
    await expect(errorOf("name")).toHaveCount(0);
    await expect(errorOf("password")).toHaveCount(0);
    await expectNoAxeViolations(page);

    // A password shorter than 12 characters.
    const shortEmail = uniqueEmail(`corta-${locale}`);
    await fillRegistration(page, { name, email: shortEmail, password: "corta", district: "MI" });
    await expectFieldError("password", tr(locale, "validation.passwordShort"));
    await expect(field("name")).toHaveValue(name);
    await expect(field("email")).toHaveValue(shortEmail);
    await expect(errorOf("email")).toHaveCount(0);
    await expectNoAxeViolations(page);

    // An address that already has an account.
    const taken = "tutore.milano@example.org";
    const mailsBefore = await countMails(browser, taken);
    await fillRegistration(page, { name, email: taken, password: goodPassword, district: "MI" });
    await expectFieldError("email", tr(locale, "auth.register.emailTaken"));
    await expect(field("name")).toHaveValue(name);
    await expect(field("email")).toHaveValue(taken);
    await expectNoAxeViolations(page);

    // Nothing was written: no mail, and neither attempt can log in.
    expect(await countMails(browser, shortEmail)).toBe(0);
    expect(await countMails(browser, taken)).toBe(mailsBefore);
    for (const [email, password] of [
      [shortEmail, "corta"],
      [taken, goodPassword],
    ]) {
      await page.goto("/accedi");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await page.locator("#field-email").fill(email);
      await page.locator("#field-password").fill(password);
      await page.getByRole("main").getByRole("button", { name: tr(locale, "auth.login.submit") }).click();
      await expect(page.getByRole("alert")).toHaveText(tr(locale, "auth.login.invalid"));
      await expectNoAxeViolations(page);
    }
  });
}

test("link pages explain an unknown or already used link, in Italian and then in English", async ({ page, browser }) => {
  const account = await createVerifiedAccount(browser, "link");
  const unknownToken = "a".repeat(32);
  const pages = [
    { path: account.verifyLink, title: "auth.verify.title", problem: "auth.token.used" },
    { path: `/verifica-email/${unknownToken}`, title: "auth.verify.title", problem: "auth.token.invalid" },
    { path: `/reimposta-password/${unknownToken}`, title: "auth.reset.title", problem: "auth.token.invalid" },
  ] as const;
  for (const { path, title, problem } of pages) {
    await page.goto(path);
    // The visitor reads the page, then switches the language on the page itself.
    for (const locale of LOCALES) {
      await switchLanguage(page, locale);
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(h1(page)).toHaveText(tr(locale, title));
      await expect(page.getByRole("alert")).toHaveText(tr(locale, problem));
      await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);
      await expectNoAxeViolations(page);
    }
    await switchLanguage(page, "it");
  }
  await expect(page.getByRole("link", { name: tr("it", "auth.reset.again") })).toBeVisible();
});

test("an unknown address shows the friendly 404 page in the user's language, without a stack trace", async ({ page }) => {
  await page.goto("/");
  await expectNoAxeViolations(page);
  for (const locale of LOCALES) {
    await switchLanguage(page, locale);
    const response = await page.goto(`/questa-pagina-non-esiste/${locale}`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(h1(page)).toHaveText(tr(locale, "error.404.title"));
    await expect(page.getByRole("main")).toContainText(tr(locale, "error.404.body"));
    await expect(page.getByRole("link", { name: tr(locale, "error.backHome") })).toBeVisible();
    const body = await page.locator("body").innerText();
    expect(body).not.toMatch(/\bat .+\(.+:\d+:\d+\)|node_modules|Error: /);
    await expectNoAxeViolations(page);
    await page.goto("/");
  }
});
