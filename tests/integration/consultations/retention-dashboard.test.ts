// Closed requests are deleted 5 years after closing (privacy notice), and the home dashboard's
// Consulenze panel counts what needs the user's attention.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { consultationMessages, consultations } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { consultationSummary } from "../../../app/modules/consultations/dashboard.server";
import { createRequest } from "../../../app/modules/consultations/requests.server";
import { purgeClosedConsultations } from "../../../app/modules/consultations/retention.server";
import { guardianClose, reply } from "../../../app/modules/consultations/workflow.server";
import type { Role } from "../../../db/schema";
import { createUser } from "../../fixtures/users";
import { useTestDatabase } from "../../support/database";

useTestDatabase();

async function member(role: Role, district: "MI" | "BS" | null) {
  const user = await createUser({ roles: [[role, district]] });
  return { ...user, roles: [{ role, districtCode: district }] };
}

const input = (subject: string) => ({
  category: "school" as const,
  subject,
  description: "Iscrizione a un corso serale.",
  minorId: null,
  urgent: false,
  urgencyReason: null,
  deadlineDate: null,
});

describe("retention of closed requests", () => {
  it("deletes a request closed more than 5 years ago with its messages, and keeps younger ones", async () => {
    const guardian = await member("guardian", "MI");
    const consultant = await member("legal_consultant", "MI");
    const longAgo = new Date("2020-03-02T09:00:00Z");
    const old = await createRequest(guardian, input("Vecchia richiesta"), [], longAgo);
    const recent = await createRequest(guardian, input("Richiesta recente"), [], new Date("2026-03-02T09:00:00Z"));
    if (!old.ok || !recent.ok) throw new Error("setup");
    await reply(consultant, old.id, "Risposta", "answered", [], longAgo);
    await guardianClose(guardian, old.id, new Date("2020-03-10T09:00:00Z"));
    await guardianClose(guardian, recent.id, new Date("2026-03-10T09:00:00Z"));

    expect(await purgeClosedConsultations(new Date("2025-03-09T09:00:00Z"))).toBe(0);
    expect(await purgeClosedConsultations(new Date("2026-11-24T09:00:00Z"))).toBe(1);
    expect(await db().select().from(consultations).where(eq(consultations.id, old.id))).toHaveLength(0);
    expect(await db().select().from(consultationMessages).where(eq(consultationMessages.consultationId, old.id))).toHaveLength(0);
    expect(await db().select().from(consultations).where(eq(consultations.id, recent.id))).toHaveLength(1);
  });
});

describe("dashboard summary", () => {
  it("counts the guardian's open and waiting requests and the consultant's new and overdue ones, per district", async () => {
    const guardian = await member("guardian", "BS");
    const consultant = await member("legal_consultant", "BS");
    const otherDistrict = await member("legal_consultant", "MI");
    const coordinator = await member("coordinator", "BS");
    const monday = new Date("2026-11-16T09:00:00Z");
    const a = await createRequest(guardian, input("Prima"), [], monday);
    const b = await createRequest(guardian, input("Seconda"), [], monday);
    if (!a.ok || !b.ok) throw new Error("setup");
    await reply(consultant, b.id, "Ci serve il certificato", "waiting_guardian", [], monday);

    const now = new Date("2026-11-24T09:00:00Z");
    const mine = await consultationSummary(guardian, now);
    expect(mine.mine).toEqual({ open: 2, waitingForMe: 1 });
    expect(mine.desk).toBeNull();

    const desk = await consultationSummary(consultant, now);
    expect(desk.mine).toBeNull();
    // "Prima" was due at the end of Thursday 19 November: overdue and still new.
    expect(desk.desk).toMatchObject({ new: 1, overdue: 1 });
    expect((await consultationSummary(otherDistrict, now)).desk).toEqual({ new: 0, due24h: 0, overdue: 0 });
    expect(await consultationSummary(coordinator, now)).toEqual({ mine: null, desk: null });
  });
});
