// Accounts end to end: registration and confirmation, pledge, log in and out, wrong passwords,
// the login limit, and the forgotten-password flow.
import {
  createVerifiedAccount,
  countMails,
  expect,
  expectNoAxeViolations,
  fillRegistration,
  linkIn,
  login,
  logout,
  readMail,
  RESET_LINK,
  test,
  tr,
  uniqueEmail,
  VERIFY_LINK,
} from "./fixtures";

test("a candidate registers, confirms the address, accepts the pledge, and logs out", async ({ page, browser }) => {
  const email = uniqueEmail("registra");
  const password = "una frase lunga per entrare";

  await page.goto("/registrati");
  await expectNoAxeViolations(page);
  await fillRegistration(page, { name: "Anna Esempio", email, password, district: "BS" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Controlla la tua e-mail");
  await expect(page.getByText(tr("it", "auth.register.done.body", { email }))).toBeVisible();
  await expectNoAxeViolations(page);

  const mail = await readMail(browser, email, "Conferma il tuo indirizzo");
  await page.goto(linkIn(mail, VERIFY_LINK));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Conferma dell'indirizzo e-mail");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Conferma dell'indirizzo e-mail" }).click();

  await expect(page).toHaveURL(/\/accedi\?stato=verificata$/);
  await expect(page.getByText("Indirizzo e-mail confermato. Ora puoi accedere.")).toBeVisible();
  await login(page, email, password);

  // First login: the pledge comes before anything else.
  await expect(page).toHaveURL(/\/impegno/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr("it", "auth.pledge.title"));
  await expectNoAxeViolations(page);
  await page.getByLabel(tr("it", "auth.pledge.accept")).check();
  await page.getByRole("button", { name: tr("it", "auth.pledge.submit") }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("banner").getByRole("link", { name: "Anna Esempio" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("banner").getByRole("button", { name: "Esci" }).click();
  await expect(page).toHaveURL(/\/accedi\?stato=uscito$/);
  await expect(page.getByText("Sei uscito dal portale.")).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Accedi" })).toBeVisible();
});

test("a wrong password is refused and the e-mail address stays in the form", async ({ page }) => {
  await page.goto("/accedi");
  await expectNoAxeViolations(page);
  await page.getByLabel("Indirizzo e-mail").fill("tutore.brescia@example.org");
  await page.getByLabel("Password").fill("questa non è la password");
  await page.getByRole("main").getByRole("button", { name: "Accedi" }).click();

  await expect(page.getByText("E-mail o password non corretti.")).toBeVisible();
  await expect(page.getByLabel("Indirizzo e-mail")).toHaveValue("tutore.brescia@example.org");
  await expect(page.getByRole("banner").getByRole("link", { name: "Accedi" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("after 5 wrong passwords the account is paused, even for the right password", async ({ page, browser }) => {
  const account = await createVerifiedAccount(browser, "limite");
  await page.goto("/accedi");
  await expectNoAxeViolations(page);
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Indirizzo e-mail").fill(account.email);
    await page.getByLabel("Password").fill(`sbagliata numero ${attempt}`);
    await page.getByRole("main").getByRole("button", { name: "Accedi" }).click();
    await expect(page.getByText("E-mail o password non corretti.")).toBeVisible();
  }
  await page.getByLabel("Indirizzo e-mail").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("main").getByRole("button", { name: "Accedi" }).click();

  await expect(page.getByRole("alert").or(page.locator(".alert")).filter({ hasText: "Troppi tentativi" })).toBeVisible();
  await expect(page).toHaveURL(/\/accedi/);
  await expect(page.getByRole("banner").getByRole("link", { name: "Accedi" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a forgotten password is reset through the link in the e-mail, which works once", async ({ page, browser }) => {
  const account = await createVerifiedAccount(browser, "dimenticata");
  const newPassword = "la nuova password segreta";

  await page.goto("/accedi");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Hai dimenticato la password?" }).click();
  await expect(page).toHaveURL(/\/password-dimenticata$/);
  await expectNoAxeViolations(page);
  await page.getByLabel("Indirizzo e-mail").fill(account.email);
  await page.getByRole("button", { name: "Invia il link" }).click();
  const sent = tr("it", "auth.forgot.sent", { email: account.email });
  await expect(page.getByText(sent)).toBeVisible();
  await expectNoAxeViolations(page);

  const link = linkIn(await readMail(browser, account.email, "Reimposta la password"), RESET_LINK);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Scegli una nuova password");
  await expectNoAxeViolations(page);
  await page.getByLabel("Nuova password", { exact: true }).fill(newPassword);
  await page.getByLabel("Ripeti la nuova password").fill(newPassword);
  await page.getByRole("button", { name: "Salva la nuova password" }).click();

  await expect(page).toHaveURL(/\/accedi\?stato=password$/);
  await expect(page.getByText("Password aggiornata. Accedi con la nuova password.")).toBeVisible();
  await login(page, account.email, newPassword, { acceptPledge: true });
  await expect(page.getByRole("banner").getByRole("link", { name: account.name })).toBeVisible();
  await expectNoAxeViolations(page);
  await logout(page);

  // The same link a second time.
  await page.goto(link);
  await expect(page.getByText("Questo link è già stato usato e non vale più.")).toBeVisible();
  await expect(page.getByLabel("Nuova password", { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("an unknown address gets the same answer as a known one, and no mail", async ({ page, browser }) => {
  const unknown = uniqueEmail("sconosciuto");
  await page.goto("/password-dimenticata");
  await expectNoAxeViolations(page);
  await page.getByLabel("Indirizzo e-mail").fill(unknown);
  await page.getByRole("button", { name: "Invia il link" }).click();
  await expect(page.getByText(tr("it", "auth.forgot.sent", { email: unknown }))).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await countMails(browser, unknown)).toBe(0);
});
