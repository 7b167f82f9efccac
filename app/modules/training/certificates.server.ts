// Certificates: issued once when a course is completed, with a public verification code.
import { and, eq } from "drizzle-orm";
import { certificates, courses, users } from "../../../db/schema";
import type { Tx } from "~/db.server";
import { notify } from "~/modules/notifications/notify.server";

// Without 0/O, 1/I/L, 2/Z, 5/S, 8/B: codes are read aloud and typed by hand.
const ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";

/** A code like "PT-7K3Q-M9XD-2F4H": 12 random characters (about 55 bits). */
export function generateCertificateCode(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  const chars = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join("");
  return `PT-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

export function normaliseCertificateCode(input: string): string {
  return input.trim().toUpperCase().replace(/\s+/g, "");
}

/**
 * Issues the certificate of a completed course in the caller's transaction (idempotent: a
 * second call returns the existing one). Its validity runs from the issue date.
 */
export async function issueCertificate(tx: Tx, userId: string, courseId: string, issuedAt = new Date()) {
  const [existing] = await tx
    .select()
    .from(certificates)
    .where(and(eq(certificates.userId, userId), eq(certificates.courseId, courseId)))
    .orderBy(certificates.issuedAt)
    .limit(1);
  if (existing) return existing;
  const [course] = await tx.select().from(courses).where(eq(courses.id, courseId));
  const [user] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
  if (!course || !user) throw new Error("issueCertificate: unknown course or user");
  let expiresAt: Date | null = null;
  if (course.validityMonths) {
    expiresAt = new Date(issuedAt);
    expiresAt.setMonth(expiresAt.getMonth() + course.validityMonths);
  }
  const [certificate] = await tx
    .insert(certificates)
    .values({
      code: generateCertificateCode(),
      userId,
      courseId,
      holderName: user.name,
      courseTitle: course.title,
      hours: course.hours,
      issuedAt,
      expiresAt,
    })
    .returning();
  await notify(userId, "certificate_issued", { course: course.title, code: certificate.code }, { tx, link: "/formazione/percorso" });
  return certificate;
}
