// npm run db:migrate — applies pending migrations and the districts reference data.
import { ensureDistricts } from "../seed";
import { run } from "./open";

await run(async (handle) => {
  await handle.migrate();
  await ensureDistricts(handle.db);
  console.log(`Migrations applied (${handle.kind}).`);
});
