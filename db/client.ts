// Opens the database: embedded PGlite in a locked directory by default, PostgreSQL when a URL is given.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import postgres from "postgres";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Schema = typeof schema;

export interface DatabaseHandle {
  db: Database;
  kind: "pglite" | "postgres";
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = path.resolve(
  path.dirname(new URL(import.meta.url).pathname),
  "migrations",
);

export class DatabaseLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The embedded database in ${dir} is already in use by another process (pid ${pid}). ` +
        `Stop that process first, or set DATABASE_URL to use PostgreSQL; ` +
        `two processes on one embedded database would corrupt it.`,
    );
    this.name = "DatabaseLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes an exclusive lock file in `dir`; a lock left by a dead process is taken over. */
export function lockDirectory(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, "portale.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, "wx");
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(fs.readFileSync(lockPath, "utf8"), 10);
      if (Number.isFinite(holder) && holder !== process.pid && isAlive(holder)) {
        throw new DatabaseLockedError(dir, holder);
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock ${dir}`);
}

export interface OpenOptions {
  /** PostgreSQL connection string; when absent the embedded database is used. */
  url?: string;
  /** Directory of the embedded database; "memory://" keeps it in memory (tests). */
  dataDir?: string;
  max?: number;
  /** Called as each SQL statement is sent to PostgreSQL (the benchmark counts them). */
  onStatement?: () => void;
}

const MAX_PREPARED_PARAMETERS = 32;

export async function openDatabase(options: OpenOptions = {}): Promise<DatabaseHandle> {
  if (options.url) {
    const onStatement = options.onStatement;
    const sql = postgres(options.url, {
      max: options.max ?? 10,
      onnotice: () => {},
      // Prepared statements (below) are planned for their parameters on every execution, never
      // with a generic plan: the forum search and the desk's queues have very uneven data.
      connection: { plan_cache_mode: "force_custom_plan" },
      // `debug` is called once per statement sent, BEGIN and COMMIT included.
      ...(onStatement ? { debug: () => onStatement() } : {}),
    });
    // drizzle sends every query unnamed (parsed again each time); named statements are parsed once
    // per connection and reused (issue 7: most of PostgreSQL's CPU per page). Not for statements
    // with long parameter lists (`in ($1 … $n)` of a district's people): each length would be one
    // more statement kept on every connection. postgres.js replaces each connection after 30–60
    // minutes, which also bounds what a connection keeps.
    const unsafe = sql.unsafe.bind(sql);
    sql.unsafe = ((query: string, parameters?: unknown[], queryOptions?: { prepare?: boolean }) =>
      unsafe(query, parameters as never, { ...queryOptions, prepare: (parameters?.length ?? 0) <= MAX_PREPARED_PARAMETERS })) as typeof sql.unsafe;
    const db = drizzlePostgres(sql, { schema }) as unknown as Database;
    return {
      db,
      kind: "postgres",
      async migrate() {
        // Several app servers may start at once: one migrates, the others wait.
        // A one-connection client, so the session-level advisory lock and the migration share it.
        const single = postgres(options.url!, { max: 1, onnotice: () => {} });
        try {
          await single`select pg_advisory_lock(724500)`;
          await migratePostgres(drizzlePostgres(single, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
          await single`select pg_advisory_unlock(724500)`;
        } finally {
          await single.end({ timeout: 5 });
        }
      },
      async close() {
        await sql.end({ timeout: 5 });
      },
    };
  }

  const dataDir = options.dataDir ?? path.resolve("data");
  const inMemory = dataDir.startsWith("memory://");
  const unlock = inMemory ? () => {} : lockDirectory(dataDir);
  let client: PGlite;
  try {
    client = new PGlite(inMemory ? dataDir : path.join(dataDir, "pg"));
    await client.waitReady;
  } catch (error) {
    unlock();
    throw error;
  }
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    kind: "pglite",
    async migrate() {
      await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
    },
    async close() {
      try {
        await client.close();
      } finally {
        unlock();
      }
    },
  };
}

export { schema };
