// npm run db:reset — drops everything, migrates and seeds the demo data again (not in production).
import { sql } from "drizzle-orm";
import { seedDemo } from "../seed";
import { run } from "./open";

if (process.env.NODE_ENV === "production") {
  console.error("db:reset refuses to run with NODE_ENV=production.");
  process.exit(1);
}

await run(async (handle) => {
  await handle.db.execute(sql`drop schema if exists public cascade`);
  await handle.db.execute(sql`drop schema if exists drizzle cascade`);
  await handle.db.execute(sql`create schema public`);
  await handle.migrate();
  await seedDemo(handle.db);
  console.log(`Database reset and demo data added (${handle.kind}).`);
});
