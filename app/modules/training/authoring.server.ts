// Authoring: trainers' reads and writes of courses, modules, versions and quizzes. Every change
// is one transaction with its audit-log entry; drafts never change what learners read.
import { and, asc, desc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { courses, moduleVersions, modules, users, type Quiz } from "../../../db/schema";
import * as z from "zod";
import { db, type Tx } from "~/db.server";
import { recordAudit } from "~/modules/audit/log.server";
import { requireUser } from "~/modules/auth/policy.server";
import { notFound } from "~/utils/http.server";
import { renderMarkdown } from "~/utils/markdown.server";
import type { CourseFields, ModuleFields, NewCourse } from "./authoring-schema";
import { countOpenConflicts } from "./conflicts.server";
import { reevaluateCourseCompletions } from "./learning.server";
import { requireAuthor } from "./policy.server";
import { addVersion, type VersionContent } from "./versions.server";

interface Actor {
  id: string;
}

/** Every authoring page: signed in (else to /accedi), trainer or admin (else 403). */
export async function requireAuthoring(request: Request) {
  return requireAuthor(await requireUser(request));
}

const uuidParam = z.uuid();

/** A uuid route parameter; anything else is a 404. */
export function idParam(value: string | undefined): string {
  const parsed = uuidParam.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data!;
}

const slugParam = z.string().max(120).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/** A course slug route parameter; the course must exist. */
export async function requireCourse(slug: string | undefined) {
  const parsed = slugParam.safeParse(slug);
  if (!parsed.success) notFound();
  const course = await getCourseBySlug(parsed.data!);
  if (!course) notFound();
  return course!;
}

/** A module by id route parameter, with what the editor needs; unknown ids are a 404. */
export async function requireModule(id: string | undefined) {
  const found = await getModuleForEditing(idParam(id));
  if (!found) notFound();
  return found!;
}

// ---------------------------------------------------------------------------------------------
// Queries

/** Every course, drafts included, with its module counts; and the number of open conflicts. */
export async function listCoursesForAuthoring() {
  const rows = await db()
    .select({
      id: courses.id,
      slug: courses.slug,
      title: courses.title,
      status: courses.status,
      mandatory: courses.mandatory,
      audience: courses.audience,
      modules: sql<number>`count(${modules.id}) filter (where ${modules.archivedAt} is null)`.mapWith(Number),
      published: sql<number>`count(${modules.id}) filter (where ${modules.archivedAt} is null and ${modules.publishedVersionId} is not null)`.mapWith(Number),
      drafts: sql<number>`count(${modules.id}) filter (where ${modules.archivedAt} is null and ${modules.latestVersionId} is distinct from ${modules.publishedVersionId})`.mapWith(Number),
    })
    .from(courses)
    .leftJoin(modules, eq(modules.courseId, courses.id))
    .groupBy(courses.id)
    .orderBy(asc(courses.position), asc(courses.title));
  return { courses: rows, openConflicts: await countOpenConflicts() };
}

export async function getCourseBySlug(slug: string) {
  const [course] = await db().select().from(courses).where(eq(courses.slug, slug));
  return course ?? null;
}

/** The other courses, for the "renews" choice. */
export async function otherCourses(exceptId: string | null) {
  return db()
    .select({ id: courses.id, title: courses.title })
    .from(courses)
    .where(exceptId ? ne(courses.id, exceptId) : undefined)
    .orderBy(asc(courses.title));
}

/** A course's modules in order, archived ones last, with their latest title and state. */
export async function courseModules(courseId: string) {
  return db()
    .select({
      id: modules.id,
      slug: modules.slug,
      position: modules.position,
      archivedAt: modules.archivedAt,
      title: moduleVersions.title,
      published: sql<boolean>`${modules.publishedVersionId} is not null`,
      hasDraft: sql<boolean>`${modules.latestVersionId} is distinct from ${modules.publishedVersionId}`,
    })
    .from(modules)
    .leftJoin(moduleVersions, eq(moduleVersions.id, modules.latestVersionId))
    .where(eq(modules.courseId, courseId))
    .orderBy(sql`${modules.archivedAt} is not null`, asc(modules.position), asc(modules.createdAt));
}

/** A module with its course and the content of its latest version (what the editor shows). */
export async function getModuleForEditing(moduleId: string) {
  const [row] = await db()
    .select({
      module: modules,
      course: { id: courses.id, slug: courses.slug, title: courses.title },
    })
    .from(modules)
    .innerJoin(courses, eq(courses.id, modules.courseId))
    .where(eq(modules.id, moduleId));
  if (!row) return null;
  const ids = [row.module.latestVersionId, row.module.publishedVersionId].filter((v): v is string => v !== null);
  const versions = ids.length
    ? await db()
        .select()
        .from(moduleVersions)
        .where(inArray(moduleVersions.id, ids))
    : [];
  const latest = versions.find((v) => v.id === row.module.latestVersionId) ?? null;
  const published = versions.find((v) => v.id === row.module.publishedVersionId) ?? null;
  return { ...row, latest, published };
}

/** Every version of a module, newest first, with its author's name. */
export async function listVersions(moduleId: string) {
  return db()
    .select({
      id: moduleVersions.id,
      number: moduleVersions.number,
      title: moduleVersions.title,
      source: moduleVersions.source,
      createdAt: moduleVersions.createdAt,
      authorName: users.name,
      restoredFromId: moduleVersions.restoredFromId,
      hasQuiz: sql<boolean>`${moduleVersions.quiz} is not null and ${moduleVersions.quiz} <> 'null'::jsonb`,
    })
    .from(moduleVersions)
    .leftJoin(users, eq(users.id, moduleVersions.authorId))
    .where(eq(moduleVersions.moduleId, moduleId))
    .orderBy(desc(moduleVersions.number));
}

export async function getVersionByNumber(moduleId: string, number: number) {
  const [version] = await db()
    .select()
    .from(moduleVersions)
    .where(and(eq(moduleVersions.moduleId, moduleId), eq(moduleVersions.number, number)));
  return version ?? null;
}

// ---------------------------------------------------------------------------------------------
// Courses

export type CourseResult = { ok: true; slug: string } | { ok: false; field: "slug" | "renewsCourseId"; message: "authoring.course.slugTaken" | "authoring.course.renewsInvalid" };

function courseValues(fields: CourseFields) {
  return {
    title: fields.title,
    summary: fields.summary,
    bodyMd: fields.bodyMd,
    bodyHtml: renderMarkdown(fields.bodyMd),
    audience: fields.audience,
    mandatory: fields.mandatory,
    hours: fields.hours,
    validityMonths: fields.validityMonths,
    renewsCourseId: fields.renewsCourseId,
    status: fields.status,
    updatedAt: new Date(),
  };
}

async function renewsExists(tx: Tx, renewsId: string | null, selfId: string | null): Promise<boolean> {
  if (!renewsId) return true;
  if (renewsId === selfId) return false;
  const [row] = await tx.select({ id: courses.id }).from(courses).where(eq(courses.id, renewsId));
  return Boolean(row);
}

export async function createCourse(actor: Actor, fields: NewCourse): Promise<CourseResult> {
  return db().transaction(async (tx) => {
    const [taken] = await tx.select({ id: courses.id }).from(courses).where(eq(courses.slug, fields.slug));
    if (taken) return { ok: false, field: "slug", message: "authoring.course.slugTaken" } as const;
    if (!(await renewsExists(tx, fields.renewsCourseId, null))) return { ok: false, field: "renewsCourseId", message: "authoring.course.renewsInvalid" } as const;
    const [{ next }] = await tx.select({ next: sql<number>`coalesce(max(${courses.position}), 0) + 1`.mapWith(Number) }).from(courses);
    const [created] = await tx
      .insert(courses)
      .values({ slug: fields.slug, position: next, ...courseValues(fields) })
      .onConflictDoNothing()
      .returning({ id: courses.id });
    if (!created) return { ok: false, field: "slug", message: "authoring.course.slugTaken" } as const;
    await recordAudit({ actorId: actor.id, action: "training.course.create", entityType: "course", entityId: created.id, details: { slug: fields.slug, status: fields.status } }, tx);
    return { ok: true, slug: fields.slug } as const;
  });
}

export async function updateCourse(actor: Actor, courseId: string, slug: string, fields: CourseFields): Promise<CourseResult> {
  return db().transaction(async (tx) => {
    if (!(await renewsExists(tx, fields.renewsCourseId, courseId))) return { ok: false, field: "renewsCourseId", message: "authoring.course.renewsInvalid" } as const;
    await tx.update(courses).set(courseValues(fields)).where(eq(courses.id, courseId));
    await recordAudit({ actorId: actor.id, action: "training.course.update", entityType: "course", entityId: courseId, details: { status: fields.status, mandatory: fields.mandatory } }, tx);
    return { ok: true, slug } as const;
  });
}

/** Moves a module one place up or down among the course's current modules; rewrites all positions. */
export async function moveModule(actor: Actor, courseId: string, moduleId: string, direction: "up" | "down"): Promise<boolean> {
  return db().transaction(async (tx) => {
    const list = await tx
      .select({ id: modules.id })
      .from(modules)
      .where(and(eq(modules.courseId, courseId), isNull(modules.archivedAt)))
      .orderBy(asc(modules.position), asc(modules.createdAt))
      .for("update");
    const from = list.findIndex((m) => m.id === moduleId);
    const to = direction === "up" ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= list.length) return false;
    [list[from], list[to]] = [list[to], list[from]];
    for (const [index, m] of list.entries()) {
      await tx.update(modules).set({ position: index + 1 }).where(eq(modules.id, m.id));
    }
    await recordAudit({ actorId: actor.id, action: "training.module.move", entityType: "module", entityId: moduleId, details: { courseId, direction, position: to + 1 } }, tx);
    return true;
  });
}

/** Archives a module (learners no longer see it) or brings it back at the end of the course. */
export async function setModuleArchived(actor: Actor, courseId: string, moduleId: string, archived: boolean): Promise<boolean> {
  return db().transaction(async (tx) => {
    const [module] = await tx
      .select({ id: modules.id, archivedAt: modules.archivedAt })
      .from(modules)
      .where(and(eq(modules.id, moduleId), eq(modules.courseId, courseId)))
      .for("update");
    if (!module || (module.archivedAt !== null) === archived) return false;
    const position = archived ? undefined : await nextPosition(tx, courseId);
    await tx
      .update(modules)
      .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date(), ...(position ? { position } : {}) })
      .where(eq(modules.id, moduleId));
    await recordAudit({ actorId: actor.id, action: archived ? "training.module.archive" : "training.module.unarchive", entityType: "module", entityId: moduleId, details: { courseId } }, tx);
    // The archived module may have been the last one some learners were missing.
    if (archived) await reevaluateCourseCompletions(tx, courseId);
    return true;
  });
}

async function nextPosition(tx: Tx, courseId: string): Promise<number> {
  const [{ next }] = await tx
    .select({ next: sql<number>`coalesce(max(${modules.position}), 0) + 1`.mapWith(Number) })
    .from(modules)
    .where(and(eq(modules.courseId, courseId), isNull(modules.archivedAt)));
  return next;
}

// ---------------------------------------------------------------------------------------------
// Modules and versions

/** A URL slug from a title: "Il permesso di soggiorno" → "il-permesso-di-soggiorno". */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || "modulo";
}

async function freeModuleSlug(tx: Tx, courseId: string, base: string): Promise<string> {
  const taken = new Set(
    (await tx.select({ slug: modules.slug }).from(modules).where(eq(modules.courseId, courseId))).map((m) => m.slug),
  );
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

const contentOf = (fields: ModuleFields, quiz: Quiz | null): VersionContent => ({
  title: fields.title,
  summary: fields.summary,
  minutes: fields.minutes,
  bodyMd: fields.bodyMd,
  quiz,
});

/** A new module at the end of the course, with a first portal version; published if asked. */
export async function createModule(actor: Actor, courseId: string, fields: ModuleFields, publish: boolean) {
  return db().transaction(async (tx) => {
    const slug = await freeModuleSlug(tx, courseId, slugify(fields.title));
    const [created] = await tx
      .insert(modules)
      .values({ courseId, slug, position: await nextPosition(tx, courseId) })
      .returning({ id: modules.id });
    const version = await addVersion(tx, created.id, contentOf(fields, null), { source: "portal", authorId: actor.id });
    await tx
      .update(modules)
      .set({ latestVersionId: version.id, publishedVersionId: publish ? version.id : null })
      .where(eq(modules.id, created.id));
    await recordAudit({ actorId: actor.id, action: "training.module.create", entityType: "module", entityId: created.id, details: { courseId, slug, version: version.number, published: publish } }, tx);
    return { id: created.id, slug, version };
  });
}

async function lockedModule(tx: Tx, moduleId: string) {
  const [module] = await tx.select().from(modules).where(eq(modules.id, moduleId)).for("update");
  if (!module) return null;
  const [latest] = module.latestVersionId
    ? await tx.select().from(moduleVersions).where(eq(moduleVersions.id, module.latestVersionId))
    : [];
  return { module, latest: latest ?? null };
}

function sameContent(a: VersionContent, b: VersionContent | null): boolean {
  return (
    b !== null &&
    a.title === b.title &&
    a.summary === b.summary &&
    a.minutes === b.minutes &&
    a.bodyMd === b.bodyMd &&
    JSON.stringify(a.quiz) === JSON.stringify(b.quiz)
  );
}

/**
 * Saves the editor's content as a new version (the latest; learners still read the published one)
 * and, when publishing, makes the latest the published one. An unchanged form adds no version.
 */
export async function saveModule(actor: Actor, moduleId: string, fields: ModuleFields, publish: boolean) {
  return db().transaction(async (tx) => {
    const found = await lockedModule(tx, moduleId);
    if (!found) return null;
    const { module, latest } = found;
    const content = contentOf(fields, latest?.quiz ?? null);
    let versionId = latest?.id ?? null;
    let number = latest?.number ?? 0;
    const changed = !sameContent(content, latest);
    if (changed) {
      const version = await addVersion(tx, moduleId, content, { source: "portal", authorId: actor.id });
      versionId = version.id;
      number = version.number;
      await recordAudit({ actorId: actor.id, action: "training.module.save", entityType: "module", entityId: moduleId, details: { courseId: module.courseId, version: number } }, tx);
    }
    await tx
      .update(modules)
      .set({ latestVersionId: versionId, updatedAt: new Date(), ...(publish ? { publishedVersionId: versionId } : {}) })
      .where(eq(modules.id, moduleId));
    if (publish && module.publishedVersionId !== versionId) {
      await recordAudit({ actorId: actor.id, action: "training.module.publish", entityType: "module", entityId: moduleId, details: { courseId: module.courseId, version: number } }, tx);
      // A published version without the quiz turns "read" into "done" for those who had read it.
      if (module.publishedVersionId !== null && module.archivedAt === null) await reevaluateCourseCompletions(tx, module.courseId);
    }
    return { changed, number };
  });
}

/** Saves a quiz (null: no quiz) as a new version with the latest version's text. */
export async function saveQuiz(actor: Actor, moduleId: string, quiz: Quiz | null) {
  return db().transaction(async (tx) => {
    const found = await lockedModule(tx, moduleId);
    if (!found?.latest) return null;
    const { module, latest } = found;
    const content: VersionContent = { title: latest.title, summary: latest.summary, minutes: latest.minutes, bodyMd: latest.bodyMd, quiz };
    if (sameContent(content, latest)) return { changed: false, number: latest.number };
    const version = await addVersion(tx, moduleId, content, { source: "portal", authorId: actor.id });
    await tx.update(modules).set({ latestVersionId: version.id, updatedAt: new Date() }).where(eq(modules.id, moduleId));
    await recordAudit({ actorId: actor.id, action: "training.quiz.save", entityType: "module", entityId: moduleId, details: { courseId: module.courseId, version: version.number, questions: quiz?.questions.length ?? 0 } }, tx);
    return { changed: true, number: version.number };
  });
}

/** Copies an old version into a new one (source "restore") that becomes the latest, unpublished. */
export async function restoreVersion(actor: Actor, moduleId: string, versionId: string, tx?: Tx) {
  const work = async (tx: Tx) => {
    const found = await lockedModule(tx, moduleId);
    if (!found) return null;
    const [old] = await tx
      .select()
      .from(moduleVersions)
      .where(and(eq(moduleVersions.id, versionId), eq(moduleVersions.moduleId, moduleId)));
    if (!old) return null;
    const version = await addVersion(
      tx,
      moduleId,
      { title: old.title, summary: old.summary, minutes: old.minutes, bodyMd: old.bodyMd, quiz: old.quiz },
      { source: "restore", authorId: actor.id, restoredFromId: old.id },
    );
    await tx.update(modules).set({ latestVersionId: version.id, updatedAt: new Date() }).where(eq(modules.id, moduleId));
    await recordAudit({ actorId: actor.id, action: "training.module.restore", entityType: "module", entityId: moduleId, details: { courseId: found.module.courseId, version: version.number, from: old.number } }, tx);
    return { module: found.module, version, from: old };
  };
  return tx ? work(tx) : db().transaction(work);
}
