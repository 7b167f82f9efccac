// The home dashboard's Consulenze panel: what needs the user's attention, in two queries at most.
import { and, count, eq, inArray } from "drizzle-orm";
import { consultations } from "../../../db/schema";
import { db } from "~/db.server";
import type { CurrentUser } from "~/modules/auth/user.server";
import { OPEN_STATUSES } from "./constants";
import { deskCounts } from "./desk.server";
import { canFile, canUseDesk } from "./policy.server";

type Who = Pick<CurrentUser, "id" | "roles">;

export interface ConsultationSummary {
  /** The guardian's own requests: still open, and waiting for the guardian's answer. */
  mine: { open: number; waitingForMe: number } | null;
  /** The desk of the consultant's districts: new, due within 24 hours, overdue. */
  desk: { new: number; due24h: number; overdue: number } | null;
}

export async function consultationSummary(user: Who, now = new Date()): Promise<ConsultationSummary> {
  const [mine, desk] = await Promise.all([
    canFile(user)
      ? db()
          .select({ status: consultations.status, n: count() })
          .from(consultations)
          .where(and(eq(consultations.guardianId, user.id), inArray(consultations.status, [...OPEN_STATUSES])))
          .groupBy(consultations.status)
          .then((rows) => ({
            open: rows.reduce((sum, r) => sum + r.n, 0),
            waitingForMe: rows.find((r) => r.status === "waiting_guardian")?.n ?? 0,
          }))
      : null,
    canUseDesk(user)
      ? deskCounts(user, now).then((c) => ({ new: c.byStatus.new, due24h: c.due24h, overdue: c.overdue }))
      : null,
  ]);
  return { mine, desk };
}
