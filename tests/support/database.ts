// Gives each integration test file its own fresh, migrated database: PGlite in memory, or a new
// PostgreSQL database created next to TEST_DATABASE_URL and dropped afterwards.
import crypto from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "../../db/client";
import { ensureDistricts } from "../../db/seed";
import { registerDatabase } from "../../app/db.server";

export const engine = process.env.TEST_DB === "postgres" ? "postgres" : "pglite";

async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is required for the PostgreSQL integration run");
  const name = `portale_it_${crypto.randomBytes(6).toString("hex")}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const a = postgres(base, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists "${name}" with (force)`);
      await a.end();
    },
  };
}

/** Opens a fresh database for this file, registers it for the app modules, and cleans up. */
export function useTestDatabase(): { handle: () => DatabaseHandle } {
  let handle: DatabaseHandle | undefined;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (engine === "postgres") {
      const created = await createPostgresDatabase();
      drop = created.drop;
      handle = await openDatabase({ url: created.url, max: 4 });
    } else {
      handle = await openDatabase({ dataDir: "memory://" });
    }
    await handle.migrate();
    await ensureDistricts(handle.db);
    registerDatabase(handle);
  });
  afterAll(async () => {
    registerDatabase(undefined);
    await handle?.close();
    await drop?.();
  });
  return {
    handle: () => {
      if (!handle) throw new Error("database not ready");
      return handle;
    },
  };
}
