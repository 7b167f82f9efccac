// Full-text search over published modules: Italian inflection, only what learners may read,
// ranking, paging, safe excerpts, and the /formazione/cerca page's input handling.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { modules } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { addVersion } from "../../../app/modules/training/versions.server";
import { headlineToHtml, searchModules } from "../../../app/modules/training/search.server";
import * as page from "../../../app/routes/formazione.cerca";
import { createCourse, createPublishedModule } from "../../fixtures/training";
import { createUser } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";
import { getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const context = { cspNonce: "test", clientIp: "127.0.0.1" };
const args = (request: Request) => ({ request, params: {}, context });

describe(`module search (${engine})`, () => {
  it("finds inflected Italian words in published modules only", async () => {
    const course = await createCourse({ slug: "corso-ricerca" });
    const hit = await createPublishedModule(course.id, {
      slug: "permesso-di-soggiorno",
      title: "Il permesso di soggiorno",
      bodyMd: "## Il permesso\n\nIl tutore accompagna il minore in questura per chiedere il **permesso** di soggiorno per minore età.",
    });
    await createPublishedModule(course.id, { title: "Salute", bodyMd: "L'iscrizione al servizio sanitario nazionale." });
    await createPublishedModule(course.id, { title: "Bozza", bodyMd: "Un permesso ancora in bozza.", published: false });
    const archived = await createPublishedModule(course.id, { title: "Archiviato", bodyMd: "Un vecchio permesso." });
    await db().update(modules).set({ archivedAt: new Date() }).where(eq(modules.id, archived.id));
    const draftCourse = await createCourse({ status: "draft" });
    await createPublishedModule(draftCourse.id, { title: "In un corso in bozza", bodyMd: "Permesso di soggiorno." });
    // A newer, unpublished version mentioning the word does not make a published module match.
    const later = await createPublishedModule(course.id, { title: "Scuola", bodyMd: "L'iscrizione a scuola." });
    await db().transaction((tx) =>
      addVersion(tx, later.id, { title: "Scuola", summary: "", minutes: 10, bodyMd: "Scuola e permesso.", quiz: null }, { source: "portal" }),
    );

    const results = await searchModules("permessi");
    expect(results.total).toBe(1);
    expect(results.hits[0]).toMatchObject({ moduleId: hit.id, courseSlug: "corso-ricerca", moduleSlug: "permesso-di-soggiorno" });
    expect(results.hits[0].excerptHtml).toContain("<mark>permesso</mark>");
    expect(results.hits[0].excerptHtml).not.toContain("**");
    expect((await searchModules("sanitari")).total).toBe(1);
    expect((await searchModules("parolachenonesiste")).total).toBe(0);
    expect((await searchModules('"permesso" -soggiorno')).total).toBe(0);
  });

  it("escapes everything in the excerpt but the <mark> tags", async () => {
    const course = await createCourse();
    await createPublishedModule(course.id, {
      title: "Modulo insidioso",
      bodyMd: 'Testo sul tutore <script>alert("x")</script> e <img src=x onerror=alert(1)> con [link](javascript:alert(1)) \uE000finto\uE001 marcatore.',
    });
    const { hits } = await searchModules("tutore insidioso");
    const html = hits.find((h) => h.title === "Modulo insidioso")!.excerptHtml;
    expect(html).not.toMatch(/<script|<img|<a /i);
    expect(html).toContain("&lt;img");
    expect(html.replace(/<\/?mark>/g, "")).not.toContain("<");
    expect(html).toContain("<mark>tutore</mark>");
    expect(headlineToHtml('<b>\uE000x\uE001</b> & "y"')).toBe("&lt;b&gt;<mark>x</mark>&lt;/b&gt; &amp; &quot;y&quot;");
  });

  it("ranks and pages the results, ten a page", async () => {
    const course = await createCourse();
    for (let i = 0; i < 11; i++) {
      await createPublishedModule(course.id, { title: `Curatore ${i}`, bodyMd: `Il curatore speciale numero ${i}.`, position: i });
    }
    const strong = await createPublishedModule(course.id, { title: "Il curatore speciale", bodyMd: "Curatore, curatore, curatore speciale." });
    const first = await searchModules("curatore", 1);
    expect(first).toMatchObject({ total: 12, pages: 2, page: 1 });
    expect(first.hits).toHaveLength(10);
    expect(first.hits[0].moduleId).toBe(strong.id);
    const second = await searchModules("curatore", 2);
    expect(second.hits).toHaveLength(2);
    expect(new Set([...first.hits, ...second.hits].map((h) => h.moduleId)).size).toBe(12);
    expect((await searchModules("curatore", 3)).hits).toEqual([]);
  });
});

describe(`/formazione/cerca (${engine})`, () => {
  it("sends anonymous visitors to the login page", async () => {
    const result = await outcome(() => page.loader(args(getRequest("/formazione/cerca?q=tutore"))));
    expect(result).toMatchObject({ status: 302, location: `/accedi?redirectTo=${encodeURIComponent("/formazione/cerca?q=tutore")}` });
  });

  it("shows only the form without a query, results with one, and an error for a query too long", async () => {
    const cookie = await sessionCookieFor((await createUser({ roles: [["candidate", "MI"]] })).id);
    const load = async (qs: string) => (await page.loader(args(getRequest(`/formazione/cerca${qs}`, cookie)))) as Awaited<ReturnType<typeof page.loader>>;
    expect(await load("")).toMatchObject({ q: "", results: null });
    expect(await load("?q=%20%20")).toMatchObject({ q: "", results: null });
    const found = await load("?q=permessi&pagina=abc");
    expect(found.results).toMatchObject({ total: 1, page: 1 });
    const long = await load(`?q=${"a".repeat(201)}`);
    expect(long).toMatchObject({ error: "search.error.tooLong", results: null });
  });
});
