// The coordinators' guardians list (elenco) of a district: which district a request works on, the
// people in it with their training and caseload (a fixed number of queries whatever the rows), one
// person's profile page with its two forms, and the CSV export with its audit entry.
import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import * as z from "zod";
import { appointments, districts, guardianProfiles, guardianStateHistory, minors, userRoles, users } from "../../../db/schema";
import { db } from "~/db.server";
import { translate, type Locale, type MessageKey } from "~/i18n";
import { recordAudit } from "~/modules/audit/log.server";
import type { DistrictCode } from "~/modules/auth/roles";
import type { CurrentUser } from "~/modules/auth/user.server";
import { csvResponse, toCsv, type CsvValue } from "~/modules/training/reports.server";
import { trainingSummaries } from "~/modules/training/record.server";
import { httpError, notFound } from "~/utils/http.server";
import { keptValues, parseForm, type FieldErrors } from "~/utils/forms";
import { caseloads } from "./appointments.server";
import { setGuardianState, updateGuardianProfile } from "./guardians.server";
import { NOTES_PREVIEW, type RosterQuery } from "./components/roster/query";
import { romeToday } from "./minors.server";
import { DEFAULT_MAX_MINORS, guardianProfileSchema, stateChangeSchema, type GuardianProfileInput } from "./schema";

type GuardianState = "candidate" | "listed" | "suspended" | "removed";



/** The `:id` of a profile address: not a uuid, no such person (404). */
export function personIdParam(params: Record<string, string | undefined>): string {
  const parsed = z.uuid().safeParse(params.id);
  return parsed.success ? parsed.data : notFound();
}

// ---------------------------------------------------------------- who is in the elenco

/** A person belongs to a district's list with the guardian or candidate role there, or a profile row. */
function inDistrict(district: string): SQL {
  return or(
    sql`exists (select 1 from ${userRoles} where ${userRoles.userId} = ${users.id}
      and ${userRoles.districtCode} = ${district} and ${userRoles.role} in ('guardian', 'candidate'))`,
    isNotNull(guardianProfiles.userId),
  )!;
}

const profileJoin = (district: string) => and(eq(guardianProfiles.userId, users.id), eq(guardianProfiles.districtCode, district));
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function filtersOf(query: RosterQuery): SQL {
  const conditions: (SQL | undefined)[] = [sql`true`];
  if (query.stato === "candidate") conditions.push(or(isNull(guardianProfiles.state), eq(guardianProfiles.state, "candidate")));
  else if (query.stato) conditions.push(eq(guardianProfiles.state, query.stato));
  // Listed and declared available (the cap and the course are shown in their columns).
  if (query.disponibili) conditions.push(eq(guardianProfiles.state, "listed"), eq(guardianProfiles.available, true), isNull(users.disabledAt));
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    conditions.push(or(ilike(users.name, pattern), ilike(users.email, pattern)));
  }
  return and(...conditions)!;
}

const personColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  spokenLanguages: users.spokenLanguages,
  disabledAt: users.disabledAt,
  state: guardianProfiles.state,
  listedSince: guardianProfiles.listedSince,
  stateReason: guardianProfiles.stateReason,
  overrideReason: guardianProfiles.listingOverrideReason,
  available: guardianProfiles.available,
  maxMinors: guardianProfiles.maxMinors,
  maxMinorsReason: guardianProfiles.maxMinorsReason,
  province: guardianProfiles.province,
  languages: guardianProfiles.languages,
  notes: guardianProfiles.notes,
};

export interface RosterPerson {
  id: string;
  name: string;
  email: string;
  /** No profile row yet: a candidate. */
  state: GuardianState;
  listedSince: string | null;
  stateReason: string | null;
  overrideReason: string | null;
  available: boolean;
  disabled: boolean;
  maxMinors: number;
  maxMinorsReason: string | null;
  province: string | null;
  /** Languages recorded by the coordinators; empty until they record them. */
  languages: string[];
  /** Languages the person declared in their own profile. */
  spokenLanguages: string[];
  notes: string;
  mandatoryCompleted: boolean;
  hoursThisYear: number;
  caseload: number;
}

/** People of the district's list (with their profile there, if any) matching a condition. */
function selectPeople(district: string, where: SQL) {
  return db()
    .select(personColumns)
    .from(users)
    .leftJoin(guardianProfiles, profileJoin(district))
    .where(and(inDistrict(district), where))
    .orderBy(asc(users.name), asc(users.id));
}
type PersonRow = Awaited<ReturnType<typeof selectPeople>>[number];

function toPerson(r: PersonRow, training: Awaited<ReturnType<typeof trainingSummaries>>, loads: Map<string, number>): RosterPerson {
  const summary = training.get(r.id);
  return {
    id: r.id,
    name: r.name,
    email: r.email,
    state: (r.state ?? "candidate") as GuardianState,
    listedSince: r.listedSince ?? null,
    stateReason: r.stateReason ?? null,
    overrideReason: r.overrideReason ?? null,
    available: r.available ?? true,
    disabled: r.disabledAt !== null,
    maxMinors: r.maxMinors ?? DEFAULT_MAX_MINORS,
    maxMinorsReason: r.maxMinorsReason ?? null,
    province: r.province ?? null,
    languages: r.languages ?? [],
    spokenLanguages: r.spokenLanguages,
    notes: r.notes ?? "",
    mandatoryCompleted: summary?.mandatoryCompleted ?? false,
    hoursThisYear: summary?.hoursThisYear ?? 0,
    caseload: loads.get(r.id) ?? 0,
  };
}

/** The district's people matching the filters, by name; three queries whatever the rows. */
export async function listRoster(district: string, query: RosterQuery, now = new Date()): Promise<RosterPerson[]> {
  const rows = await selectPeople(district, filtersOf(query));
  const ids = rows.map((r) => r.id);
  const training = await trainingSummaries(ids, now);
  const loads = await caseloads(ids);
  return rows.map((r) => toPerson(r, training, loads));
}

/** What the list's table shows of a person: internal notes cut short. */
export function rosterTableRow(p: RosterPerson) {
  const notes = p.notes.length > NOTES_PREVIEW ? `${p.notes.slice(0, NOTES_PREVIEW).trimEnd()}…` : p.notes;
  return { ...p, notes, notesTruncated: notes !== p.notes };
}

// ---------------------------------------------------------------- one person's profile

export async function districtProvinceList(district: string): Promise<string[]> {
  const [row] = await db().select({ provinces: districts.provinces }).from(districts).where(eq(districts.code, district));
  return row?.provinces ?? [];
}

async function findPerson(district: string, userId: string, now: Date): Promise<RosterPerson | null> {
  const [row] = await selectPeople(district, eq(users.id, userId));
  if (!row) return null;
  const training = await trainingSummaries([userId], now);
  const loads = await caseloads([userId]);
  return toPerson(row, training, loads);
}

const OPEN_STATUSES = ["proposed", "accepted", "active"] as const;

/** Everything the profile page shows; null when the person is not in the district's list (404). */
export async function rosterProfile(district: string, userId: string, now = new Date()) {
  const person = await findPerson(district, userId, now);
  if (!person) return null;
  const changer = alias(users, "changer");
  const history = await db()
    .select({
      id: guardianStateHistory.id,
      state: guardianStateHistory.state,
      reason: guardianStateHistory.reason,
      overrideReason: guardianStateHistory.overrideReason,
      changedAt: guardianStateHistory.changedAt,
      changedBy: changer.name,
    })
    .from(guardianStateHistory)
    .leftJoin(changer, eq(changer.id, guardianStateHistory.changedById))
    .where(and(eq(guardianStateHistory.userId, userId), eq(guardianStateHistory.districtCode, district)))
    .orderBy(desc(guardianStateHistory.changedAt), desc(guardianStateHistory.id));
  const current = await db()
    .select({ id: appointments.id, code: minors.code, status: appointments.status, proposedAt: appointments.proposedAt, decreeDate: appointments.decreeDate })
    .from(appointments)
    .innerJoin(minors, eq(minors.id, appointments.minorId))
    .where(and(eq(appointments.guardianId, userId), eq(minors.districtCode, district), inArray(appointments.status, [...OPEN_STATUSES])))
    .orderBy(asc(minors.code));
  const [past] = await db()
    .select({ n: count() })
    .from(appointments)
    .innerJoin(minors, eq(minors.id, appointments.minorId))
    .where(and(eq(appointments.guardianId, userId), eq(minors.districtCode, district), eq(appointments.status, "ended")));
  return { person, history, current, pastCount: Number(past?.n ?? 0), provinces: await districtProvinceList(district) };
}

// ---------------------------------------------------------------- the two forms

export type RosterActionResult =
  | { ok: true; outcome: "stato" | "profilo" }
  | { ok: false; intent: "state" | "profile"; errors: FieldErrors; values: Record<string, string> };

const intentSchema = z.enum(["state", "profile"]);

/** The state form or the profile form of a person already known to be in the district's list. */
export async function handleRosterAction(
  actor: Pick<CurrentUser, "id" | "roles">,
  district: string,
  person: Pick<RosterPerson, "id" | "listedSince">,
  formData: FormData,
  now = new Date(),
): Promise<RosterActionResult> {
  const intent = intentSchema.safeParse(formData.get("intent"));
  if (!intent.success) return httpError(400);
  const refused = (errors: FieldErrors) => ({ ok: false as const, intent: intent.data, errors, values: keptValues(formData) });
  if (intent.data === "state") {
    const parsed = parseForm(stateChangeSchema(romeToday(now)), formData);
    if (!parsed.ok) return refused(parsed.errors);
    // A suspension keeps the date of listing: someone never listed cannot be suspended.
    if (parsed.data.state === "suspended" && !person.listedSince) return refused({ state: "tutelaroster.error.suspendNotListed" });
    const result = await setGuardianState(actor, person.id, district, parsed.data, now);
    if (!result.ok) return refused({ [result.field]: result.error });
    return { ok: true, outcome: "stato" };
  }
  const parsed = parseForm(guardianProfileSchema, formData);
  if (!parsed.ok) return refused(parsed.errors);
  const input: GuardianProfileInput = parsed.data;
  if (input.province && !(await districtProvinceList(district)).includes(input.province)) return refused({ province: "tutele.error.provinceOutside" });
  await updateGuardianProfile(actor, person.id, district, input, now);
  return { ok: true, outcome: "profilo" };
}

// ---------------------------------------------------------------- CSV

const CSV_COLUMNS: MessageKey[] = [
  "tutelaroster.csv.name",
  "tutelaroster.csv.email",
  "tutelaroster.csv.state",
  "tutelaroster.csv.listedSince",
  "tutelaroster.csv.stateReason",
  "tutelaroster.csv.override",
  "tutelaroster.csv.mandatory",
  "tutelaroster.csv.hours",
  "tutelaroster.csv.available",
  "tutelaroster.csv.maxMinors",
  "tutelaroster.csv.maxMinorsReason",
  "tutelaroster.csv.province",
  "tutelaroster.csv.languages",
  "tutelaroster.csv.caseload",
  "tutelaroster.csv.notes",
];

/** dd/mm/yyyy from a calendar date, as spreadsheets on Italian settings read it. */
const csvCalendarDate = (date: string | null) => (date ? date.split("-").reverse().join("/") : "");

export function rosterCsv(locale: Locale, rows: readonly RosterPerson[]): string {
  const t = (key: MessageKey) => translate(locale, key);
  const yesNo = (v: boolean) => t(v ? "tutelaroster.csv.yes" : "tutelaroster.csv.no");
  const body = rows.map((r): CsvValue[] => [
    r.name,
    r.email,
    t(`tutele.state.${r.state}`),
    csvCalendarDate(r.listedSince),
    r.stateReason,
    r.overrideReason,
    yesNo(r.mandatoryCompleted),
    r.hoursThisYear,
    yesNo(r.available && !r.disabled),
    r.maxMinors,
    r.maxMinorsReason,
    r.province,
    r.languages.join(", "),
    r.caseload,
    r.notes,
  ]);
  return toCsv([CSV_COLUMNS.map(t), ...body]);
}

/** The filtered list as a CSV download; every export is written to the audit log. */
export async function exportRoster(actor: Pick<CurrentUser, "id">, district: DistrictCode, query: RosterQuery, locale: Locale, now = new Date()): Promise<Response> {
  const rows = await listRoster(district, query, now);
  await recordAudit({
    actorId: actor.id,
    action: "guardians.export",
    entityType: "district",
    entityId: district,
    districtCode: district,
    details: { rows: rows.length },
  });
  return csvResponse(`tutori-${district}-${romeToday(now)}.csv`, rosterCsv(locale, rows));
}
