// Tutele end to end: the Milano coordinator registers a minor, asks for suggestions and proposes a
// guardian; the guardian accepts; the coordinator records the court's decree; the guardian sees the
// minor with its 18th-birthday deadline and downloads the ICS feed (parsed here). The Brescia
// coordinator and another guardian get 404 on the minor's address, and neither the forum nor the
// consultations ever show the minor's name. Then a date of birth in the future, without JavaScript.
import type { Browser, Page } from "@playwright/test";
import { parseCalendar } from "../../app/modules/guardianship/ics";
import { expect, expectNoAxeViolations, login, openCheckedPage, test, tr, watchErrors } from "./fixtures";

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

/** An Italian date input value (yyyy-mm-dd) `years` years before today, Rome time. */
function yearsAgo(years: number, days = 0): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

test("a minor from registration to an active guardianship, seen only by its coordinator and guardian", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const marker = Date.now().toString(36).slice(-5);
  // Fictional; the marker makes the name unique to this run so a leak would be found.
  const firstName = `Ousmane${marker}`;
  const lastName = "Diallotest";
  const fullName = `${firstName} ${lastName}`;
  // 17 years and ~100 days old: the 18th birthday falls within the year.
  const birthDate = yearsAgo(17, 100);

  // --- The Milano coordinator registers the minor.
  await login(page, "coordinatore.milano@example.org");
  await expectNoAxeViolations(page);
  await page.goto("/coordinamento");
  await expectNoAxeViolations(page);
  await page.goto("/coordinamento/minori/nuovo");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tr("it", "tuteladesk.new.title"));
  await expectNoAxeViolations(page);
  await page.locator('input[name="firstName"]').fill(firstName);
  await page.locator('input[name="lastName"]').fill(lastName);
  await page.locator('input[name="birthDate"]').fill(birthDate);
  await page.locator('select[name="sex"]').selectOption("M");
  await page.locator('input[name="nationality"]').fill("SN");
  await page.locator('input[name="languages"]').fill("fr, wo");
  await page.locator('input[name="arrivalDate"]').fill(yearsAgo(0, 20));
  await page.locator('input[name="facilityName"]').fill("Comunità Il Ponte");
  await page.locator('input[name="facilityMunicipality"]').fill("Milano");
  await page.locator('select[name="facilityProvince"]').selectOption("MI");
  // First with the arrival date in the future: refused next to the field, everything else kept.
  await page.locator('input[name="arrivalDate"]').fill(yearsAgo(-1));
  await page.getByRole("button", { name: tr("it", "tuteladesk.new.submit") }).click();
  await expect(page.getByText(tr("it", "tutele.error.arrivalFuture")).first()).toBeVisible();
  await expect(page.locator('input[name="lastName"]')).toHaveValue(lastName);
  await expect(page.locator('input[name="languages"]')).toHaveValue("fr, wo");
  await expectNoAxeViolations(page);
  await page.locator('input[name="arrivalDate"]').fill(yearsAgo(0, 20));
  await page.getByRole("button", { name: tr("it", "tuteladesk.new.submit") }).click();
  await expect(page).toHaveURL(/\/tutele\/MI-\d{4}-\d{4}$/);
  const minorPath = new URL(page.url()).pathname;
  const code = minorPath.split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1 })).toContainText(code);
  await expect(page.locator("main")).toContainText(fullName);
  await expectNoAxeViolations(page);

  // --- Suggestions, then the proposal of Giulia Ferrari (tutore.milano: Milano, speaks French).
  await page.goto(`${minorPath}/tutela`);
  await expect(page.getByRole("heading", { level: 2, name: tr("it", "tutelamatch.suggestions.title") })).toBeVisible();
  await expectNoAxeViolations(page);
  const giulia = page.locator("main tr").filter({ hasText: "Giulia Ferrari" });
  await expect(giulia).toContainText(tr("it", "tutele.reason.same_province"));
  await giulia.getByRole("button", { name: /Proponi/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: tr("it", "tutelamatch.proposed.title") })).toBeVisible();
  await expectNoAxeViolations(page);

  // --- Another guardian and the Brescia coordinator: 404 on the minor's address, and its desk.
  for (const email of ["tutore.brescia@example.org", "coordinatore.brescia@example.org"]) {
    await as(browser, email, async (p) => {
      for (const path of [minorPath, `${minorPath}/tutela`]) {
        const response = await p.goto(path);
        expect(response?.status(), `${email} on ${path}`).toBe(404);
        await expect(p.locator("main")).not.toContainText(firstName);
        await expectNoAxeViolations(p);
      }
    });
  }

  // --- The guardian: the proposal shows the code, never the name; she accepts.
  await as(browser, "tutore.milano@example.org", async (p) => {
    await p.goto("/tutele");
    const proposal = p.getByRole("article", { name: tr("it", "tutelaguardian.proposal.heading", { code }) });
    await expect(proposal).toBeVisible();
    await expect(p.locator("main")).not.toContainText(firstName);
    // A proposed guardian does not yet see the record.
    await expectNoAxeViolations(p);
    await proposal.getByRole("button", { name: tr("it", "tutelaguardian.proposal.accept") }).click();
    await expect(p).toHaveURL(/esito=accettata/);
    await expectNoAxeViolations(p);
    expect((await p.goto(minorPath))?.status()).toBe(404);
    await expectNoAxeViolations(p);
  });

  // --- The coordinator records the decree: the guardianship is active.
  await page.goto(`${minorPath}/tutela`);
  await expect(page.getByRole("heading", { level: 2, name: tr("it", "tutelamatch.accepted.title") })).toBeVisible();
  await page.getByLabel(tr("it", "tutelamatch.decree.date")).fill(yearsAgo(0, 1));
  await page.getByRole("button", { name: tr("it", "tutelamatch.decree.button") }).click();
  await expect(page.getByRole("heading", { level: 2, name: tr("it", "tutelamatch.active.title") })).toBeVisible();
  await expectNoAxeViolations(page);

  // --- The guardian sees the minor, its 18th-birthday deadline, and downloads the calendar feed.
  await as(browser, "tutore.milano@example.org", async (p) => {
    await p.goto("/tutele");
    const row = p.locator("main").getByRole("link", { name: code }).first();
    await expect(row).toBeVisible();
    await expect(p.locator("main")).toContainText(fullName);
    await expectNoAxeViolations(p);
    await row.click();
    await expect(p).toHaveURL(new RegExp(`${minorPath}$`));
    await expect(p.locator("main")).toContainText(fullName);
    await expect(p.locator("main")).toContainText(tr("it", "tutele.deadlineKind.eighteenth_birthday"));
    await expectNoAxeViolations(p);

    await p.goto("/tutele");
    await p.getByRole("button", { name: new RegExp(`${tr("it", "tutelaguardian.feed.create")}|${tr("it", "tutelaguardian.feed.renew")}`) }).click();
    const address = await p.locator("#tg-feed-url").inputValue();
    expect(address).toMatch(/\/tutele\/calendario\/[a-z2-7]{32}\.ics$/);
    await expectNoAxeViolations(p);
    const response = await p.request.get(address);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/calendar");
    const events = parseCalendar(await response.text());
    const eighteenth = events.find((e) => e.SUMMARY?.includes(code) && e.SUMMARY.includes(tr("it", "tutele.deadlineKind.eighteenth_birthday")));
    expect(eighteenth, "the 18th birthday in the feed").toBeDefined();
    const [y, m, d] = birthDate.split("-");
    expect(eighteenth!.DTSTART).toBe(`${Number(y) + 18}${m}${d}`);
    expect(JSON.stringify(events)).not.toContain(firstName);
  });

  // --- The forum and the consultations never show the minor's name.
  await as(browser, "consulente.milano@example.org", async (p) => {
    for (const path of ["/forum", "/consulenze"]) {
      await p.goto(path);
      await expect(p.locator("body")).not.toContainText(firstName);
      await expectNoAxeViolations(p);
    }
  });
  await as(browser, "tutore.milano@example.org", async (p) => {
    for (const path of ["/forum", "/consulenze"]) {
      await p.goto(path);
      await expect(p.locator("body")).not.toContainText(firstName);
      await expectNoAxeViolations(p);
    }
  });

  // --- The audit log holds the coordinator's and the guardian's reads of the record.
  await page.goto(`/coordinamento/registro?codice=${code}`);
  await expectNoAxeViolations(page);
  const reads = page.locator("main tbody tr").filter({ hasText: code });
  await expect(reads.filter({ hasText: "Elena Fontana" }).first()).toBeVisible();
  await expect(reads.filter({ hasText: "Giulia Ferrari" }).first()).toBeVisible();
});

test("a date of birth in the future is refused next to the field, without JavaScript, and the rest is kept", async ({ browser }) => {
  const context = await browser.newContext({ locale: "it-IT", javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    // axe cannot run where scripts are off: the form is checked with JavaScript in the test above.
    const errors = watchErrors(page);
    await login(page, "coordinatore.milano@example.org", undefined, { checkA11y: false });
    await page.goto("/coordinamento/minori/nuovo");
    await page.locator('input[name="firstName"]').fill("Karim");
    await page.locator('input[name="lastName"]').fill("Futurotest");
    const next = new Date();
    next.setUTCFullYear(next.getUTCFullYear() + 1);
    await page.locator('input[name="birthDate"]').fill(next.toISOString().slice(0, 10));
    await page.getByRole("button", { name: tr("it", "tuteladesk.new.submit") }).click();
    await expect(page).toHaveURL(/\/coordinamento\/minori\/nuovo/);
    await expect(page.getByText(tr("it", "tutele.error.birthDateFuture")).first()).toBeVisible();
    await expect(page.locator('input[name="lastName"]')).toHaveValue("Futurotest");
    // Nothing was written: the district's list does not hold the name.
    await page.goto("/coordinamento/minori?q=Futurotest");
    await expect(page.locator("main tbody tr").filter({ hasText: "Futurotest" })).toHaveCount(0);
    expect(errors(), "browser errors without JavaScript").toEqual([]);
  } finally {
    await context.close();
  }
});
