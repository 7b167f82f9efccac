// Importing content/: idempotent, file changes applied while nobody edited in the portal, and a
// conflict (both versions kept) when a file changes after a trainer's edit.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { contentConflicts, courses, moduleVersions, modules } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { syncContent } from "../../../app/modules/training/content-sync.server";
import { addVersion } from "../../../app/modules/training/versions.server";
import { engine, useTestDatabase } from "../../support/database";

useTestDatabase();

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portale-content-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(rel: string, text: string) {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

const course = `---
slug: corso-prova
title: Corso di prova
summary: Un corso per i test.
audience: candidate
mandatory: true
hours: 2
order: 1
---
Presentazione del corso.
`;

const moduleFile = (body: string) => `---
slug: primo-modulo
title: Primo modulo
order: 1
minutes: 20
summary: Il primo.
quiz:
  passMark: 80
  questions:
    - type: single
      text: Quanti minori al massimo per tutore?
      options:
        - text: "3"
          correct: true
        - text: "10"
      explanation: La legge ne prevede al massimo tre.
---
${body}
`;

describe(`content sync (${engine})`, () => {
  it("imports courses and modules once, and again changes nothing", async () => {
    write("courses/corso-prova/course.md", course);
    write("courses/corso-prova/01-primo.md", moduleFile("## Testo\n\nPrima stesura."));
    const first = await syncContent(dir);
    expect(first).toMatchObject({ coursesCreated: 1, modulesCreated: 1, conflicts: 0 });
    const again = await syncContent(dir);
    expect(again).toMatchObject({ coursesCreated: 0, coursesUpdated: 0, modulesCreated: 0, modulesUpdated: 0, unchanged: 1 });
    const [c] = await db().select().from(courses).where(eq(courses.slug, "corso-prova"));
    expect(c).toMatchObject({ mandatory: true, hours: 2, status: "published" });
    const [m] = await db().select().from(modules).where(eq(modules.courseId, c.id));
    const [v] = await db().select().from(moduleVersions).where(eq(moduleVersions.id, m.publishedVersionId!));
    expect(v.bodyHtml).toContain("<h2>Testo</h2>");
    expect(v.quiz?.questions[0]).toMatchObject({ id: "q1", type: "single", options: [{ id: "a", correct: true }, { id: "b", correct: false }] });
  });

  it("applies a changed file when nobody edited the module in the portal", async () => {
    write("courses/corso-prova/01-primo.md", moduleFile("## Testo\n\nSeconda stesura."));
    const report = await syncContent(dir);
    expect(report).toMatchObject({ modulesUpdated: 1, conflicts: 0 });
    const [m] = await db().select().from(modules).where(eq(modules.slug, "primo-modulo"));
    const [v] = await db().select().from(moduleVersions).where(eq(moduleVersions.id, m.publishedVersionId!));
    expect(v).toMatchObject({ number: 2, source: "file" });
    expect(v.bodyMd).toContain("Seconda stesura.");
  });

  it("reports a conflict when the file changes after a trainer's edit, and loses neither version", async () => {
    const [m] = await db().select().from(modules).where(eq(modules.slug, "primo-modulo"));
    const edited = await db().transaction(async (tx) => {
      const v = await addVersion(
        tx,
        m.id,
        { title: "Primo modulo", summary: "Il primo.", minutes: 25, bodyMd: "## Testo\n\nModificato dal formatore.", quiz: null },
        { source: "portal" },
      );
      await tx.update(modules).set({ latestVersionId: v.id, publishedVersionId: v.id }).where(eq(modules.id, m.id));
      return v;
    });
    write("courses/corso-prova/01-primo.md", moduleFile("## Testo\n\nTerza stesura dal file."));
    const report = await syncContent(dir);
    expect(report).toMatchObject({ conflicts: 1, modulesUpdated: 0 });

    const [after] = await db().select().from(modules).where(eq(modules.id, m.id));
    expect(after.latestVersionId).toBe(edited.id);
    expect(after.publishedVersionId).toBe(edited.id);
    const [conflict] = await db().select().from(contentConflicts).where(eq(contentConflicts.moduleId, m.id));
    expect(conflict.portalVersionId).toBe(edited.id);
    const [fromFile] = await db().select().from(moduleVersions).where(eq(moduleVersions.id, conflict.fileVersionId));
    expect(fromFile.bodyMd).toContain("Terza stesura dal file.");

    // Syncing again does not report the same conflict twice.
    expect(await syncContent(dir)).toMatchObject({ conflicts: 0, unchanged: 1 });
    expect(await db().select().from(contentConflicts)).toHaveLength(1);
  });

  it("refuses an invalid file with a message naming it, and writes nothing", async () => {
    write("courses/corso-rotto/course.md", "---\nslug: Corso Rotto\ntitle: x\nhours: 1\n---\n");
    await expect(syncContent(dir)).rejects.toThrow(/corso-rotto\/course\.md: slug/);
    expect(await db().select().from(courses).where(eq(courses.slug, "corso-rotto"))).toHaveLength(0);
    fs.rmSync(path.join(dir, "courses/corso-rotto"), { recursive: true });
  });
});
