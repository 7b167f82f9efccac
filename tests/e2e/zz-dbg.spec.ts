import { test, expect } from "@playwright/test";
import { createVerifiedAccount } from "./fixtures";
test("dbg", async ({ page, browser }) => {
  const account = await createVerifiedAccount(browser, "dbg");
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  cdp.on("Network.responseReceived", (e) => { if (!e.response.url.includes("/build/")) console.log("NET", e.response.status, e.response.url, "fromDiskCache", e.response.fromDiskCache, "cc", e.response.headers["cache-control"] ?? e.response.headers["Cache-Control"]); });
  page.on("pageerror", (e) => console.log("PAGEERROR", e.message));
  await page.goto(account.verifyLink);
  for (const n of [1, 2, 3]) {
    console.log("--- click", n);
    await page.locator("header form[action='/lingua'] button").click();
    await page.waitForTimeout(1500);
    console.log("LANG", await page.locator("html").getAttribute("lang"), await page.locator("h1").allInnerTexts());
  }
});
