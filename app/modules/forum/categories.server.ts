// Forum categories for the administrators: the list with their rules, one category, create and
// update (slug unique and not one of the forum's own sub-paths, posting roles within the reading
// roles), each in one transaction with its audit entry.
import { asc, eq, and, ne, sql } from "drizzle-orm";
import { forumCategories, forumCategoryStats } from "../../../db/schema";
import { db, type DbOrTx } from "~/db.server";
import type { MessageKey } from "~/i18n";
import type { CurrentUser } from "~/modules/auth/user.server";
import { recordAudit } from "~/modules/audit/log.server";
import type { CategoryFormValues, CategoryInput } from "./categories-schema";
import { dropNotificationsOutside } from "./moderation.server";

type Actor = Pick<CurrentUser, "id">;
type Category = typeof forumCategories.$inferSelect;

export type CategoryWriteResult =
  | { ok: true; id: string; slug: string }
  | { ok: false; field: "slug"; message: MessageKey }
  | { ok: false; notFound: true };

/** Every category with its number of topics, in the order members see them (archived last). */
export async function listCategoriesForAdmin() {
  return db()
    .select({
      category: forumCategories,
      topics: sql<number>`coalesce(${forumCategoryStats.topics}, 0)`.mapWith(Number),
    })
    .from(forumCategories)
    .leftJoin(forumCategoryStats, eq(forumCategoryStats.categoryId, forumCategories.id))
    .orderBy(sql`${forumCategories.archivedAt} is not null`, asc(forumCategories.position), asc(forumCategories.name));
}

export async function getCategoryForAdmin(id: string): Promise<Category | null> {
  const [row] = await db().select().from(forumCategories).where(eq(forumCategories.id, id));
  return row ?? null;
}

/** The position a new category gets by default: after the last one. */
export async function nextCategoryPosition(): Promise<number> {
  const [row] = await db()
    .select({ next: sql<number>`coalesce(max(${forumCategories.position}), 0) + 10`.mapWith(Number) })
    .from(forumCategories);
  return Math.min(row?.next ?? 10, 9999);
}

/** The form's values for an existing category. */
export function formValuesOf(category: Category): CategoryFormValues {
  return {
    name: category.name,
    slug: category.slug,
    description: category.description,
    district: category.districtCode ?? "shared",
    kind: category.kind,
    position: String(category.position),
    archived: category.archivedAt !== null,
    readRoles: [...category.readRoles],
    postRoles: [...category.postRoles],
  };
}

const columns = (input: CategoryInput) => ({
  name: input.name,
  slug: input.slug,
  description: input.description,
  districtCode: input.district === "shared" ? null : input.district,
  kind: input.kind,
  readRoles: input.readRoles,
  postRoles: input.postRoles,
  position: input.position,
});

const slugTaken = { ok: false, field: "slug", message: "forumlist.admin.error.slugTaken" } as const;

async function slugUsedByAnother(tx: DbOrTx, slug: string, selfId: string | null): Promise<boolean> {
  const [row] = await tx
    .select({ id: forumCategories.id })
    .from(forumCategories)
    .where(selfId ? and(eq(forumCategories.slug, slug), ne(forumCategories.id, selfId)) : eq(forumCategories.slug, slug));
  return Boolean(row);
}

const auditDetails = (input: CategoryInput) => ({
  slug: input.slug,
  kind: input.kind,
  readRoles: input.readRoles.join(","),
  postRoles: input.postRoles.join(","),
  archived: input.archived,
});

export async function createForumCategory(actor: Actor, input: CategoryInput, now: Date = new Date()): Promise<CategoryWriteResult> {
  return db().transaction(async (tx) => {
    if (await slugUsedByAnother(tx, input.slug, null)) return slugTaken;
    const [created] = await tx
      .insert(forumCategories)
      .values({ ...columns(input), archivedAt: input.archived ? now : null })
      .onConflictDoNothing({ target: forumCategories.slug })
      .returning({ id: forumCategories.id });
    if (!created) return slugTaken;
    await recordAudit(
      {
        actorId: actor.id,
        action: "forum.category.create",
        entityType: "forum_category",
        entityId: created.id,
        districtCode: input.district === "shared" ? null : input.district,
        details: auditDetails(input),
      },
      tx,
    );
    return { ok: true, id: created.id, slug: input.slug };
  });
}

export async function updateForumCategory(
  actor: Actor,
  id: string,
  input: CategoryInput,
  now: Date = new Date(),
): Promise<CategoryWriteResult> {
  return db().transaction(async (tx) => {
    const [current] = await tx.select().from(forumCategories).where(eq(forumCategories.id, id)).for("update");
    if (!current) return { ok: false, notFound: true } as const;
    if (await slugUsedByAnother(tx, input.slug, id)) return slugTaken;
    // An archived category keeps the date it was archived on.
    const archivedAt = input.archived ? (current.archivedAt ?? now) : null;
    const [updated] = await tx
      .update(forumCategories)
      .set({ ...columns(input), archivedAt })
      .where(eq(forumCategories.id, id))
      .returning();
    // Who can no longer read the category loses its notifications too (it no longer exists for them).
    await dropNotificationsOutside(tx, sql`select id from forum_topics where category_id = ${id}`, updated);
    await recordAudit(
      {
        actorId: actor.id,
        action: "forum.category.update",
        entityType: "forum_category",
        entityId: id,
        districtCode: input.district === "shared" ? null : input.district,
        details: { ...auditDetails(input), previousSlug: current.slug },
      },
      tx,
    );
    return { ok: true, id, slug: input.slug };
  });
}
