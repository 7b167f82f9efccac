// Expiry reminders: once per certificate, 30 days ahead, linking to the refresher course; renewed
// and far-off certificates are left alone.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { certificates, courses, notifications } from "../../../db/schema";
import { db } from "../../../app/db.server";
import { sendExpiryReminders } from "../../../app/modules/training/expiry.server";
import { createCourse } from "../../fixtures/training";
import { giveCertificate } from "../../fixtures/training-record";
import { createUser } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";

useTestDatabase();

const DAY = 86_400_000;

describe(`certificate expiry reminders (${engine})`, () => {
  it("reminds once, within 30 days of expiry, with a link to the refresher", async () => {
    const now = new Date("2026-11-24T08:00:00Z");
    const base = await createCourse({ slug: "corso-base-scadenza", title: "Corso base", validityMonths: 24 });
    const refresher = await createCourse({ slug: "aggiornamento-scadenza", title: "Aggiornamento" });
    await db().update(courses).set({ renewsCourseId: base.id }).where(eq(courses.id, refresher.id));
    const noRefresher = await createCourse({ slug: "corso-senza-aggiornamento", title: "Corso senza aggiornamento", validityMonths: 12 });

    const dueUser = await createUser({ locale: "it" });
    const englishUser = await createUser({ locale: "en" });
    const laterUser = await createUser();
    const renewedUser = await createUser();
    const expiredUser = await createUser();
    const due = await giveCertificate(dueUser, base, { issuedAt: new Date(now.getTime() - 700 * DAY), expiresAt: new Date(now.getTime() + 10 * DAY) });
    const dueOther = await giveCertificate(englishUser, noRefresher, { expiresAt: new Date(now.getTime() + 30 * DAY) });
    const later = await giveCertificate(laterUser, base, { expiresAt: new Date(now.getTime() + 31 * DAY) });
    await giveCertificate(renewedUser, base, { issuedAt: new Date(now.getTime() - 700 * DAY), expiresAt: new Date(now.getTime() + 5 * DAY) });
    await giveCertificate(renewedUser, refresher, { issuedAt: new Date(now.getTime() - DAY) });
    await giveCertificate(expiredUser, base, { expiresAt: new Date(now.getTime() - DAY) });
    await giveCertificate(await createUser(), base, { expiresAt: new Date(now.getTime() + 3 * DAY), reminded: true });
    await giveCertificate(await createUser(), noRefresher, { expiresAt: null });

    expect(await sendExpiryReminders(now)).toBe(2);
    expect(await sendExpiryReminders(now)).toBe(0);
    expect(await sendExpiryReminders(new Date(now.getTime() + 3600_000))).toBe(0);

    const sent = await db().select().from(notifications).where(eq(notifications.kind, "certificate_expiring"));
    const byUser = new Map(sent.map((n) => [n.userId, n]));
    expect(sent).toHaveLength(2);
    expect(byUser.get(dueUser.id)).toMatchObject({
      link: "/formazione/corsi/aggiornamento-scadenza",
      payload: { course: "Corso base", date: "4 dicembre 2026" },
    });
    expect(byUser.get(englishUser.id)).toMatchObject({
      link: "/formazione/corsi/corso-senza-aggiornamento",
      payload: { course: "Corso senza aggiornamento", date: "24 December 2026" },
    });
    const reminded = async (id: string) => (await db().select().from(certificates).where(eq(certificates.id, id)))[0].expiryReminderSentAt;
    expect(await reminded(due.id)).toEqual(now);
    expect(await reminded(dueOther.id)).toEqual(now);
    expect(await reminded(later.id)).toBeNull();

    // A day later the 31-day one enters the window and is reminded, once.
    expect(await sendExpiryReminders(new Date(now.getTime() + 1.5 * DAY))).toBe(1);
    expect(await reminded(later.id)).not.toBeNull();
  });

  it("sends each reminder once when two jobs run at the same time", async () => {
    const now = new Date("2027-06-01T08:00:00Z");
    const course = await createCourse({ validityMonths: 12 });
    for (let i = 0; i < 3; i++) {
      await giveCertificate(await createUser(), course, { expiresAt: new Date(now.getTime() + (i + 1) * DAY) });
    }
    const counts = await Promise.all([sendExpiryReminders(now), sendExpiryReminders(now)]);
    expect(counts[0] + counts[1]).toBe(3);
  });
});
