// npm run content:sync — imports content/ into the database (idempotent; conflicts reported).
import path from "node:path";
import { notifyTrainersOfConflicts } from "../../app/modules/training/conflicts.server";
import { syncContent } from "../../app/modules/training/content-sync.server";
import { run } from "./open";

await run(async (handle) => {
  await handle.migrate();
  const report = await syncContent(path.resolve("content"));
  console.log(JSON.stringify(report, null, 2));
  if (report.conflicts > 0) {
    const told = await notifyTrainersOfConflicts();
    console.log(`Conflicts were found: trainers see them under Formazione → Gestione → Conflitti (${told} notices sent).`);
  }
});
