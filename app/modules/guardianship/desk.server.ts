// The coordinators' minors desk: which district a request works on, the filtered list (one page,
// a fixed number of queries whatever the rows), the CSV export with its audit entry, and the
// minor's record as form values for the register/edit form.
import { waitingSince } from "./waiting.server";
import { and, asc, count, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { appointments, districts, minorFlags, minors, users } from "../../../db/schema";
import { db } from "~/db.server";
import { translate, type Locale, type MessageKey } from "~/i18n";
import { recordAudit } from "~/modules/audit/log.server";
import type { DistrictCode } from "~/modules/auth/roles";
import type { CurrentUser } from "~/modules/auth/user.server";
import { csvResponse, toCsv, type CsvValue } from "~/modules/training/reports.server";
import type { MinorsTableRow } from "./components/desk/MinorsTable";
import { minorsSearch, type MinorsQuery } from "./components/desk/query";
import { romeToday, type MinorRecord } from "./minors.server";
import { MINORS_PER_PAGE, SPECIAL_NEEDS } from "./schema";

/** The provinces of a district (the facility's province must be one of them). */
export async function districtProvinces(districtCode: string): Promise<string[]> {
  const [row] = await db().select({ provinces: districts.provinces }).from(districts).where(eq(districts.code, districtCode));
  return row?.provinces ?? [];
}

// ---------------------------------------------------------------- the list

export interface MinorRow {
  id: string;
  code: string;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  estimatedAge: number | null;
  sex: string | null;
  nationality: string | null;
  arrivalDate: string | null;
  facilityName: string | null;
  facilityMunicipality: string | null;
  facilityProvince: string | null;
  status: "waiting" | "with_guardian" | "ended";
  guardianName: string | null;
  /** Days since arrival (or registration, when the arrival date is unknown); only for waiting minors. */
  daysWaiting: number | null;
  openFlags: number;
}

/** Full years between a birth date and today (both YYYY-MM-DD). */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number);
  const [ty, tm, td] = today.split("-").map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function filtersOf(district: string, query: Pick<MinorsQuery, "stato" | "q">): SQL {
  const conditions: (SQL | undefined)[] = [eq(minors.districtCode, district)];
  if (query.stato) conditions.push(eq(minors.status, query.stato));
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    conditions.push(
      or(
        ilike(minors.code, pattern),
        ilike(minors.firstName, pattern),
        ilike(minors.lastName, pattern),
        ilike(sql`${minors.firstName} || ' ' || ${minors.lastName}`, pattern),
        ilike(sql`${minors.lastName} || ' ' || ${minors.firstName}`, pattern),
      ),
    );
  }
  return and(...conditions)!;
}

/** Rows of the list in its order: waiting longest first, then everyone else by code. */
function selectRows(district: string, query: Pick<MinorsQuery, "stato" | "q">, today: string) {
  const isWaiting = sql`${minors.status} = 'waiting'`;
  return db()
    .select({
      id: minors.id,
      code: minors.code,
      firstName: minors.firstName,
      lastName: minors.lastName,
      birthDate: minors.birthDate,
      estimatedAge: minors.estimatedAge,
      sex: minors.sex,
      nationality: minors.nationality,
      arrivalDate: minors.arrivalDate,
      facilityName: minors.facilityName,
      facilityMunicipality: minors.facilityMunicipality,
      facilityProvince: minors.facilityProvince,
      status: minors.status,
      guardianName: users.name,
      daysWaiting: sql<number | null>`case when ${isWaiting} then ${today}::date - ${waitingSince} end`.mapWith(Number),
      openFlags: sql<number>`(select count(*) from ${minorFlags} where ${minorFlags.minorId} = ${minors.id} and ${minorFlags.removedAt} is null)`.mapWith(Number),
    })
    .from(minors)
    .leftJoin(appointments, and(eq(appointments.minorId, minors.id), eq(appointments.status, "active")))
    .leftJoin(users, eq(users.id, appointments.guardianId))
    .where(filtersOf(district, query))
    .orderBy(sql`case when ${isWaiting} then 0 else 1 end`, sql`case when ${isWaiting} then ${waitingSince} end asc nulls last`, asc(minors.code))
    .$dynamic();
}

/** One page of the district's minors: two queries (count and rows), whatever the page holds. */
export async function listMinors(district: string, query: MinorsQuery, now = new Date()) {
  const today = romeToday(now);
  const [{ total }] = await db().select({ total: count() }).from(minors).where(filtersOf(district, query));
  const pages = Math.max(1, Math.ceil(total / MINORS_PER_PAGE));
  const rows: MinorRow[] = await selectRows(district, query, today)
    .limit(MINORS_PER_PAGE)
    .offset((query.pagina - 1) * MINORS_PER_PAGE);
  return { rows, total, page: query.pagina, pages, today };
}

/** What the list page shows of a row (sex and nationality stay on the server), with the age today. */
export function tableRow(r: MinorRow, today: string): MinorsTableRow {
  return {
    id: r.id,
    code: r.code,
    firstName: r.firstName,
    lastName: r.lastName,
    birthDate: r.birthDate,
    estimatedAge: r.estimatedAge,
    arrivalDate: r.arrivalDate,
    facilityName: r.facilityName,
    facilityMunicipality: r.facilityMunicipality,
    facilityProvince: r.facilityProvince,
    status: r.status,
    guardianName: r.guardianName,
    daysWaiting: r.daysWaiting,
    openFlags: r.openFlags,
    age: r.birthDate ? ageOn(r.birthDate, today) : null,
  };
}

// ---------------------------------------------------------------- CSV

const CSV_COLUMNS: MessageKey[] = [
  "tuteladesk.csv.code",
  "tuteladesk.csv.lastName",
  "tuteladesk.csv.firstName",
  "tuteladesk.csv.birthDate",
  "tuteladesk.csv.estimatedAge",
  "tuteladesk.csv.sex",
  "tuteladesk.csv.nationality",
  "tuteladesk.csv.arrivalDate",
  "tuteladesk.csv.facility",
  "tuteladesk.csv.municipality",
  "tuteladesk.csv.province",
  "tuteladesk.csv.status",
  "tuteladesk.csv.guardian",
  "tuteladesk.csv.daysWaiting",
];

/** dd/mm/yyyy from a calendar date, as spreadsheets on Italian settings read it. */
const csvCalendarDate = (date: string | null) => (date ? date.split("-").reverse().join("/") : "");

export function minorsCsv(locale: Locale, rows: readonly MinorRow[]): string {
  const t = (key: MessageKey) => translate(locale, key);
  const body = rows.map((r): CsvValue[] => [
    r.code,
    r.lastName,
    r.firstName,
    csvCalendarDate(r.birthDate),
    r.birthDate ? null : r.estimatedAge,
    r.sex ? t(`tutele.sex.${r.sex}` as MessageKey) : null,
    r.nationality,
    csvCalendarDate(r.arrivalDate),
    r.facilityName,
    r.facilityMunicipality,
    r.facilityProvince,
    t(`tutele.minorStatus.${r.status}`),
    r.guardianName,
    r.daysWaiting,
  ]);
  return toCsv([CSV_COLUMNS.map(t), ...body]);
}

/**
 * The whole filtered list of the district as a CSV download. Each export is written to the audit
 * log (who, which district, how many rows, which filters) before the file is sent.
 */
export async function exportMinors(actor: Pick<CurrentUser, "id">, district: DistrictCode, query: MinorsQuery, locale: Locale, now = new Date()): Promise<Response> {
  const today = romeToday(now);
  const rows: MinorRow[] = await selectRows(district, query, today);
  const filters = minorsSearch(district, { stato: query.stato, q: query.q });
  await recordAudit({
    actorId: actor.id,
    action: "minors.export",
    entityType: "district",
    entityId: district,
    districtCode: district,
    details: { rows: rows.length, filters },
  });
  return csvResponse(`minori-${district}-${today}.csv`, minorsCsv(locale, rows));
}

// ---------------------------------------------------------------- form values

/** The form's values as sent (several checkboxes of one name joined by commas), to keep the input. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of new Set(formData.keys())) {
    values[key] = formData
      .getAll(key)
      .filter((v): v is string => typeof v === "string")
      .join(",");
  }
  return values;
}

/** A stored record as the edit form's initial values. */
export function minorFormValues(minor: MinorRecord): Record<string, string> {
  return {
    firstName: minor.firstName,
    lastName: minor.lastName,
    birthDate: minor.birthDate ?? "",
    estimatedAge: minor.estimatedAge === null ? "" : String(minor.estimatedAge),
    sex: minor.sex ?? "",
    nationality: minor.nationality ?? "",
    languages: minor.languages.join(", "),
    arrivalDate: minor.arrivalDate ?? "",
    facilityName: minor.facilityName ?? "",
    facilityMunicipality: minor.facilityMunicipality ?? "",
    facilityProvince: minor.facilityProvince ?? "",
    courtFileNumber: minor.courtFileNumber ?? "",
    permitExpiry: minor.permitExpiry ?? "",
    specialNeeds: minor.specialNeeds.filter((n) => (SPECIAL_NEEDS as readonly string[]).includes(n)).join(","),
  };
}
