// Conflicts between content/ files and trainers' edits: listing them side by side with a line
// diff, resolving them (keep the portal's version or take the file's), and telling trainers.
import { and, asc, eq, inArray, isNull, notExists, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { auditLog, contentConflicts, courses, moduleVersions, modules, userRoles, users } from "../../../db/schema";
import { db } from "~/db.server";
import { recordAudit } from "~/modules/audit/log.server";
import { notify } from "~/modules/notifications/notify.server";
import { reevaluateCourseCompletions } from "./learning.server";
import { addVersion } from "./versions.server";

export const CONFLICTS_PATH = "/formazione/gestione/conflitti";
const NOTIFIED = "content_conflict.notified";

export async function countOpenConflicts(): Promise<number> {
  const [row] = await db()
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(contentConflicts)
    .where(isNull(contentConflicts.resolvedAt));
  return row?.n ?? 0;
}

export type DiffLine = { kind: "same" | "added" | "removed"; text: string };

/** A line diff (longest common subsequence) from `before` to `after`. */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before.replace(/\r\n/g, "\n").split("\n");
  const b = after.replace(/\r\n/g, "\n").split("\n");
  // Beyond a few million cells the table costs too much: show removal then addition.
  if (a.length * b.length > 4_000_000) {
    return [...a.map((text) => ({ kind: "removed" as const, text })), ...b.map((text) => ({ kind: "added" as const, text }))];
  }
  const lcs: Uint32Array[] = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ kind: "same", text: a[i] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) out.push({ kind: "removed", text: a[i++] });
    else out.push({ kind: "added", text: b[j++] });
  }
  while (i < a.length) out.push({ kind: "removed", text: a[i++] });
  while (j < b.length) out.push({ kind: "added", text: b[j++] });
  return out;
}

const fileVersion = alias(moduleVersions, "file_version");
const portalVersion = alias(moduleVersions, "portal_version");
const portalAuthor = alias(users, "portal_author");

/** Open conflicts, oldest first, with both versions (rendered) and the diff from file to portal. */
export async function listOpenConflicts() {
  const rows = await db()
    .select({
      id: contentConflicts.id,
      detectedAt: contentConflicts.detectedAt,
      moduleId: modules.id,
      publishedVersionId: modules.publishedVersionId,
      course: { slug: courses.slug, title: courses.title },
      file: { id: fileVersion.id, number: fileVersion.number, title: fileVersion.title, bodyMd: fileVersion.bodyMd, bodyHtml: fileVersion.bodyHtml, createdAt: fileVersion.createdAt },
      portal: {
        id: portalVersion.id,
        number: portalVersion.number,
        title: portalVersion.title,
        bodyMd: portalVersion.bodyMd,
        bodyHtml: portalVersion.bodyHtml,
        createdAt: portalVersion.createdAt,
      },
      portalAuthor: portalAuthor.name,
    })
    .from(contentConflicts)
    .innerJoin(modules, eq(modules.id, contentConflicts.moduleId))
    .innerJoin(courses, eq(courses.id, modules.courseId))
    .innerJoin(fileVersion, eq(fileVersion.id, contentConflicts.fileVersionId))
    .innerJoin(portalVersion, eq(portalVersion.id, contentConflicts.portalVersionId))
    .leftJoin(portalAuthor, eq(portalAuthor.id, portalVersion.authorId))
    .where(isNull(contentConflicts.resolvedAt))
    .orderBy(asc(contentConflicts.detectedAt));
  return rows.map(({ publishedVersionId, ...row }) => ({
    ...row,
    portalPublished: publishedVersionId === row.portal.id,
    diff: lineDiff(row.file.bodyMd, row.portal.bodyMd),
  }));
}

export type Resolution = "kept_portal" | "took_file";

/**
 * Resolves an open conflict. Both versions stay in the history either way. Taking the file's
 * copies it into a new version ("restore") that becomes the latest, published if the portal's
 * was, and the module's file version, so later changes of the file apply again.
 */
export async function resolveConflict(actor: { id: string }, conflictId: string, resolution: Resolution): Promise<boolean> {
  return db().transaction(async (tx) => {
    const [conflict] = await tx
      .select()
      .from(contentConflicts)
      .where(and(eq(contentConflicts.id, conflictId), isNull(contentConflicts.resolvedAt)))
      .for("update");
    if (!conflict) return false;
    const [module] = await tx.select().from(modules).where(eq(modules.id, conflict.moduleId)).for("update");
    let detail: Record<string, string | number | boolean | null> = { moduleId: module.id, courseId: module.courseId, resolution };
    if (resolution === "took_file") {
      const [file] = await tx.select().from(moduleVersions).where(eq(moduleVersions.id, conflict.fileVersionId));
      const version = await addVersion(
        tx,
        module.id,
        { title: file.title, summary: file.summary, minutes: file.minutes, bodyMd: file.bodyMd, quiz: file.quiz },
        { source: "restore", authorId: actor.id, restoredFromId: file.id, fileHash: file.fileHash },
      );
      const wasPublished =
        module.publishedVersionId !== null &&
        (module.publishedVersionId === conflict.portalVersionId || module.publishedVersionId === module.latestVersionId);
      await tx
        .update(modules)
        .set({
          latestVersionId: version.id,
          fileVersionId: version.id,
          updatedAt: new Date(),
          ...(wasPublished ? { publishedVersionId: version.id } : {}),
        })
        .where(eq(modules.id, module.id));
      detail = { ...detail, version: version.number, published: wasPublished };
      // The file's version may drop a quiz: those who had read the module may now be done.
      if (wasPublished && module.archivedAt === null) await reevaluateCourseCompletions(tx, module.courseId);
    }
    await tx
      .update(contentConflicts)
      .set({ resolvedAt: new Date(), resolvedBy: actor.id, resolution })
      .where(eq(contentConflicts.id, conflictId));
    await recordAudit({ actorId: actor.id, action: "content_conflict.resolve", entityType: "content_conflict", entityId: conflictId, details: detail }, tx);
    await recordAudit({ actorId: actor.id, action: "training.module.conflict_resolved", entityType: "module", entityId: module.id, details: detail }, tx);
    return true;
  });
}

/**
 * Tells every trainer (both districts) and administrator about each open conflict nobody has
 * been told of yet; the audit log remembers which were announced. Call it after a content sync.
 */
export async function notifyTrainersOfConflicts(): Promise<number> {
  return db().transaction(async (tx) => {
    const pending = await tx
      .select({ id: contentConflicts.id, moduleTitle: moduleVersions.title, courseTitle: courses.title })
      .from(contentConflicts)
      .innerJoin(modules, eq(modules.id, contentConflicts.moduleId))
      .innerJoin(courses, eq(courses.id, modules.courseId))
      .innerJoin(moduleVersions, eq(moduleVersions.id, contentConflicts.portalVersionId))
      .where(
        and(
          isNull(contentConflicts.resolvedAt),
          notExists(
            tx
              .select({ one: sql`1` })
              .from(auditLog)
              .where(
                and(
                  eq(auditLog.entityType, "content_conflict"),
                  eq(auditLog.action, NOTIFIED),
                  eq(auditLog.entityId, sql`${contentConflicts.id}::text`),
                ),
              ),
          ),
        ),
      )
      .orderBy(asc(contentConflicts.detectedAt))
      .for("update", { of: contentConflicts, skipLocked: true });
    if (pending.length === 0) return 0;
    const recipients = await tx
      .selectDistinct({ id: users.id })
      .from(userRoles)
      .innerJoin(users, eq(users.id, userRoles.userId))
      .where(and(or(eq(userRoles.role, "trainer"), eq(userRoles.role, "admin")), isNull(users.disabledAt)));
    for (const conflict of pending) {
      for (const recipient of recipients) {
        await notify(recipient.id, "content_conflict", { module: conflict.moduleTitle, course: conflict.courseTitle }, { tx, link: CONFLICTS_PATH });
      }
      await recordAudit({ actorId: null, action: NOTIFIED, entityType: "content_conflict", entityId: conflict.id, details: { recipients: recipients.length } }, tx);
    }
    return pending.length;
  });
}

/** Which conflicts are open for these modules (for a badge in the editor). */
export async function openConflictModules(moduleIds: string[]): Promise<Set<string>> {
  if (moduleIds.length === 0) return new Set();
  const rows = await db()
    .select({ moduleId: contentConflicts.moduleId })
    .from(contentConflicts)
    .where(and(inArray(contentConflicts.moduleId, moduleIds), isNull(contentConflicts.resolvedAt)));
  return new Set(rows.map((r) => r.moduleId));
}
