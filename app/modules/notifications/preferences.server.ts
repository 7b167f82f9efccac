// Each user's e-mail delivery choice per notification kind (stored choice, else the kind's default).
import { and, eq } from "drizzle-orm";
import { notificationPreferences } from "../../../db/schema";
import { db, type DbOrTx } from "~/db.server";
import {
  allowedModes,
  CONFIGURABLE_KINDS,
  effectiveMode,
  isNotificationKind,
  type DeliveryMode,
  type NotificationKind,
} from "./kinds";

export async function deliveryModeFor(userId: string, kind: string, tx: DbOrTx = db()): Promise<DeliveryMode> {
  const [row] = await tx
    .select({ mode: notificationPreferences.mode })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.userId, userId), eq(notificationPreferences.kind, kind)));
  return effectiveMode(kind, row?.mode);
}

export interface PreferenceRow {
  kind: NotificationKind;
  mode: DeliveryMode;
  modes: DeliveryMode[];
}

/** The configurable kinds with the mode in force for this user and the modes offered. */
export async function getPreferences(userId: string): Promise<PreferenceRow[]> {
  const rows = await db()
    .select({ kind: notificationPreferences.kind, mode: notificationPreferences.mode })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  const stored = new Map(rows.map((r) => [r.kind, r.mode]));
  return CONFIGURABLE_KINDS.map((kind) => ({
    kind,
    mode: effectiveMode(kind, stored.get(kind)),
    modes: allowedModes(kind),
  }));
}

/** Saves the choices given; kinds that are not configurable or modes not allowed are ignored. */
export async function savePreferences(userId: string, choices: Partial<Record<string, DeliveryMode>>): Promise<void> {
  const valid = Object.entries(choices).filter(
    (entry): entry is [NotificationKind, DeliveryMode] =>
      isNotificationKind(entry[0]) && entry[1] !== undefined && allowedModes(entry[0]).includes(entry[1]),
  );
  if (valid.length === 0) return;
  await db().transaction(async (tx) => {
    for (const [kind, mode] of valid) {
      await tx
        .insert(notificationPreferences)
        .values({ userId, kind, mode })
        .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.kind], set: { mode } });
    }
  });
}
