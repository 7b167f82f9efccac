// Answer templates of a district's consultants: inserted into the reply box, never sent as such.
// Only the district's consultants read and manage them; another district's template is "not found".
import { and, asc, eq, inArray } from "drizzle-orm";
import { consultationTemplates } from "../../../db/schema";
import { db } from "~/db.server";
import type { CurrentUser } from "~/modules/auth/user.server";
import type { DistrictCode } from "~/modules/auth/roles";
import { renderMarkdown } from "~/utils/markdown.server";
import { canManageTemplates, consultantDistricts } from "./policy.server";
import type { TemplateInput } from "./templates-schema";

type Who = Pick<CurrentUser, "id" | "roles">;

export async function listTemplates(districtCode: string) {
  return db()
    .select({ id: consultationTemplates.id, title: consultationTemplates.title, bodyMd: consultationTemplates.bodyMd, updatedAt: consultationTemplates.updatedAt })
    .from(consultationTemplates)
    .where(eq(consultationTemplates.districtCode, districtCode))
    .orderBy(asc(consultationTemplates.title));
}

/** The templates of every district the user manages, with the Markdown rendered for preview. */
export async function listManagedTemplates(user: Who) {
  const districts = consultantDistricts(user);
  if (districts.length === 0) return [];
  const rows = await db()
    .select({
      id: consultationTemplates.id,
      districtCode: consultationTemplates.districtCode,
      title: consultationTemplates.title,
      bodyMd: consultationTemplates.bodyMd,
      updatedAt: consultationTemplates.updatedAt,
    })
    .from(consultationTemplates)
    .where(inArray(consultationTemplates.districtCode, districts))
    .orderBy(asc(consultationTemplates.districtCode), asc(consultationTemplates.title));
  return rows.map((r) => ({ ...r, districtCode: r.districtCode as DistrictCode, bodyHtml: renderMarkdown(r.bodyMd) }));
}

/** One template the user may manage, or null (unknown id, or another district's). */
export async function getManagedTemplate(user: Who, id: string) {
  const [row] = await db().select().from(consultationTemplates).where(eq(consultationTemplates.id, id));
  if (!row || !canManageTemplates(user, row.districtCode)) return null;
  return row;
}

export type TemplateResult = { ok: true; id: string } | { ok: false; status: 403 | 404 };

export async function createTemplate(user: Who, districtCode: string, input: TemplateInput, now = new Date()): Promise<TemplateResult> {
  if (!canManageTemplates(user, districtCode)) return { ok: false, status: 403 };
  const [row] = await db()
    .insert(consultationTemplates)
    .values({ districtCode, title: input.title, bodyMd: input.body, createdById: user.id, createdAt: now, updatedAt: now })
    .returning({ id: consultationTemplates.id });
  return { ok: true, id: row.id };
}

export async function updateTemplate(user: Who, id: string, input: TemplateInput, now = new Date()): Promise<TemplateResult> {
  const row = await getManagedTemplate(user, id);
  if (!row) return { ok: false, status: 404 };
  await db()
    .update(consultationTemplates)
    .set({ title: input.title, bodyMd: input.body, updatedAt: now })
    .where(and(eq(consultationTemplates.id, id), eq(consultationTemplates.districtCode, row.districtCode)));
  return { ok: true, id };
}

export async function deleteTemplate(user: Who, id: string): Promise<TemplateResult> {
  const row = await getManagedTemplate(user, id);
  if (!row) return { ok: false, status: 404 };
  await db().delete(consultationTemplates).where(and(eq(consultationTemplates.id, id), eq(consultationTemplates.districtCode, row.districtCode)));
  return { ok: true, id };
}
