// Certificates: issued once when a course is completed, with a public verification code.
import { and, eq } from "drizzle-orm";
import * as z from "zod";
import { certificates, courses, userRoles, users } from "../../../db/schema";
import { db, type Tx } from "~/db.server";
import type { RoleGrant } from "~/modules/auth/roles";
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

const CODE_FORMAT = new RegExp(`^PT-[${ALPHABET}]{4}-[${ALPHABET}]{4}-[${ALPHABET}]{4}$`);

/** A typed or pasted code ("pt 7k3q m9xd 2f4h", "PT7K3QM9XD2F4H") in its canonical form, or invalid. */
export const certificateCodeSchema = z
  .string()
  .max(40)
  .transform((raw) => {
    const code = normaliseCertificateCode(raw);
    const bare = code.replace(/-/g, "");
    return /^PT[A-Z0-9]{12}$/.test(bare) ? `PT-${bare.slice(2, 6)}-${bare.slice(6, 10)}-${bare.slice(10, 14)}` : code;
  })
  .pipe(z.string().regex(CODE_FORMAT));

/** What the public verification page may say about a code: the certificate's own snapshot. */
export async function findCertificateByCode(code: string) {
  const [row] = await db()
    .select({
      code: certificates.code,
      holderName: certificates.holderName,
      courseTitle: certificates.courseTitle,
      hours: certificates.hours,
      issuedAt: certificates.issuedAt,
      expiresAt: certificates.expiresAt,
    })
    .from(certificates)
    .where(eq(certificates.code, code));
  return row ?? null;
}

/** A certificate with its holder's roles (for the policy), or null. */
export async function getCertificateWithHolder(id: string) {
  const [certificate] = await db().select().from(certificates).where(eq(certificates.id, id));
  if (!certificate) return null;
  const roles = await db()
    .select({ role: userRoles.role, districtCode: userRoles.districtCode })
    .from(userRoles)
    .where(eq(userRoles.userId, certificate.userId));
  return { certificate, holder: { id: certificate.userId, roles: roles as RoleGrant[] } };
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
