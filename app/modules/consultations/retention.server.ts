// Retention promised by the privacy notice: a consultation request (its messages, internal notes,
// attachments and history) is deleted 5 years after it was closed.
import { and, eq, lt } from "drizzle-orm";
import { consultations } from "../../../db/schema";
import { db } from "~/db.server";

export const CONSULTATION_RETENTION_YEARS = 5;

export async function purgeClosedConsultations(now = new Date()): Promise<number> {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - CONSULTATION_RETENTION_YEARS);
  const deleted = await db()
    .delete(consultations)
    .where(and(eq(consultations.status, "closed"), lt(consultations.closedAt, cutoff)))
    .returning({ id: consultations.id });
  return deleted.length;
}
