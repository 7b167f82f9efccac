// Answer templates of a district's consultants: inserted into the reply box, never sent as such.
import { asc, eq } from "drizzle-orm";
import { consultationTemplates } from "../../../db/schema";
import { db } from "~/db.server";

export async function listTemplates(districtCode: string) {
  return db()
    .select({ id: consultationTemplates.id, title: consultationTemplates.title, bodyMd: consultationTemplates.bodyMd, updatedAt: consultationTemplates.updatedAt })
    .from(consultationTemplates)
    .where(eq(consultationTemplates.districtCode, districtCode))
    .orderBy(asc(consultationTemplates.title));
}
