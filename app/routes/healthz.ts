// /healthz — 200 when the database answers, 503 otherwise; no page, no session.
import { sql } from "drizzle-orm";
import { db } from "~/db.server";

export async function loader() {
  try {
    await db().execute(sql`select 1`);
    return new Response("ok\n", { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  } catch {
    return new Response("database unavailable\n", { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}
