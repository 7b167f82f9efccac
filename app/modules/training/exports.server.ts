// Coordinators' exports of their district: completions of a course in a period as CSV, and the
// certificates of a course and period as one ZIP of PDFs; every export goes to the audit log.
import { and, asc, eq, sql } from "drizzle-orm";
import { zipSync } from "fflate";
import * as z from "zod";
import { certificates, courses, enrolments, users } from "../../../db/schema";
import { db } from "~/db.server";
import { TIME_ZONE, translate, type Locale, type MessageKey } from "~/i18n";
import { recordAudit } from "~/modules/audit/log.server";
import { districtsWithRole, isAdmin, type DistrictCode } from "~/modules/auth/roles";
import type { CurrentUser } from "~/modules/auth/user.server";
import { renderCertificatePdf } from "./certificate-pdf.server";
import { canExportDistrict } from "./policy.server";
import { courseSlugSchema, csvDate, csvResponse, inScope, toCsv } from "./reports.server";
import type { FieldErrors } from "~/utils/forms";
import { httpError, notFound } from "~/utils/http.server";

export const EXPORT_KINDS = ["completamenti", "attestati"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
/** More certificates than this in one ZIP: the coordinator is asked for a shorter period. */
export const MAX_ZIP_CERTIFICATES = 1000;

/** Districts whose data the user may export (coordinators: theirs; admins: both). */
export function exportDistricts(user: Pick<CurrentUser, "id" | "roles">): DistrictCode[] {
  const all: DistrictCode[] = ["MI", "BS"];
  if (isAdmin(user.roles)) return all;
  return districtsWithRole(user.roles, "coordinator").filter((d) => canExportDistrict(user, d));
}

const isoDate = (message: MessageKey) =>
  z
    .string({ error: message })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), message);

export const exportFormSchema = z
  .object({
    tipo: z.enum(EXPORT_KINDS, { error: "exports.error.kind" }),
    distretto: z.enum(["MI", "BS"], { error: "exports.error.district" }),
    corso: courseSlugSchema.or(z.literal("")).refine((s) => s !== "", "exports.error.course"),
    dal: isoDate("exports.error.from"),
    al: isoDate("exports.error.to"),
  })
  .refine((v) => v.al >= v.dal, { path: ["al"], message: "exports.error.order" });
export type ExportForm = z.infer<typeof exportFormSchema>;

export interface ExportParams {
  courseId: string;
  district: DistrictCode;
  /** Inclusive calendar days (Europe/Rome), YYYY-MM-DD. */
  from: string;
  to: string;
}

const dayStart = (day: string) => sql`((${day})::date)::timestamp at time zone ${TIME_ZONE}`;
const dayEnd = (day: string) => sql`((${day})::date + 1)::timestamp at time zone ${TIME_ZONE}`;

/** Courses that can have completions: the published ones. */
export async function exportableCourses() {
  return db()
    .select({ id: courses.id, slug: courses.slug, title: courses.title })
    .from(courses)
    .where(eq(courses.status, "published"))
    .orderBy(asc(courses.position), asc(courses.title));
}

export interface CompletionRow {
  name: string;
  email: string;
  courseTitle: string;
  completedAt: Date;
  hours: number;
  code: string | null;
  expiresAt: Date | null;
}

/** People of the district who completed the course in the period, with their certificate. */
export async function districtCompletions(p: ExportParams): Promise<CompletionRow[]> {
  return db()
    .select({
      name: users.name,
      email: users.email,
      courseTitle: courses.title,
      completedAt: sql<Date>`${enrolments.completedAt}`.mapWith(enrolments.enrolledAt),
      hours: sql<number>`coalesce(${certificates.hours}, ${courses.hours})`.mapWith(Number),
      code: certificates.code,
      expiresAt: certificates.expiresAt,
    })
    .from(enrolments)
    .innerJoin(users, eq(users.id, enrolments.userId))
    .innerJoin(courses, eq(courses.id, enrolments.courseId))
    .leftJoin(certificates, and(eq(certificates.userId, enrolments.userId), eq(certificates.courseId, enrolments.courseId)))
    .where(
      and(
        eq(enrolments.courseId, p.courseId),
        sql`${enrolments.completedAt} >= ${dayStart(p.from)} and ${enrolments.completedAt} < ${dayEnd(p.to)}`,
        inScope(enrolments.userId, [p.district]),
      ),
    )
    .orderBy(asc(enrolments.completedAt), asc(users.name));
}

export function completionsCsv(locale: Locale, rows: readonly CompletionRow[]): string {
  const t = (key: MessageKey) => translate(locale, key);
  return toCsv([
    [t("exports.col.person"), t("exports.col.email"), t("exports.col.course"), t("exports.col.completed"), t("exports.col.hours"), t("exports.col.code"), t("exports.col.expires")],
    ...rows.map((r) => [r.name, r.email, r.courseTitle, csvDate(r.completedAt), r.hours, r.code, csvDate(r.expiresAt)]),
  ]);
}

/** Certificates of the course issued in the period to people of the district. */
export async function districtCertificates(p: ExportParams) {
  return db()
    .select({
      code: certificates.code,
      holderName: certificates.holderName,
      courseTitle: certificates.courseTitle,
      hours: certificates.hours,
      issuedAt: certificates.issuedAt,
      expiresAt: certificates.expiresAt,
    })
    .from(certificates)
    .where(
      and(
        eq(certificates.courseId, p.courseId),
        sql`${certificates.issuedAt} >= ${dayStart(p.from)} and ${certificates.issuedAt} < ${dayEnd(p.to)}`,
        inScope(sql.raw(`"certificates"."user_id"`), [p.district]),
      ),
    )
    .orderBy(asc(certificates.issuedAt), asc(certificates.code));
}

/** One ZIP with a PDF per certificate, named by its code (PDFs are compressed already: stored). */
export async function certificatesZip(rows: Awaited<ReturnType<typeof districtCertificates>>): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const c of rows) files[`${c.code}.pdf`] = await renderCertificatePdf(c);
  return zipSync(files, { level: 0 });
}

export async function auditExport(
  actorId: string,
  kind: ExportKind,
  course: { id: string; slug: string },
  p: ExportParams,
  rows: number,
): Promise<void> {
  await recordAudit({
    actorId,
    action: "training.export",
    entityType: "course",
    entityId: course.id,
    districtCode: p.district,
    details: { kind, course: course.slug, from: p.from, to: p.to, rows },
  });
}

export function fileResponse(body: BodyInit, type: string, filename: string): Response {
  return new Response(body, {
    headers: { "Content-Type": type, "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
  });
}

/** The form's initial period: from 1 January to today (Europe/Rome). */
export function defaultPeriod(now = new Date()): Record<string, string> {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE }).format(now);
  return { tipo: "completamenti", dal: `${today.slice(0, 4)}-01-01`, al: today };
}

export function downloadHref(form: ExportForm): string {
  const params = new URLSearchParams({ tipo: form.tipo, distretto: form.distretto, corso: form.corso, dal: form.dal, al: form.al });
  return `/formazione/esportazioni/scarica?${params}`;
}

async function courseOf(slug: string) {
  const [course] = await db().select({ id: courses.id, slug: courses.slug }).from(courses).where(eq(courses.slug, slug));
  return course ?? null;
}

const paramsOf = (courseId: string, form: ExportForm): ExportParams => ({ courseId, district: form.distretto, from: form.dal, to: form.al });

/** What is wrong with an export that passed the schema: unknown course, nothing to export, too big. */
export async function checkExport(form: ExportForm): Promise<FieldErrors | null> {
  const course = await courseOf(form.corso);
  if (!course) return { corso: "exports.error.course" };
  const p = paramsOf(course.id, form);
  const rows = form.tipo === "completamenti" ? (await districtCompletions(p)).length : (await districtCertificates(p)).length;
  if (rows === 0) return { _form: "exports.error.empty" };
  if (form.tipo === "attestati" && rows > MAX_ZIP_CERTIFICATES) return { _form: "exports.error.tooMany" };
  return null;
}

/** The export file, logged in the audit log with its row count. */
export async function buildExport(actorId: string, form: ExportForm, locale: Locale): Promise<Response> {
  const course = await courseOf(form.corso);
  if (!course) return notFound("exports.error.course");
  const p = paramsOf(course.id, form);
  const name = `${form.tipo}-${course.slug}-${form.distretto}-${form.dal}-${form.al}`;
  if (form.tipo === "completamenti") {
    const rows = await districtCompletions(p);
    await auditExport(actorId, form.tipo, course, p, rows.length);
    return csvResponse(`${name}.csv`, completionsCsv(locale, rows));
  }
  const rows = await districtCertificates(p);
  if (rows.length > MAX_ZIP_CERTIFICATES) return httpError(400, "exports.error.tooMany");
  const zip = await certificatesZip(rows);
  await auditExport(actorId, form.tipo, course, p, rows.length);
  return fileResponse(new Blob([zip as Uint8Array<ArrayBuffer>]), "application/zip", `${name}.zip`);
}
