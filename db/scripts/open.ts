// Opens the configured database for a command-line script and registers it for app modules.
import path from "node:path";
import { openDatabase, type DatabaseHandle } from "../client";
import { registerDatabase } from "../../app/db.server";

export async function openForScript(): Promise<DatabaseHandle> {
  const handle = await openDatabase({
    url: process.env.DATABASE_URL || undefined,
    dataDir: path.resolve(process.env.DATA_DIR || "data"),
  });
  registerDatabase(handle);
  return handle;
}

export async function run(task: (handle: DatabaseHandle) => Promise<void>): Promise<void> {
  let handle: DatabaseHandle | undefined;
  try {
    handle = await openForScript();
    await task(handle);
    await handle.close();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await handle?.close().catch(() => {});
    process.exit(1);
  }
}
