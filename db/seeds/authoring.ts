// Demo data for Formazione (authoring): the demo trainer has edited and published one module of the
// refresher in the portal, and has a draft waiting on a module of the initial course, so the
// version history and the "draft to publish" states look used. Fictional people only.
import { and, eq } from "drizzle-orm";
import { auditLog, courses, moduleVersions, modules } from "../schema";
import { addVersion } from "../../app/modules/training/versions.server";
import type { SeedContext } from "./context";

const DAY = 24 * 3600 * 1000;
const TRAINER = "formatore@example.org";

async function findModule(ctx: SeedContext, courseSlug: string, moduleSlug: string) {
  const [row] = await ctx.tx
    .select({ module: modules, latest: moduleVersions })
    .from(modules)
    .innerJoin(courses, eq(courses.id, modules.courseId))
    .innerJoin(moduleVersions, eq(moduleVersions.id, modules.latestVersionId))
    .where(and(eq(courses.slug, courseSlug), eq(modules.slug, moduleSlug)));
  return row ?? null;
}

/** Inserts `addition` before the first heading `before` (or at the end). */
function insertBefore(body: string, before: string, addition: string): string {
  const at = body.indexOf(`\n${before}`);
  return at < 0 ? `${body.trimEnd()}\n\n${addition}\n` : `${body.slice(0, at)}\n${addition}\n${body.slice(at)}`;
}

async function edit(
  ctx: SeedContext,
  target: { course: string; module: string; before: string; addition: string; daysAgo: number; publish: boolean },
): Promise<void> {
  const trainerId = ctx.users.get(TRAINER);
  const found = await findModule(ctx, target.course, target.module);
  if (!trainerId || !found) return;
  const { module, latest } = found;
  const version = await addVersion(
    ctx.tx,
    module.id,
    {
      title: latest.title,
      summary: latest.summary,
      minutes: latest.minutes,
      bodyMd: insertBefore(latest.bodyMd, target.before, target.addition),
      quiz: latest.quiz,
    },
    { source: "portal", authorId: trainerId },
  );
  const at = new Date(ctx.now.getTime() - target.daysAgo * DAY);
  await ctx.tx.update(moduleVersions).set({ createdAt: at }).where(eq(moduleVersions.id, version.id));
  // The file's version was imported before the trainer's edit (the demo portal has been in use a while).
  await ctx.tx.update(moduleVersions).set({ createdAt: new Date(ctx.now.getTime() - 60 * DAY) }).where(eq(moduleVersions.id, latest.id));
  await ctx.tx
    .update(modules)
    .set({ latestVersionId: version.id, updatedAt: at, ...(target.publish ? { publishedVersionId: version.id } : {}) })
    .where(eq(modules.id, module.id));
  const details = { courseId: module.courseId, version: version.number };
  await ctx.tx.insert(auditLog).values([
    { actorId: trainerId, action: "training.module.save", entityType: "module", entityId: module.id, details, createdAt: at },
    ...(target.publish
      ? [{ actorId: trainerId, action: "training.module.publish", entityType: "module", entityId: module.id, details, createdAt: new Date(at.getTime() + 60_000) }]
      : []),
  ]);
}

export async function seedAuthoring(ctx: SeedContext): Promise<void> {
  // Published portal edit, newer than the file's version: a later change of the file will be a conflict.
  await edit(ctx, {
    course: "aggiornamento-tutori",
    module: "diciotto-anni-in-pratica",
    before: "## A 12 mesi dai 18 anni",
    addition:
      "> **Dal gruppo dei formatori.** Molti tutori ci hanno chiesto come usare la lista negli incontri di rete: " +
      "portatela stampata all'incontro dei 12 mesi e, alla fine, segnate insieme alla comunità chi si occupa di " +
      "ciascun punto e entro quando. Rileggetela a ogni incontro successivo.\n",
    daysAgo: 12,
    publish: true,
  });
  // A draft not yet published: learners still read the file's version.
  await edit(ctx, {
    course: "corso-base-tutori",
    module: "salute",
    before: "## Fonti",
    addition: [
      "## Per la discussione in aula",
      "",
      "- Quali servizi sanitari per adolescenti conoscete nel vostro territorio?",
      "- Con chi parlereste, per primo, di un ragazzo che dorme poco e non vuole uscire dalla comunità?",
      "- Quali documenti sanitari del ragazzo terreste in copia, e dove?",
      "",
    ].join("\n"),
    daysAgo: 2,
    publish: false,
  });
}
