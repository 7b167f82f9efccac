// npm run bench — the load benchmark and its budgets (issue 7). Not part of `npm test`.
//
// 1. Reads the targets (route name, path, role) that `npm run bench:seed` wrote into the database
//    at BENCH_DATABASE_URL (scale 1 for the published numbers), and makes sure a second database
//    (BENCH_SMALL_DATABASE_URL, default "<name>_small") holds the same data at a tenth of the scale.
// 2. Builds the production app, starts it on each database with BENCH_COUNT_SQL=true and counts the
//    SQL statements one request of each route runs (they must be equal at both scales), the HTML
//    size and the client JavaScript the page loads in Chromium (every script, gzip).
// 3. Restarts it on the large database without counting and drives 32 connections against each
//    route with autocannon; then the same load against a bare node:http server answering a
//    pre-rendered document of the same size (the floor).
// 4. Writes tests/bench/results/latest.json and latest.md and exits 1 if a budget is missed.
//
// Options: --no-build (reuse build/), --duration S (seconds per route, default 10),
// --only name,name (a subset of routes, for investigating; budgets still apply to those),
// --no-load (only the SQL statements and the JavaScript; writes no results).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import autocannon from "autocannon";
import postgres from "postgres";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const RESULTS = path.join(ROOT, "tests/bench/results");
const PORT = 3300;
const FLOOR_PORT = 3301;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = 32;
const PASSWORD = "bench-password-2026";
const ACCOUNTS: Record<string, string> = {
  guardian: "bench.tutore@example.org",
  consultant: "bench.consulente@example.org",
  coordinator: "bench.coordinatore@example.org",
  trainer: "bench.formatore@example.org",
  admin: "bench.admin@example.org",
};

export const BUDGETS = {
  p95_ms: 50,
  queries: 8,
  js_gz_kb: 120,
  search_p95_ms: 50,
} as const;

/**
 * The app's own floor: a page of this portal that reads nothing (the privacy notice, anonymous: the
 * root layout, no session, no SQL), loaded like the others. What no page can beat on this machine
 * with this stack, reported beside the bare node:http floor.
 */
const APP_FLOOR: Target = { name: "app floor", path: "/privacy", role: "anonymous" };

interface Target {
  name: string;
  path: string;
  role: string;
}

interface RouteResult {
  name: string;
  path: string;
  rps: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  errors: number;
  ratio_to_floor: number;
  queries_small: number;
  queries_large: number;
  js_gz_kb: number;
  html_kb: number;
}

// ---------------------------------------------------------------------------------------------

function parseArgs(argv: string[]) {
  const options = { build: true, duration: 10, only: undefined as string[] | undefined, load: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--no-build") options.build = false;
    else if (arg === "--duration") options.duration = Number(argv[++i]);
    else if (arg === "--only") options.only = argv[++i]?.split(",");
    else if (arg === "--no-load") options.load = false;
    else throw new Error(`Unknown option ${arg}`);
  }
  if (!Number.isFinite(options.duration) || options.duration <= 0) throw new Error("--duration must be a positive number");
  return options;
}

function smallUrl(large: string): string {
  if (process.env.BENCH_SMALL_DATABASE_URL) return process.env.BENCH_SMALL_DATABASE_URL;
  const url = new URL(large);
  url.pathname = `${url.pathname}_small`;
  return url.toString();
}

async function readSeed(url: string): Promise<{ scale: number; targets: Target[] } | undefined> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [meta] = await sql<{ scale: string }[]>`select scale::text as scale from bench.meta`;
    const targets = await sql<Target[]>`select name, path, role from bench.targets order by name`;
    return meta ? { scale: Number(meta.scale), targets: [...targets] } : undefined;
  } catch {
    return undefined;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function postgresVersion(url: string): Promise<string> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ server_version: string }[]>`show server_version`;
    return row?.server_version ?? "unknown";
  } finally {
    await sql.end({ timeout: 5 });
  }
}

function runSeed(url: string, scale: number) {
  console.log(`Seeding ${redact(url)} at scale ${scale}…`);
  execFileSync(process.execPath, ["--import", "tsx", "tests/bench/seed.ts", "--scale", String(scale)], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, BENCH_DATABASE_URL: url },
  });
}

function redact(url: string): string {
  const u = new URL(url);
  u.password = u.password ? "***" : "";
  return u.toString();
}

// ---------------------------------------------------------------------------------------------

async function startServer(databaseUrl: string, countSql: boolean): Promise<ChildProcess> {
  const taken = await fetch(`${ORIGIN}/healthz`).then(() => true, () => false);
  if (taken) throw new Error(`Something already answers on port ${PORT}: stop it first.`);
  const child = spawn(process.execPath, ["--import", "tsx", "app/server/main.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      PORT: String(PORT),
      HOST: "127.0.0.1",
      PUBLIC_URL: ORIGIN,
      SECURE_COOKIES: "false",
      BENCH_COUNT_SQL: countSql ? "true" : "false",
      // The count is per process: one worker while counting, the production default otherwise.
      ...(countSql ? { WEB_CONCURRENCY: "1" } : {}),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<never>((_, reject) =>
    child.once("exit", (code) => reject(new Error(`The server exited (${code}):\n${output}`))),
  );
  const ready = (async () => {
    for (let i = 0; i < 600; i++) {
      try {
        const response = await fetch(`${ORIGIN}/healthz`);
        if (response.ok) return;
      } catch {
        /* not yet */
      }
      await sleep(100);
    }
    throw new Error(`The server did not answer within 60 s:\n${output}`);
  })();
  await Promise.race([ready, exited]);
  exited.catch(() => {});
  // Open every connection of the pool now: a new connection runs one statement of its own (the
  // driver reads the array types), which must not be counted against the page that opened it.
  await Promise.all(Array.from({ length: 40 }, () => fetch(`${ORIGIN}/healthz`).then((r) => r.text())));
  return child;
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

async function logIn(role: string): Promise<string> {
  const email = ACCOUNTS[role];
  if (!email) throw new Error(`No bench account for role ${role}`);
  const response = await fetch(`${ORIGIN}/accedi`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN },
    body: new URLSearchParams({ email, password: PASSWORD, redirectTo: "/" }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("portale_session="))
    ?? response.headers.getSetCookie()[0];
  const location = response.headers.get("location") ?? "";
  if (response.status !== 302 || !cookie || location.startsWith("/impegno")) {
    throw new Error(`Could not log in as ${email}: ${response.status} ${location}`);
  }
  return cookie.split(";")[0]!;
}

async function sessions(targets: Target[]): Promise<Map<string, string>> {
  const cookies = new Map<string, string>();
  for (const role of new Set(targets.map((t) => t.role))) cookies.set(role, await logIn(role));
  return cookies;
}

async function getPage(target: Target, cookie: string): Promise<string> {
  const response = await fetch(`${ORIGIN}${target.path}`, { headers: { Cookie: cookie }, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${target.name} ${target.path}: HTTP ${response.status}`);
  return body;
}

async function statementsOf(target: Target, cookie: string): Promise<number> {
  await getPage(target, cookie); // warm: first-request caches are not what users pay each time
  await getPage(target, cookie);
  await sleep(50); // statements issued after the response (none expected) are counted too
  const response = await fetch(`${ORIGIN}/__bench/sql-statements`);
  const count = Number(await response.text());
  if (!Number.isInteger(count)) throw new Error("The server does not count SQL statements (BENCH_COUNT_SQL)");
  return count;
}

/**
 * The client JavaScript a page loads, gzip-compressed: every script Chromium fetches until the
 * network is idle (the build files the HTML references and the chunks imported before hydration,
 * such as the page's catalogs), each compressed as the server compresses it.
 */
async function clientJavaScriptKb(browser: Browser, target: Target, cookie: string): Promise<number> {
  const [name, value] = cookie.split("=") as [string, string];
  const context = await browser.newContext();
  await context.addCookies([{ name, value, url: ORIGIN }]);
  const page = await context.newPage();
  const scripts: Promise<number>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") {
      scripts.push(response.body().then((body) => gzipSync(body).length, () => 0));
    }
  });
  const response = await page.goto(`${ORIGIN}${target.path}`, { waitUntil: "networkidle" });
  if (response?.status() !== 200) throw new Error(`${target.name}: HTTP ${response?.status()} in the browser`);
  const bytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
  await context.close();
  return round(bytes / 1024, 1);
}

// ---------------------------------------------------------------------------------------------

interface Load {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

function cannon(url: string, seconds: number, headers: Record<string, string>, record: boolean): Promise<Load> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let ok = 0;
    const instance = autocannon({ url, connections: CONNECTIONS, duration: seconds, headers, timeout: 10 }, (error, result) => {
      if (error) return reject(error);
      latencies.sort((a, b) => a - b);
      resolve({
        rps: ok / (result.duration || seconds),
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        errors: result.errors + result.non2xx,
      });
    });
    instance.on("response", (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) {
        ok++;
        if (record) latencies.push(ms);
      }
    });
  });
}

async function load(url: string, seconds: number, headers: Record<string, string> = {}): Promise<Load> {
  await cannon(url, Math.min(3, seconds), headers, false); // warm-up, not recorded
  return cannon(url, seconds, headers, true);
}

async function floor(bytes: number, seconds: number): Promise<Load> {
  const script = `
    const http = require("node:http");
    const body = Buffer.alloc(${bytes}, "<p>Portale Tutori</p>\\n");
    http.createServer((req, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length, "Cache-Control": "no-store" });
      res.end(body);
    }).listen(${FLOOR_PORT}, "127.0.0.1", () => console.log("ready"));`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve) => child.stdout!.once("data", () => resolve()));
  try {
    return await load(`http://127.0.0.1:${FLOOR_PORT}/`, seconds);
  } finally {
    child.kill("SIGTERM");
  }
}

// ---------------------------------------------------------------------------------------------

function round(n: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function checkBudgets(routes: RouteResult[], scale: number): string[] {
  const missed: string[] = [];
  for (const r of routes) {
    if (!(r.p95_ms < BUDGETS.p95_ms)) missed.push(`${r.name}: p95 ${r.p95_ms} ms ≥ ${BUDGETS.p95_ms} ms`);
    if (r.errors > 0) missed.push(`${r.name}: ${r.errors} errors`);
    if (r.queries_large > BUDGETS.queries) missed.push(`${r.name}: ${r.queries_large} SQL statements > ${BUDGETS.queries}`);
    if (r.queries_small !== r.queries_large) {
      missed.push(`${r.name}: ${r.queries_small} SQL statements at the small scale, ${r.queries_large} at the large`);
    }
    if (r.js_gz_kb > BUDGETS.js_gz_kb) missed.push(`${r.name}: ${r.js_gz_kb} KB of JavaScript > ${BUDGETS.js_gz_kb} KB`);
    if (r.name === "search" && scale >= 1 && !(r.p95_ms < BUDGETS.search_p95_ms)) {
      missed.push(`search: p95 ${r.p95_ms} ms ≥ ${BUDGETS.search_p95_ms} ms at scale ${scale}`);
    }
  }
  return missed;
}

function markdown(report: Report): string {
  const m = report.machine;
  const lines = [
    `# Benchmark — ${report.date}`,
    "",
    `Scale ${report.scale} (small: ${report.scale_small}); ${CONNECTIONS} connections, ${report.duration_s} s per route after a warm-up; production build.`,
    "",
    `Machine: ${m.cpus} × ${m.cpu_model}, ${m.memory_gb} GB RAM, ${m.os}; Node ${m.node}; PostgreSQL ${m.postgres}.`,
    "",
    `Floor (bare node:http, ${report.floor_bytes} bytes of HTML): **${report.floor_rps} req/s**.`,
    "",
    `App floor (\`${report.app_floor.path}\` anonymous: this portal's layout, ${report.app_floor.queries} SQL statements): **${report.app_floor.rps} req/s**, p50 ${report.app_floor.p50_ms} ms, p95 ${report.app_floor.p95_ms} ms, p99 ${report.app_floor.p99_ms} ms, ${report.app_floor.errors} errors.`,
    "",
    "| route | path | req/s | p50 ms | p95 ms | p99 ms | errors | × floor | SQL (small / large) | JS gz KB | HTML KB |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ...report.routes.map(
      (r) =>
        `| ${r.name} | \`${r.path}\` | ${r.rps} | ${r.p50_ms} | ${r.p95_ms} | ${r.p99_ms} | ${r.errors} | ${r.ratio_to_floor} | ${r.queries_small} / ${r.queries_large} | ${r.js_gz_kb} | ${r.html_kb} |`,
    ),
    "",
    `Budgets: p95 < ${BUDGETS.p95_ms} ms and no errors on every route; at most ${BUDGETS.queries} SQL statements per request, equal at both scales; at most ${BUDGETS.js_gz_kb} KB of JavaScript (gzip) per page; forum search p95 < ${BUDGETS.search_p95_ms} ms at scale 1.`,
    "",
    report.missed.length === 0 ? "**Every budget met.**" : `**Missed:**\n\n${report.missed.map((x) => `- ${x}`).join("\n")}`,
    "",
  ];
  return lines.join("\n");
}

interface Report {
  date: string;
  scale: number;
  scale_small: number;
  duration_s: number;
  connections: number;
  machine: { cpus: number; cpu_model: string; memory_gb: number; os: string; node: string; postgres: string };
  floor_rps: number;
  floor_bytes: number;
  /** A page of the portal that reads nothing: the stack's own ceiling on this machine. */
  app_floor: { path: string; rps: number; p50_ms: number; p95_ms: number; p99_ms: number; errors: number; queries: number };
  budgets: typeof BUDGETS;
  missed: string[];
  routes: RouteResult[];
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const largeUrl = process.env.BENCH_DATABASE_URL;
  if (!largeUrl) {
    console.error("Set BENCH_DATABASE_URL (a PostgreSQL database filled by `npm run bench:seed -- --scale 1`).");
    process.exit(2);
  }
  const large = await readSeed(largeUrl);
  if (!large) {
    console.error(`${redact(largeUrl)} holds no benchmark data: run \`npm run bench:seed -- --scale 1\` first.`);
    process.exit(2);
  }
  const small_url = smallUrl(largeUrl);
  const smallScale = round(large.scale / 10, 4);
  let small = await readSeed(small_url);
  if (!small || small.scale !== smallScale) {
    runSeed(small_url, smallScale);
    small = await readSeed(small_url);
    if (!small) throw new Error("The small database was not seeded");
  }
  const targets = large.targets.filter((t) => !options.only || options.only.includes(t.name));
  const smallTargets = new Map(small.targets.map((t) => [t.name, t]));

  if (options.build) {
    console.log("Building the production app…");
    execFileSync("npx", ["remix", "build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  }

  // SQL statements per request at both scales.
  const queries = { small: new Map<string, number>(), large: new Map<string, number>() };
  const pages = new Map<string, string>();
  const javascript = new Map<string, number>();
  let appFloorQueries = -1;
  for (const [label, url] of [["small", small_url], ["large", largeUrl]] as const) {
    const server = await startServer(url, true);
    try {
      const cookies = await sessions(targets);
      for (const target of targets) {
        const t = label === "small" ? smallTargets.get(target.name) : target;
        if (!t) throw new Error(`The small database has no target ${target.name}`);
        const cookie = cookies.get(t.role)!;
        queries[label].set(t.name, await statementsOf(t, cookie));
        if (label === "large") pages.set(t.name, await getPage(t, cookie));
      }
      if (label === "large") appFloorQueries = await statementsOf(APP_FLOOR, "");
      if (label === "large") {
        const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
        try {
          for (const t of targets) javascript.set(t.name, await clientJavaScriptKb(browser, t, cookies.get(t.role)!));
        } finally {
          await browser.close();
        }
      }
    } finally {
      await stopServer(server);
    }
    console.log(`SQL statements per request (${label}):`, Object.fromEntries(queries[label]));
  }

  if (!options.load) {
    for (const target of targets) {
      const q = `${queries.small.get(target.name)} / ${queries.large.get(target.name)}`;
      console.log(`${target.name.padEnd(14)} SQL ${q.padEnd(8)} JS ${javascript.get(target.name)} KB`);
    }
    return;
  }

  // Throughput and latency on the large database.
  const results: RouteResult[] = [];
  const server = await startServer(largeUrl, false);
  const loads = new Map<string, Load>();
  let appFloorLoad: Load | undefined;
  try {
    const cookies = await sessions(targets);
    for (const target of targets) {
      const result = await load(`${ORIGIN}${target.path}`, options.duration, { Cookie: cookies.get(target.role)! });
      loads.set(target.name, result);
      console.log(`${target.name.padEnd(14)} ${result.rps.toFixed(0).padStart(6)} req/s  p50 ${result.p50} p95 ${result.p95} p99 ${result.p99} ms  errors ${result.errors}`);
    }
    appFloorLoad = await load(`${ORIGIN}${APP_FLOOR.path}`, options.duration);
    console.log(`app floor      ${appFloorLoad.rps.toFixed(0).padStart(6)} req/s  p50 ${appFloorLoad.p50} p95 ${appFloorLoad.p95} p99 ${appFloorLoad.p99} ms`);
  } finally {
    await stopServer(server);
  }

  const sizes = [...pages.values()].map((html) => Buffer.byteLength(html));
  const floorBytes = Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length);
  const floorLoad = await floor(floorBytes, options.duration);
  console.log(`floor          ${floorLoad.rps.toFixed(0).padStart(6)} req/s  p95 ${floorLoad.p95} ms`);

  for (const target of targets) {
    const l = loads.get(target.name)!;
    const html = pages.get(target.name)!;
    results.push({
      name: target.name,
      path: target.path,
      rps: round(l.rps),
      p50_ms: round(l.p50, 1),
      p95_ms: round(l.p95, 1),
      p99_ms: round(l.p99, 1),
      errors: l.errors,
      ratio_to_floor: round(l.rps / floorLoad.rps, 3),
      queries_small: queries.small.get(target.name)!,
      queries_large: queries.large.get(target.name)!,
      js_gz_kb: javascript.get(target.name)!,
      html_kb: round(Buffer.byteLength(html) / 1024, 1),
    });
  }

  const report: Report = {
    date: new Date().toISOString(),
    scale: large.scale,
    scale_small: small.scale,
    duration_s: options.duration,
    connections: CONNECTIONS,
    machine: {
      cpus: os.cpus().length,
      cpu_model: os.cpus()[0]?.model.trim() ?? "unknown",
      memory_gb: round(os.totalmem() / 1024 ** 3, 1),
      os: `${os.type()} ${os.release()}`,
      node: process.version,
      postgres: await postgresVersion(largeUrl),
    },
    floor_rps: round(floorLoad.rps),
    floor_bytes: floorBytes,
    app_floor: {
      path: APP_FLOOR.path,
      rps: round(appFloorLoad!.rps),
      p50_ms: round(appFloorLoad!.p50, 1),
      p95_ms: round(appFloorLoad!.p95, 1),
      p99_ms: round(appFloorLoad!.p99, 1),
      errors: appFloorLoad!.errors,
      queries: appFloorQueries,
    },
    budgets: BUDGETS,
    missed: [],
    routes: results,
  };
  report.missed = checkBudgets(results, report.scale);
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(path.join(RESULTS, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(path.join(RESULTS, "latest.md"), markdown(report));
  console.log(markdown(report));
  if (report.scale < 1) console.log(`Note: scale ${report.scale}; the published numbers are at scale 1.`);
  process.exit(report.missed.length === 0 ? 0 : 1);
}

await main();
