// Module versions: every change (from content/ or from a trainer) is a new numbered version with
// its Markdown rendered once and cached beside it.
import { eq, sql } from "drizzle-orm";
import { moduleVersions, modules, type ModuleVersionSource, type Quiz } from "../../../db/schema";
import type { Tx } from "~/db.server";
import { renderMarkdown } from "~/utils/markdown.server";

export interface VersionContent {
  title: string;
  summary: string;
  minutes: number;
  bodyMd: string;
  quiz: Quiz | null;
}

export async function addVersion(
  tx: Tx,
  moduleId: string,
  content: VersionContent,
  meta: { source: ModuleVersionSource; authorId?: string | null; fileHash?: string | null; restoredFromId?: string | null },
) {
  // Serialise numbering per module.
  await tx.select({ id: modules.id }).from(modules).where(eq(modules.id, moduleId)).for("update");
  const [{ next }] = await tx
    .select({ next: sql<number>`coalesce(max(${moduleVersions.number}), 0) + 1`.mapWith(Number) })
    .from(moduleVersions)
    .where(eq(moduleVersions.moduleId, moduleId));
  const [version] = await tx
    .insert(moduleVersions)
    .values({
      moduleId,
      number: next,
      title: content.title,
      summary: content.summary,
      minutes: content.minutes,
      bodyMd: content.bodyMd,
      bodyHtml: renderMarkdown(content.bodyMd),
      quiz: content.quiz,
      source: meta.source,
      authorId: meta.authorId ?? null,
      fileHash: meta.fileHash ?? null,
      restoredFromId: meta.restoredFromId ?? null,
    })
    .returning();
  return version;
}
