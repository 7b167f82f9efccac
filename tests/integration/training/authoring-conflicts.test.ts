// Conflicts between content/ files and portal edits: listing with a diff, resolving both ways
// (both versions always kept), and telling trainers and admins once.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, contentConflicts, moduleVersions, modules, notifications } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { listOpenConflicts, notifyTrainersOfConflicts, resolveConflict } from "../../../app/modules/training/conflicts.server";
import { addVersion } from "../../../app/modules/training/versions.server";
import * as page from "../../../app/routes/formazione.gestione.conflitti";
import { createCourse } from "../../fixtures/training";
import { createUser } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";
import { formRequest, getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const context = { cspNonce: "test", clientIp: "127.0.0.1" };
let trainer: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  trainer = await createUser({ roles: [["trainer", "BS"]] });
});

const content = (bodyMd: string) => ({ title: "Modulo in conflitto", summary: "", minutes: 10, bodyMd, quiz: null });

/** A module imported from a file (v1), edited and published in the portal (v2), then the file changed (v3). */
async function conflictedModule(portalPublished = true) {
  const course = await createCourse();
  return db().transaction(async (tx) => {
    const [m] = await tx.insert(modules).values({ courseId: course.id, slug: `conflitto-${Math.random().toString(36).slice(2, 8)}`, position: 1, filePath: "x.md" }).returning();
    const v1 = await addVersion(tx, m.id, content("Riga uno\nRiga due"), { source: "file", fileHash: "h1" });
    const v2 = await addVersion(tx, m.id, content("Riga uno\nRiga due corretta nel portale"), { source: "portal", authorId: trainer.id });
    const v3 = await addVersion(tx, m.id, content("Riga uno\nRiga due\nRiga tre dal file"), { source: "file", fileHash: "h2" });
    await tx
      .update(modules)
      .set({ latestVersionId: v2.id, publishedVersionId: portalPublished ? v2.id : v1.id, fileVersionId: v3.id, fileHash: "h2" })
      .where(eq(modules.id, m.id));
    const [conflict] = await tx.insert(contentConflicts).values({ moduleId: m.id, fileVersionId: v3.id, portalVersionId: v2.id, fileHash: "h2" }).returning();
    return { module: m, course, v1, v2, v3, conflict };
  });
}

const versionCount = async (moduleId: string) => (await db().select().from(moduleVersions).where(eq(moduleVersions.moduleId, moduleId))).length;

describe(`content conflicts (${engine})`, () => {
  it("lists open conflicts with both versions rendered and a line diff", async () => {
    const { conflict } = await conflictedModule();
    const listed = (await listOpenConflicts()).find((c) => c.id === conflict.id)!;
    expect(listed.file.bodyHtml).toContain("Riga tre dal file");
    expect(listed.portal.bodyHtml).toContain("corretta nel portale");
    expect(listed.portalPublished).toBe(true);
    expect(listed.diff).toEqual([
      { kind: "same", text: "Riga uno" },
      { kind: "removed", text: "Riga due" },
      { kind: "removed", text: "Riga tre dal file" },
      { kind: "added", text: "Riga due corretta nel portale" },
    ]);
  });

  it("keeping the portal's version only closes the conflict; both versions stay", async () => {
    const { module: m, v2, conflict } = await conflictedModule();
    const cookie = await sessionCookieFor(trainer.id);
    const result = await outcome(() =>
      page.action({ request: formRequest("/formazione/gestione/conflitti", { intent: "kept_portal", conflictId: conflict.id }, cookie), params: {}, context }),
    );
    expect(result.location).toBe("/formazione/gestione/conflitti?esito=portale");
    const [row] = await db().select().from(contentConflicts).where(eq(contentConflicts.id, conflict.id));
    expect(row).toMatchObject({ resolution: "kept_portal", resolvedBy: trainer.id });
    expect(row.resolvedAt).not.toBeNull();
    const [mod] = await db().select().from(modules).where(eq(modules.id, m.id));
    expect(mod).toMatchObject({ latestVersionId: v2.id, publishedVersionId: v2.id });
    expect(await versionCount(m.id)).toBe(3);
    // Resolving twice is harmless.
    const again = await outcome(() =>
      page.action({ request: formRequest("/formazione/gestione/conflitti", { intent: "took_file", conflictId: conflict.id }, cookie), params: {}, context }),
    );
    expect(again.location).toBe("/formazione/gestione/conflitti?esito=gia-risolto");
    expect(await versionCount(m.id)).toBe(3);
    const audit = await db().select().from(auditLog).where(and(eq(auditLog.entityId, conflict.id), eq(auditLog.action, "content_conflict.resolve")));
    expect(audit).toHaveLength(1);
  });

  it("taking the file's version copies it as the latest, published and file version; both kept", async () => {
    const { module: m, v2, v3, conflict } = await conflictedModule(true);
    expect(await resolveConflict(trainer, conflict.id, "took_file")).toBe(true);
    const [mod] = await db().select().from(modules).where(eq(modules.id, m.id));
    const [copy] = await db().select().from(moduleVersions).where(eq(moduleVersions.id, mod.latestVersionId!));
    expect(copy).toMatchObject({ number: 4, source: "restore", restoredFromId: v3.id, bodyMd: v3.bodyMd, authorId: trainer.id });
    expect(mod).toMatchObject({ publishedVersionId: copy.id, fileVersionId: copy.id });
    expect(await versionCount(m.id)).toBe(4);
    const ids = (await db().select().from(moduleVersions).where(eq(moduleVersions.moduleId, m.id))).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining([v2.id, v3.id]));
    const [row] = await db().select().from(contentConflicts).where(eq(contentConflicts.id, conflict.id));
    expect(row.resolution).toBe("took_file");
    expect((await listOpenConflicts()).some((c) => c.id === conflict.id)).toBe(false);
  });

  it("taking the file's version leaves the published version alone when the portal's was a draft", async () => {
    const { module: m, v1, conflict } = await conflictedModule(false);
    await resolveConflict(trainer, conflict.id, "took_file");
    const [mod] = await db().select().from(modules).where(eq(modules.id, m.id));
    expect(mod.publishedVersionId).toBe(v1.id);
    expect(mod.latestVersionId).toBe(mod.fileVersionId);
  });

  it("notifies every trainer (both districts) and admin once per conflict, not other roles", async () => {
    const trainerMi = await createUser({ roles: [["trainer", "MI"]] });
    const admin = await createUser({ roles: [["admin", null]] });
    const guardian = await createUser({ roles: [["guardian", "MI"]] });
    const coordinator = await createUser({ roles: [["coordinator", "MI"]] });
    const { conflict } = await conflictedModule();
    const first = await notifyTrainersOfConflicts();
    expect(first).toBeGreaterThanOrEqual(1);
    const got = async (userId: string) =>
      (await db().select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, "content_conflict")))).length;
    const counts = await Promise.all([trainer.id, trainerMi.id, admin.id].map(got));
    expect(counts.every((n) => n === first)).toBe(true);
    expect(await got(guardian.id)).toBe(0);
    expect(await got(coordinator.id)).toBe(0);
    const [n] = await db().select().from(notifications).where(eq(notifications.userId, trainerMi.id)).limit(1);
    expect(n).toMatchObject({ link: "/formazione/gestione/conflitti", payload: { module: "Modulo in conflitto" } });
    const marked = await db().select().from(auditLog).where(and(eq(auditLog.entityId, conflict.id), eq(auditLog.action, "content_conflict.notified")));
    expect(marked).toHaveLength(1);
    expect(await notifyTrainersOfConflicts()).toBe(0);
    expect(await got(trainerMi.id)).toBe(first);
  });

  it("the page lists open conflicts for trainers", async () => {
    await conflictedModule();
    const cookie = await sessionCookieFor(trainer.id);
    const result = await outcome(() => page.loader({ request: getRequest("/formazione/gestione/conflitti", cookie), params: {}, context }));
    expect(result.status).toBe(200);
    expect((result.value as Awaited<ReturnType<typeof page.loader>>).conflicts.length).toBeGreaterThan(0);
  });
});
