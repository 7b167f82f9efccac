// Browser tests: a fresh portal (production build) on port 3100 per run, driven by Debian's Chromium.
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "..");
const PORT = 3100;
const baseURL = `http://localhost:${PORT}`;
// Debian's Chromium, not a branded Chrome channel.
const desktopChrome: Record<string, unknown> = { ...devices["Desktop Chrome"] };
delete desktopChrome.channel;

export default defineConfig({
  testDir: "./e2e",
  outputDir: path.join(root, "test-results"),
  // Whole-test budget: the multi-user tests run axe on every page they pass through (slow on 2 cores).
  timeout: 90_000,
  expect: { timeout: 7_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: "list",
  use: {
    baseURL,
    // Italian is the portal's first language; the English runs switch with the header button.
    locale: "it-IT",
    timezoneId: "Europe/Rome",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...desktopChrome, locale: "it-IT" } }],
  webServer: {
    command: "node --import tsx tests/e2e/start-server.ts",
    cwd: root,
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM first, so the server stops cleanly and the run's PostgreSQL database is dropped.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: {
      PORT: String(PORT),
      PUBLIC_URL: baseURL,
      SECURE_COOKIES: "false",
      ...(process.env.TEST_DATABASE_URL ? { TEST_DATABASE_URL: process.env.TEST_DATABASE_URL } : {}),
    },
  },
});
