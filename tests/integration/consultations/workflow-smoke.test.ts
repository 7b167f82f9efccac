// Smoke test of the consultation life cycle on a real database (more thorough tests live beside it).
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { consultations, mailOutbox } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { createRequest } from "../../../app/modules/consultations/requests.server";
import { addNote, reply, take } from "../../../app/modules/consultations/workflow.server";
import { createUser } from "../../fixtures/users";
import { useTestDatabase } from "../../support/database";

useTestDatabase();

describe("consultation life cycle (smoke)", () => {
  it("files, takes, notes and replies; the guardian's e-mail has no internal text", async () => {
    const g = await createUser({ roles: [["guardian", "MI"]] });
    const c = await createUser({ roles: [["legal_consultant", "MI"]] });
    const guardian = { ...g, roles: [{ role: "guardian" as const, districtCode: "MI" as const }] };
    const consultant = { ...c, roles: [{ role: "legal_consultant" as const, districtCode: "MI" as const }] };
    const now = new Date("2026-12-23T10:00:00Z");
    const created = await createRequest(
      guardian,
      { category: "health", subject: "Tessera sanitaria", description: "Come si ottiene?", minorId: null, urgent: false, urgencyReason: null, deadlineDate: null },
      [],
      now,
    );
    expect(created).toMatchObject({ ok: true });
    if (!created.ok) return;
    const [row] = await db().select().from(consultations).where(eq(consultations.id, created.id));
    // 23 Dec 2026 (Wed): 24 Thu, 28 Mon, 29 Tue → due at the end of 29 December.
    expect(row.dueAt?.toISOString()).toBe("2026-12-29T23:00:00.000Z");
    expect(await take(consultant, created.id, now)).toEqual({ ok: true });
    expect(await addNote(consultant, created.id, "SEGRETO interno", now)).toEqual({ ok: true });
    expect(await reply(consultant, created.id, "Ecco la risposta", "answered", [], now)).toEqual({ ok: true });
    const [after] = await db().select().from(consultations).where(eq(consultations.id, created.id));
    expect(after.status).toBe("answered");
    expect(after.dueAt).toBeNull();
    const mails = await db().select().from(mailOutbox);
    expect(mails.some((m) => m.toAddress === guardian.email)).toBe(true);
    expect(mails.every((m) => !m.textBody.includes("SEGRETO"))).toBe(true);
  });
});
