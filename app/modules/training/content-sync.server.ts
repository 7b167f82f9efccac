// Imports content/ into the database, idempotently. A file changed after a trainer's edit is
// never applied over it: both versions are kept and a conflict is recorded for trainers.
import { and, eq, sql } from "drizzle-orm";
import { contentConflicts, courses, modules } from "../../../db/schema";
import { db, type Tx } from "~/db.server";
import { renderMarkdown } from "~/utils/markdown.server";
import { readContent, type CourseFile, type ModuleFile } from "./content-files.server";
import { reevaluateCourseCompletions } from "./learning.server";
import { addVersion } from "./versions.server";

export interface SyncReport {
  coursesCreated: number;
  coursesUpdated: number;
  modulesCreated: number;
  modulesUpdated: number;
  conflicts: number;
  unchanged: number;
}

export async function syncContent(dir: string): Promise<SyncReport> {
  const files = readContent(dir);
  const report: SyncReport = { coursesCreated: 0, coursesUpdated: 0, modulesCreated: 0, modulesUpdated: 0, conflicts: 0, unchanged: 0 };
  await db().transaction(async (tx) => {
    // One importer at a time, whatever the number of app servers.
    await tx.execute(sql`select pg_advisory_xact_lock(724501)`);
    const ids = new Map<string, string>();
    for (const course of files) ids.set(course.slug, await syncCourse(tx, course, report));
    for (const course of files) {
      const renews = course.renews ? (ids.get(course.renews) ?? null) : null;
      await tx.update(courses).set({ renewsCourseId: renews }).where(eq(courses.id, ids.get(course.slug)!));
      for (const module of course.modules) await syncModule(tx, ids.get(course.slug)!, module, report);
    }
  });
  return report;
}

async function syncCourse(tx: Tx, file: CourseFile, report: SyncReport): Promise<string> {
  const values = {
    title: file.title,
    summary: file.summary,
    bodyMd: file.body,
    bodyHtml: renderMarkdown(file.body),
    audience: file.audience,
    mandatory: file.mandatory,
    hours: file.hours,
    validityMonths: file.validityMonths,
    position: file.order,
    fileHash: file.hash,
    updatedAt: new Date(),
  };
  const [existing] = await tx.select({ id: courses.id, fileHash: courses.fileHash }).from(courses).where(eq(courses.slug, file.slug));
  if (!existing) {
    const [created] = await tx
      .insert(courses)
      .values({ slug: file.slug, status: "published", ...values })
      .returning({ id: courses.id });
    report.coursesCreated++;
    return created.id;
  }
  if (existing.fileHash !== file.hash) {
    await tx.update(courses).set(values).where(eq(courses.id, existing.id));
    report.coursesUpdated++;
  }
  return existing.id;
}

async function syncModule(tx: Tx, courseId: string, file: ModuleFile, report: SyncReport): Promise<void> {
  const content = { title: file.title, summary: file.summary, minutes: file.minutes, bodyMd: file.body, quiz: file.quiz };
  const [existing] = await tx
    .select()
    .from(modules)
    .where(and(eq(modules.courseId, courseId), eq(modules.slug, file.slug)))
    .for("update");
  if (!existing) {
    const [created] = await tx
      .insert(modules)
      .values({ courseId, slug: file.slug, position: file.order, filePath: file.file })
      .returning({ id: modules.id });
    const version = await addVersion(tx, created.id, content, { source: "file", fileHash: file.hash });
    await tx
      .update(modules)
      .set({ latestVersionId: version.id, publishedVersionId: version.id, fileVersionId: version.id, fileHash: file.hash })
      .where(eq(modules.id, created.id));
    report.modulesCreated++;
    return;
  }
  if (existing.fileHash === file.hash) {
    report.unchanged++;
    return;
  }
  const version = await addVersion(tx, existing.id, content, { source: "file", fileHash: file.hash });
  const untouchedInPortal = existing.latestVersionId === existing.fileVersionId;
  if (untouchedInPortal) {
    const wasPublished = existing.publishedVersionId === existing.fileVersionId;
    await tx
      .update(modules)
      .set({
        latestVersionId: version.id,
        fileVersionId: version.id,
        fileHash: file.hash,
        filePath: file.file,
        position: file.order,
        updatedAt: new Date(),
        ...(wasPublished ? { publishedVersionId: version.id } : {}),
      })
      .where(eq(modules.id, existing.id));
    // A new text may drop a quiz: people who had done everything else complete now.
    if (wasPublished) await reevaluateCourseCompletions(tx, courseId);
    report.modulesUpdated++;
    return;
  }
  // A trainer edited the module since the last import: keep both, let trainers decide.
  await tx
    .insert(contentConflicts)
    .values({ moduleId: existing.id, fileVersionId: version.id, portalVersionId: existing.latestVersionId!, fileHash: file.hash })
    .onConflictDoNothing();
  await tx.update(modules).set({ fileHash: file.hash, fileVersionId: version.id }).where(eq(modules.id, existing.id));
  report.conflicts++;
}
