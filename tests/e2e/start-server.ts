// Starts a fresh portal for one browser-test run: a new PostgreSQL database next to
// TEST_DATABASE_URL (migrated, seeded, dropped afterwards), or else a new embedded database.
// The server runs from a private copy of the build, so a rebuild during the run cannot pull
// the browser assets away from under it.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { openDatabase } from "../../db/client";
import { seedDemo } from "../../db/seed";
import { registerDatabase } from "../../app/db.server";

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
  registerDatabase(handle);
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

/** The browser manifest the server build refers to, and whether `publicDir` has it. */
function buildIsWhole(buildDir: string, publicDir: string): boolean {
  const server = fs.readFileSync(path.join(buildDir, "index.js"), "utf8");
  const manifest = server.match(/"\/build\/(manifest-[A-Z0-9]+\.js)"/)?.[1];
  return Boolean(manifest && fs.existsSync(path.join(publicDir, "build", manifest)));
}

/**
 * Copies build/ and public/ into `dir` (with node_modules linked) for the server to run from.
 * Other people may rebuild in this checkout at any moment: copy again until the two halves match.
 */
async function snapshotBuild(dir: string): Promise<void> {
  if (!fs.existsSync(path.join(root, "build/index.js"))) {
    throw new Error("build/index.js is missing: run `npx remix build` before the browser tests.");
  }
  for (let attempt = 1; ; attempt++) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    fs.cpSync(path.join(root, "build"), path.join(dir, "build"), { recursive: true });
    fs.cpSync(path.join(root, "public"), path.join(dir, "public"), { recursive: true });
    if (buildIsWhole(path.join(dir, "build"), path.join(dir, "public"))) break;
    if (attempt === 10) throw new Error("build/ and public/build/ do not match: run `npx remix build` again.");
    await new Promise((r) => setTimeout(r, 1_000));
  }
  fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  // The server imports content/ from its working directory.
  fs.symlinkSync(path.join(root, "content"), path.join(dir, "content"), "dir");
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
}

async function main() {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", SECURE_COOKIES: process.env.SECURE_COOKIES ?? "false" };
  delete env.TEST_DATABASE_URL;
  // tsx looks for tsconfig.json (the "~/" paths) in the working directory, which is the snapshot.
  env.TSX_TSCONFIG_PATH = path.join(root, "tsconfig.json");
  const runDir = path.join(root, "tests/e2e/.data", suffix);
  fs.rmSync(runDir, { recursive: true, force: true });
  const appDir = path.join(runDir, "app");
  await snapshotBuild(appDir);
  let cleanup: () => Promise<void> = async () => {};

  if (base) {
    const created = await createPostgresDatabase(base);
    env.DATABASE_URL = created.url;
    cleanup = created.drop;
    console.log(`[e2e] PostgreSQL database ready: ${new URL(created.url).pathname.slice(1)}`);
  } else {
    env.DATA_DIR = path.join(runDir, "data");
    delete env.DATABASE_URL;
    console.log(`[e2e] embedded database in ${path.relative(root, env.DATA_DIR)}`);
  }
  const dropDatabase = cleanup;
  cleanup = async () => {
    try {
      await dropDatabase();
    } finally {
      fs.rmSync(runDir, { recursive: true, force: true });
    }
  };

  // cwd is the snapshot (build/ and public/ are read from there); the code is the checkout's.
  const server = spawn(process.execPath, ["--import", "tsx", path.join(root, "app/server/main.ts")], {
    cwd: appDir,
    env,
    stdio: "inherit",
  });
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
