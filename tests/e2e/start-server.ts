// Starts a fresh portal for one browser-test run: a new PostgreSQL database next to
// TEST_DATABASE_URL (migrated, seeded, dropped afterwards), or else a new embedded database.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { openDatabase } from "../../db/client";
import { seedDemo } from "../../db/seed";

const root = path.resolve(import.meta.dirname, "../..");
const base = process.env.TEST_DATABASE_URL;
const suffix = crypto.randomBytes(6).toString("hex");

async function createPostgresDatabase(baseUrl: string) {
  const name = `portale_e2e_${suffix}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), max: 2 });
  await handle.migrate();
  await seedDemo(handle.db);
  await handle.close();
  return {
    url: url.toString(),
    async drop() {
      const a = postgres(baseUrl, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists "${name}" with (force)`);
      await a.end();
      console.log(`[e2e] dropped database ${name}`);
    },
  };
}

async function main() {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", SECURE_COOKIES: process.env.SECURE_COOKIES ?? "false" };
  delete env.TEST_DATABASE_URL;
  let cleanup: () => Promise<void> = async () => {};

  if (base) {
    const created = await createPostgresDatabase(base);
    env.DATABASE_URL = created.url;
    cleanup = created.drop;
    console.log(`[e2e] PostgreSQL database ready: ${new URL(created.url).pathname.slice(1)}`);
  } else {
    const dir = path.join(root, "tests/e2e/.data", suffix);
    fs.rmSync(dir, { recursive: true, force: true });
    env.DATA_DIR = dir;
    delete env.DATABASE_URL;
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
    console.log(`[e2e] embedded database in ${path.relative(root, dir)}`);
  }

  const server = spawn(process.execPath, ["--import", "tsx", "app/server/main.ts"], { cwd: root, env, stdio: "inherit" });
  let stopping = false;
  const forward = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    if (server.exitCode === null) server.kill(signal);
  };
  process.on("SIGTERM", () => forward("SIGTERM"));
  process.on("SIGINT", () => forward("SIGINT"));

  const code = await new Promise<number>((resolve) => server.on("exit", (c, s) => resolve(c ?? (s ? 1 : 0))));
  try {
    await cleanup();
  } catch (error) {
    console.error("[e2e] cleanup failed:", error);
  }
  process.exit(stopping ? 0 : code);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
