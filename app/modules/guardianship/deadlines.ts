// Deadlines in the life of a guardianship (law 47/2017 practice): the 18th birthday, the request to
// continue support up to 21 ("prosieguo amministrativo"), the conversion and expiry of the residence
// permit and the six-monthly review of the individual plan. Pure: calendar dates are "YYYY-MM-DD"
// strings (Europe/Rome calendar, computed by the caller) and all arithmetic runs on UTC midnights,
// so no local time zone or daylight-saving change can shift a day.

export const DEADLINE_KINDS = [
  "eighteenth_birthday",
  "prosieguo_request",
  "permit_conversion",
  "permit_expiry",
  "plan_review",
  "manual",
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
export type RuleKind = Exclude<DeadlineKind, "manual">;

export interface RuleInput {
  birthDate: string | null;
  permitExpiry: string | null;
  /** date the appointment became active (court decree), or null if no active guardian */
  appointedOn: string | null;
  /** Rome calendar date of today */
  today: string;
}

export interface RuleDeadline {
  kind: RuleKind;
  dueDate: string;
  /** days before dueDate on which reminders go out, descending */
  remindDaysBefore: number[];
}

export type DeadlineState = "done" | "overdue" | "soon" | "later";

/** Days before the 90-day-before-majority request on which reminders go out. */
const PROSIEGUO_REMINDERS = [30, 7];
/** The request to the juvenile court is due this many days before the 18th birthday. */
const PROSIEGUO_DAYS_BEFORE_MAJORITY = 90;
/** The residence permit is to be converted within this many days after the 18th birthday. */
const CONVERSION_DAYS_AFTER_MAJORITY = 60;
const CONVERSION_REMINDERS = [30, 7];
const PERMIT_EXPIRY_REMINDERS = [60, 30, 7];
/** The individual plan is reviewed every this many months from the appointment. */
const PLAN_REVIEW_MONTHS = 6;
const PLAN_REVIEW_REMINDERS = [14, 3];
/** A deadline is "soon" when due within this many days (today included). */
const SOON_DAYS = 30;

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Ymd {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a calendar date; throws a RangeError on anything but a real date of years 1000–9999. */
function parseDate(date: string): Ymd {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`Invalid calendar date: ${JSON.stringify(date)}`);
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  // Date.UTC maps years 0–99 to 1900–1999: keep to four-digit years.
  if (ymd.year < 1000 || ymd.month < 1 || ymd.month > 12 || ymd.day < 1 || ymd.day > daysInMonth(ymd.year, ymd.month)) {
    throw new RangeError(`Invalid calendar date: ${JSON.stringify(date)}`);
  }
  return ymd;
}

function toUtcMs(date: string): number {
  const { year, month, day } = parseDate(date);
  return Date.UTC(year, month - 1, day);
}

function formatUtcMs(ms: number): string {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (!Number.isFinite(ms) || year < 1000 || year > 9999) throw new RangeError("Date out of range (years 1000–9999)");
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${year}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function requireInteger(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be an integer, got ${n}`);
}

/**
 * The same day `years` later (or earlier). 29 February in a year without one becomes 1 March: a
 * person born on 29 February has completed their years only once the whole of 28 February has
 * gone by, so the anniversary (and the age it brings) falls on the day after 28 February.
 */
export function addYears(date: string, years: number): string {
  requireInteger(years, "years");
  const { year, month, day } = parseDate(date);
  // Date.UTC rolls 29 February over into 1 March when the target year has no 29 February.
  return formatUtcMs(Date.UTC(year + years, month - 1, day));
}

/** The same day `months` later (or earlier), clamped to the end of a shorter month (31 Aug + 6 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  requireInteger(months, "months");
  const { year, month, day } = parseDate(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return formatUtcMs(Date.UTC(newYear, newMonth - 1, Math.min(day, daysInMonth(newYear, newMonth))));
}

/** The date `days` later (or earlier). */
export function addDays(date: string, days: number): string {
  requireInteger(days, "days");
  return formatUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** `to` − `from` in days (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/**
 * Completed years on a date, consistent with `addYears` (someone born on 29 February turns a year
 * older on 1 March in common years). Negative before birth (whole years, rounded down).
 */
export function ageOn(birthDate: string, on: string): number {
  const b = parseDate(birthDate);
  const o = parseDate(on);
  const beforeAnniversary = o.month < b.month || (o.month === b.month && o.day < b.day);
  return o.year - b.year - (beforeAnniversary ? 1 : 0);
}

function descending(days: number[]): number[] {
  return [...new Set(days)].sort((a, b) => b - a);
}

/** The first date appointedOn + 6k months (k ≥ 1, each counted from appointedOn) on or after today. */
function nextPlanReview(appointedOn: string, today: string): string {
  const a = parseDate(appointedOn);
  const t = parseDate(today);
  const monthsApart = (t.year - a.year) * 12 + (t.month - a.month);
  // Start one period short of today's month, so the first candidate found is the earliest one.
  let k = Math.max(1, Math.floor(monthsApart / PLAN_REVIEW_MONTHS) - 1);
  let due = addMonths(appointedOn, PLAN_REVIEW_MONTHS * k);
  while (due < today) {
    k += 1;
    due = addMonths(appointedOn, PLAN_REVIEW_MONTHS * k);
  }
  return due;
}

/**
 * The deadlines that follow from a minor's data, sorted by due date and then by kind (in the
 * order of DEADLINE_KINDS). Birthday-based deadlines are produced even when they are long past
 * (the caller decides what to show); the only exception is the request for "prosieguo", dropped
 * once its due date has passed and the minor has come of age (on or after the 18th birthday:
 * guardianship ends at majority, so there is nothing left to request).
 */
export function ruleDeadlines(input: RuleInput): RuleDeadline[] {
  const { birthDate, permitExpiry, appointedOn, today } = input;
  parseDate(today);
  const out: RuleDeadline[] = [];

  if (birthDate !== null) {
    const majority = addYears(birthDate, 18);
    out.push({
      kind: "eighteenth_birthday",
      dueDate: majority,
      remindDaysBefore: descending([
        daysBetween(addMonths(majority, -6), majority),
        daysBetween(addMonths(majority, -3), majority),
        7,
      ]),
    });

    const prosieguo = addDays(majority, -PROSIEGUO_DAYS_BEFORE_MAJORITY);
    const comeOfAge = majority <= today;
    if (!(prosieguo < today && comeOfAge)) {
      out.push({ kind: "prosieguo_request", dueDate: prosieguo, remindDaysBefore: descending(PROSIEGUO_REMINDERS) });
    }

    out.push({
      kind: "permit_conversion",
      dueDate: addDays(majority, CONVERSION_DAYS_AFTER_MAJORITY),
      remindDaysBefore: descending(CONVERSION_REMINDERS),
    });
  }

  if (permitExpiry !== null) {
    parseDate(permitExpiry);
    out.push({ kind: "permit_expiry", dueDate: permitExpiry, remindDaysBefore: descending(PERMIT_EXPIRY_REMINDERS) });
  }

  if (appointedOn !== null) {
    out.push({ kind: "plan_review", dueDate: nextPlanReview(appointedOn, today), remindDaysBefore: descending(PLAN_REVIEW_REMINDERS) });
  }

  const order = (kind: RuleKind) => DEADLINE_KINDS.indexOf(kind);
  return out.sort((x, y) => (x.dueDate < y.dueDate ? -1 : x.dueDate > y.dueDate ? 1 : order(x.kind) - order(y.kind)));
}

/** The reminder (days before the due date) that goes out exactly today, or null. */
export function remindersDue(d: { dueDate: string; remindDaysBefore: number[] }, today: string): number | null {
  const daysLeft = daysBetween(today, d.dueDate);
  return d.remindDaysBefore.includes(daysLeft) ? daysLeft : null;
}

/** How a deadline looks today: done, overdue (due date before today), soon (due within 30 days, today included) or later. */
export function deadlineState(dueDate: string, doneAt: boolean, today: string): DeadlineState {
  if (doneAt) return "done";
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft < 0) return "overdue";
  return daysLeft <= SOON_DAYS ? "soon" : "later";
}
