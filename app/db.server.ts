// The process-wide database handle. The server (or a test) opens it once and registers it here;
// the Remix build and the scripts share it through globalThis, so one process never opens two.
import type { Database, DatabaseHandle } from "../db/client";

const KEY = Symbol.for("portale-tutori.database");
type Holder = { [KEY]?: DatabaseHandle };

export function registerDatabase(handle: DatabaseHandle | undefined): void {
  (globalThis as Holder)[KEY] = handle;
}

export function databaseHandle(): DatabaseHandle {
  const handle = (globalThis as Holder)[KEY];
  if (!handle) throw new Error("The database has not been opened (registerDatabase was not called).");
  return handle;
}

export function db(): Database {
  return databaseHandle().db;
}

/** The transaction type of `db().transaction`, for functions that take either. */
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type DbOrTx = Database | Tx;
