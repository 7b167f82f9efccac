// The server as a process: it refuses a second process on the same embedded database, stops
// cleanly within 10 seconds on SIGTERM/SIGINT, and releases the directory's lock for the next start.
// Runs once, in the PGlite project (the embedded database is what the lock protects).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");

interface Server {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function startServer(dataDir: string, port: number, extra: Record<string, string> = {}): Server {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    PUBLIC_URL: `http://localhost:${port}`,
    SECURE_COOKIES: "false",
  };
  delete env.DATABASE_URL;
  delete env.SMTP_URL;
  Object.assign(env, extra);
  const child = spawn(process.execPath, ["--import", "tsx", "app/server/main.ts"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, port, output: () => output, exited };
}

async function health(port: number): Promise<{ status: number; body: string } | null> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2_000) });
    return { status: response.status, body: await response.text() };
  } catch {
    return null;
  }
}

/** Waits until /healthz answers 200, failing early (with the server's output) if it exits. */
async function waitHealthy(server: Server, timeoutMs = 60_000): Promise<void> {
  let exited = false;
  void server.exited.then(() => (exited = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the server exited before answering /healthz:\n${server.output()}`);
    const answer = await health(server.port);
    if (answer?.status === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no 200 from /healthz within ${timeoutMs} ms:\n${server.output()}`);
}

async function exitWithin(server: Server, ms: number) {
  const timer = new Promise<"timeout">((r) => setTimeout(() => r("timeout"), ms).unref());
  return Promise.race([server.exited, timer]);
}

describe.skipIf(process.env.TEST_DB === "postgres")("the server process", () => {
  let dataDir: string;
  const started: Server[] = [];

  beforeAll(() => {
    if (!fs.existsSync(path.join(root, "build/index.js"))) {
      execFileSync("npx", ["remix", "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
    }
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portale-process-"));
  }, 180_000);

  afterAll(async () => {
    for (const server of started) {
      if (server.child.exitCode === null && server.child.signalCode === null) {
        server.child.kill("SIGKILL");
        await server.exited;
      }
    }
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("refuses a second process on the same data directory, stops on SIGTERM, and starts again", async () => {
    const first = startServer(dataDir, await freePort());
    started.push(first);
    await waitHealthy(first);
    expect(await health(first.port)).toEqual({ status: 200, body: "ok\n" });

    // A second server on the same embedded database must refuse to start, clearly.
    const second = startServer(dataDir, await freePort());
    started.push(second);
    const refused = await exitWithin(second, 30_000);
    expect(refused, `the second server did not exit:\n${second.output()}`).not.toBe("timeout");
    expect(refused).toMatchObject({ code: expect.any(Number) });
    expect((refused as { code: number }).code).not.toBe(0);
    expect(second.output()).toMatch(/already in use/i);
    expect(second.output()).toContain(dataDir);
    expect(await health(second.port)).toBeNull();

    // The first one is untouched.
    expect(await health(first.port)).toEqual({ status: 200, body: "ok\n" });

    // SIGTERM: a clean exit (code 0) within 10 seconds.
    const t0 = Date.now();
    first.child.kill("SIGTERM");
    const stopped = await exitWithin(first, 12_000);
    const elapsed = Date.now() - t0;
    expect(stopped, `the server did not stop on SIGTERM:\n${first.output()}`).toEqual({ code: 0, signal: null });
    expect(elapsed).toBeLessThan(10_000);
    expect(fs.existsSync(path.join(dataDir, "portale.lock"))).toBe(false);

    // The lock was released: the same directory opens again (no re-seeding), and SIGINT stops it.
    const third = startServer(dataDir, await freePort());
    started.push(third);
    await waitHealthy(third);
    expect(third.output()).not.toMatch(/demo data/i);
    const t1 = Date.now();
    third.child.kill("SIGINT");
    const interrupted = await exitWithin(third, 12_000);
    expect(interrupted, `the server did not stop on SIGINT:\n${third.output()}`).toEqual({ code: 0, signal: null });
    expect(Date.now() - t1).toBeLessThan(10_000);
  }, 180_000);
});

// On PostgreSQL the portal serves from several worker processes; the primary migrates and runs the
// background jobs once, and SIGTERM stops every process cleanly.
describe.runIf(process.env.TEST_DB === "postgres")("the server on PostgreSQL with worker processes", () => {
  const name = `portale_proc_${process.pid}_${Date.now()}`;
  let url: string;
  let server: Server | undefined;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(root, "build/index.js"))) {
      execFileSync("npx", ["remix", "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
    }
    const { default: postgres } = await import("postgres");
    const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    await admin.end();
    const u = new URL(process.env.TEST_DATABASE_URL!);
    u.pathname = `/${name}`;
    url = u.toString();
  }, 180_000);

  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill("SIGKILL");
      await server.exited;
    }
    const { default: postgres } = await import("postgres");
    const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });

  it("starts WEB_CONCURRENCY workers that answer, and stops them all on SIGTERM", async () => {
    server = startServer(os.tmpdir(), await freePort(), { DATABASE_URL: url, WEB_CONCURRENCY: "2" });
    await waitHealthy(server);
    // The primary says so once every worker is listening.
    for (let i = 0; i < 120 && !/listening .*2 workers/.test(server.output()); i++) await new Promise((r) => setTimeout(r, 250));
    expect(server.output()).toMatch(/listening .*2 workers/);
    const workers = execFileSync("pgrep", ["-P", String(server.child.pid)]).toString().trim().split("\n");
    expect(workers, server.output()).toHaveLength(2);
    const answers = await Promise.all(Array.from({ length: 20 }, () => health(server!.port)));
    expect(answers.map((a) => a?.status), server.output()).toEqual(Array(20).fill(200));

    const t0 = Date.now();
    server.child.kill("SIGTERM");
    const stopped = await exitWithin(server, 12_000);
    expect(stopped, `the server did not stop on SIGTERM:\n${server.output()}`).toEqual({ code: 0, signal: null });
    expect(Date.now() - t0).toBeLessThan(10_000);
    for (const pid of workers) expect(() => process.kill(Number(pid), 0), `worker ${pid} still there:\n${server.output()}`).toThrow();
  }, 180_000);

  it("counts a request's SQL statements only when the benchmark asks for it (BENCH_COUNT_SQL)", async () => {
    const port = await freePort();
    server = startServer(os.tmpdir(), port, { DATABASE_URL: url, WEB_CONCURRENCY: "1", BENCH_COUNT_SQL: "true" });
    await waitHealthy(server);
    // /healthz runs one statement: "select 1".
    await health(port);
    const counted = await fetch(`http://127.0.0.1:${port}/__bench/sql-statements`);
    expect(await counted.text()).toBe("1");
    server.child.kill("SIGTERM");
    await exitWithin(server, 12_000);

    const plain = startServer(os.tmpdir(), await freePort(), { DATABASE_URL: url, WEB_CONCURRENCY: "1" });
    server = plain;
    await waitHealthy(plain);
    expect((await fetch(`http://127.0.0.1:${plain.port}/__bench/sql-statements`)).status).toBe(404);
    plain.child.kill("SIGTERM");
    await exitWithin(plain, 12_000);
  }, 180_000);
});
