// Browser-test fixtures: log in, read the outbox as the admin, check every page with axe, and fail
// the test on any browser console error or uncaught page error (a CSP block is a console error).
import crypto from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type Page } from "@playwright/test";

export { expect };

export const DEMO_PASSWORD = "demo-password-2026";
export const ADMIN_EMAIL = "admin@example.org";
export const VERIFY_LINK = /\/verifica-email\/[a-z2-7]{32}/;
export const RESET_LINK = /\/reimposta-password\/[a-z2-7]{32}/;

/** A fresh fictional address, unique to this run. */
export function uniqueEmail(label: string): string {
  return `e2e-${label}-${crypto.randomBytes(4).toString("hex")}@example.org`;
}

// ---------------------------------------------------------------------------------------------
// Accessibility

/** Runs axe (WCAG 2.0/2.1 A and AA) on the page as it is now and fails on any violation. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const report = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")}: ${n.failureSummary?.split("\n").join(" ")}`).join("\n")}`,
  );
  expect(report, `axe violations on ${new URL(page.url()).pathname}`).toEqual([]);
  checkedPaths.get(page)?.add(new URL(page.url()).pathname);
}

// Every page a test visits must have been checked with axe: visited and checked paths per page.
const visitedPaths = new WeakMap<Page, Set<string>>();
const checkedPaths = new WeakMap<Page, Set<string>>();

// ---------------------------------------------------------------------------------------------
// Console and page errors

function isAppStatusLog(text: string, url: string | undefined): boolean {
  // Chromium logs every 4xx answer as "Failed to load resource". The app answers 4xx on purpose
  // (a 404 page, a 400 form with errors, a 401 failed login, a 429 throttle): those are fine,
  // for documents and Remix data requests. A 4xx on an asset or any 5xx is not.
  if (!/^Failed to load resource: the server responded with a status of 4\d\d/.test(text)) return false;
  if (!url) return false;
  const { pathname } = new URL(url);
  return !(pathname.startsWith("/build/") || pathname.startsWith("/fonts/") || /\.(css|js|svg|png|ico|woff2?)$/.test(pathname));
}

/** Collects console errors and page errors of a page; returns a function listing them. */
export function watchErrors(page: Page): () => string[] {
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    const url = msg.location()?.url;
    if (isAppStatusLog(msg.text(), url)) return;
    problems.push(`console error on ${page.url()}: ${msg.text()}${url ? ` (${url})` : ""}`);
  });
  page.on("pageerror", (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
  return () => problems;
}

function trackVisits(page: Page): void {
  const visited = new Set<string>();
  visitedPaths.set(page, visited);
  checkedPaths.set(page, new Set());
  page.on("framenavigated", (frame) => {
    if (frame !== page.mainFrame()) return;
    const url = frame.url();
    if (url.startsWith("http")) visited.add(new URL(url).pathname);
  });
}

// ---------------------------------------------------------------------------------------------
// Log in

export interface LoginOptions {
  /** Accept the pledge if it is asked for after logging in (first login). */
  acceptPledge?: boolean;
  /** Run axe on the pages passed through (default true). */
  checkA11y?: boolean;
}

/** Logs in through the form at /accedi and waits until the browser has left the login page. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD, options: LoginOptions = {}): Promise<void> {
  const check = options.checkA11y ?? true;
  if (!new URL(page.url() || "about:blank", "http://x").pathname.startsWith("/accedi")) {
    await page.goto("/accedi");
  }
  if (check) await expectNoAxeViolations(page);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator("main form").filter({ has: page.locator('input[name="password"]') }).locator('button[type="submit"]').click();
  await expect(page).not.toHaveURL(/\/accedi/);
  if (options.acceptPledge && new URL(page.url()).pathname === "/impegno") {
    if (check) await expectNoAxeViolations(page);
    await acceptPledge(page);
  }
}

/** Ticks the pledge checkbox and submits it; the page then leaves /impegno. */
export async function acceptPledge(page: Page): Promise<void> {
  await page.locator("#accept").check();
  await page.locator("main form").filter({ has: page.locator("#accept") }).locator('button[type="submit"]').click();
  await expect(page).not.toHaveURL(/\/impegno/);
}

/** Logs out with the header button. */
export async function logout(page: Page): Promise<void> {
  await page.locator("header form[action='/esci'] button").click();
  await expect(page).toHaveURL(/\/accedi\?stato=uscito/);
}

// ---------------------------------------------------------------------------------------------
// The outbox, read as the admin in a browser context of its own

let adminState: Awaited<ReturnType<import("@playwright/test").BrowserContext["storageState"]>> | undefined;
const onceChecked = new Set<string>();

async function adminPage(browser: Browser): Promise<{ page: Page; close: () => Promise<void>; errors: () => string[] }> {
  const context = await browser.newContext({ storageState: adminState, locale: "it-IT" });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto("/amministrazione/posta");
  if (new URL(page.url()).pathname.startsWith("/accedi")) {
    await login(page, ADMIN_EMAIL, DEMO_PASSWORD, { checkA11y: false });
    adminState = await context.storageState();
    if (!new URL(page.url()).pathname.startsWith("/amministrazione/posta")) await page.goto("/amministrazione/posta");
  }
  await expect(page.locator("main table")).toBeVisible();
  return { page, errors, close: () => context.close() };
}

/**
 * Pages that helpers pass through again and again (the outbox viewer, the registration in
 * `createVerifiedAccount`) look the same every time: checked with axe once per worker.
 */
async function checkOnce(page: Page, kind: string) {
  if (onceChecked.has(kind)) return;
  await expectNoAxeViolations(page);
  onceChecked.add(kind);
}

function matchingRows(page: Page, to: string, subjectPart?: string) {
  let rows = page.locator("main table tbody tr").filter({ hasText: to });
  if (subjectPart) rows = rows.filter({ hasText: subjectPart });
  return rows;
}

/** Number of mails to `to` (optionally with `subjectPart` in the subject) in the outbox. */
export async function countMails(browser: Browser, to: string, subjectPart?: string): Promise<number> {
  const admin = await adminPage(browser);
  try {
    await checkOnce(admin.page, "outbox list");
    const n = await matchingRows(admin.page, to, subjectPart).count();
    expect(admin.errors(), "browser errors in the outbox viewer").toEqual([]);
    return n;
  } finally {
    await admin.close();
  }
}

/** The plain text of the newest mail to `to` whose subject contains `subjectPart`. */
export async function readMail(browser: Browser, to: string, subjectPart: string): Promise<string> {
  const admin = await adminPage(browser);
  try {
    const { page } = admin;
    await checkOnce(page, "outbox list");
    const rows = matchingRows(page, to, subjectPart);
    await expect(rows.first(), `a mail to ${to} about "${subjectPart}" in the outbox`).toBeVisible();
    await rows.first().locator('a[href^="/amministrazione/posta/"]').first().click();
    await expect(page).toHaveURL(/\/amministrazione\/posta\/[^/?#]+/);
    await checkOnce(page, "outbox mail");
    const text = await page.locator("main").innerText();
    expect(admin.errors(), "browser errors in the outbox viewer").toEqual([]);
    return text;
  } finally {
    await admin.close();
  }
}

/** The first address in `text` matching `pattern`, as a path (the host is the run's PUBLIC_URL). */
export function linkIn(text: string, pattern: RegExp): string {
  const match = text.match(pattern);
  expect(match, `a link matching ${pattern} in:\n${text}`).not.toBeNull();
  return match![0];
}

// ---------------------------------------------------------------------------------------------
// Accounts made through the UI

/** Fills and sends the registration form (the page must be on /registrati). */
export async function fillRegistration(
  page: Page,
  fields: { name: string; email: string; password: string; district?: "MI" | "BS"; privacy?: boolean },
): Promise<void> {
  await page.locator('input[name="name"]').fill(fields.name);
  await page.locator('input[name="email"]').fill(fields.email);
  await page.locator('input[name="password"]').fill(fields.password);
  if (fields.district) await page.locator('select[name="district"]').selectOption(fields.district);
  if (fields.privacy ?? true) await page.locator('input[name="privacy"]').check();
  await page.locator("main form").filter({ has: page.locator('input[name="privacy"]') }).locator('button[type="submit"]').click();
}

/**
 * Registers a new candidate through /registrati in a context of its own and confirms the address
 * through the link in the outbox: a verified account that has not accepted the pledge yet.
 */
export async function createVerifiedAccount(
  browser: Browser,
  label: string,
): Promise<{ email: string; password: string; name: string; verifyLink: string }> {
  const email = uniqueEmail(label);
  const password = `e2e password ${crypto.randomBytes(3).toString("hex")}`;
  const name = `Prova ${label}`;
  const context = await browser.newContext({ locale: "it-IT" });
  const page = await context.newPage();
  const errors = watchErrors(page);
  let verifyLink = "";
  try {
    await page.goto("/registrati");
    await checkOnce(page, "register form");
    await fillRegistration(page, { name, email, password, district: "MI" });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Controlla la tua e-mail");
    await checkOnce(page, "register done");
    verifyLink = linkIn(await readMail(browser, email, "Conferma"), VERIFY_LINK);
    await page.goto(verifyLink);
    await checkOnce(page, "verify form");
    await page.locator("main form button[type='submit']").click();
    await expect(page).toHaveURL(/\/accedi\?stato=verificata/);
    await checkOnce(page, "verified notice");
    expect(errors(), "browser errors while creating an account").toEqual([]);
  } finally {
    await context.close();
  }
  return { email, password, name, verifyLink };
}

// ---------------------------------------------------------------------------------------------
// Checked pages and the test object

/**
 * Watches a page for browser errors and for visited pages never checked with axe; `verify()`
 * fails when either happened. The `page` fixture does this by itself; tests that open pages in
 * contexts of their own (a second user) use `openCheckedPage`.
 */
export function instrument(page: Page): () => void {
  const errors = watchErrors(page);
  trackVisits(page);
  return () => {
    const visited = visitedPaths.get(page) ?? new Set<string>();
    const checked = checkedPaths.get(page) ?? new Set<string>();
    expect(errors(), "browser console errors or page errors").toEqual([]);
    expect([...visited].filter((p) => !checked.has(p)), "pages visited but never checked with axe").toEqual([]);
  };
}

/** A page in a new browser context (another user), instrumented like the `page` fixture. */
export async function openCheckedPage(browser: Browser): Promise<{ page: Page; verify: () => void; close: () => Promise<void> }> {
  const context = await browser.newContext({ locale: "it-IT" });
  const page = await context.newPage();
  return { page, verify: instrument(page), close: () => context.close() };
}

export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use, testInfo) => {
    const verify = instrument(page);
    await use(page);
    if (testInfo.status === testInfo.expectedStatus) verify();
  },
});

// ---------------------------------------------------------------------------------------------
// Texts and language

export { translate as tr } from "../../app/i18n";
export type { Locale } from "../../app/i18n";

/** Switches the language with the header button and waits for the page to change language. */
export async function switchLanguage(page: Page, to: "it" | "en"): Promise<void> {
  const current = await page.locator("html").getAttribute("lang");
  if (current === to) return;
  await page.locator("header form[action='/lingua'] button").click();
  await expect(page.locator("html")).toHaveAttribute("lang", to);
}
