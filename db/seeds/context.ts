// What every domain's demo seed gets: the transaction, the demo people by e-mail, and "now".
import type { Tx } from "../../app/db.server";

export interface SeedContext {
  tx: Tx;
  /** e-mail → user id, for the demo accounts and the extra members. */
  users: Map<string, string>;
  now: Date;
}
