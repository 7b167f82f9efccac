// Writes to the audit log; every caller passes its transaction so the entry and the change land together.
import { auditLog } from "../../../db/schema";
import { db, type DbOrTx } from "~/db.server";

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  districtCode?: string | null;
  details?: Record<string, string | number | boolean | null>;
}

export async function recordAudit(entry: AuditEntry, tx: DbOrTx = db()): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    districtCode: entry.districtCode ?? null,
    details: entry.details ?? {},
  });
}
