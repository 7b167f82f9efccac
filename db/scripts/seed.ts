// npm run db:seed — adds the fictional demo data (refused when NODE_ENV=production).
import { isDatabaseEmpty, seedDemo } from "../seed";
import { run } from "./open";

if (process.env.NODE_ENV === "production") {
  console.error("db:seed refuses to run with NODE_ENV=production: demo accounts have a public password.");
  process.exit(1);
}

await run(async (handle) => {
  await handle.migrate();
  if (!(await isDatabaseEmpty(handle.db))) {
    console.log("The database already has users: the demo data is added only to an empty database (use db:reset).");
    return;
  }
  await seedDemo(handle.db);
  console.log(`Demo data added (${handle.kind}). Password of every demo account: demo-password-2026`);
});
