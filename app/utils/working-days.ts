// Working days in Italy (Europe/Rome): weekends, national public holidays and, when a district is
// given, the patron saint's day of the district's seat (Milano 7 December, Brescia 15 February).
// Service levels of legal consultations are counted in these days.
import { romeLocalToUtc, utcToRomeLocal } from "./dates";

export interface PlainDate {
  year: number;
  month: number; // 1–12
  day: number;
}

/** Easter Sunday (Gregorian calendar; anonymous algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): PlainDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

const key = (d: PlainDate) => `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

function shift(d: PlainDate, days: number): PlainDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

const PATRON_DAYS: Record<string, [number, number]> = {
  MI: [12, 7], // Sant'Ambrogio
  BS: [2, 15], // Santi Faustino e Giovita
};

/** National public holidays of a year (law 260/1949 and later changes), as YYYY-MM-DD. */
export function nationalHolidays(year: number): Set<string> {
  const fixed: [number, number][] = [
    [1, 1], // Capodanno
    [1, 6], // Epifania
    [4, 25], // Festa della Liberazione
    [5, 1], // Festa del lavoro
    [6, 2], // Festa della Repubblica
    [8, 15], // Ferragosto
    [11, 1], // Ognissanti
    [12, 8], // Immacolata Concezione
    [12, 25], // Natale
    [12, 26], // Santo Stefano
  ];
  // San Francesco d'Assisi, national holiday again from 2026 (law 151 of 2025).
  if (year >= 2026) fixed.push([10, 4]);
  const days = new Set(fixed.map(([month, day]) => key({ year, month, day })));
  const easter = easterSunday(year);
  days.add(key(easter));
  days.add(key(shift(easter, 1))); // Lunedì dell'Angelo
  return days;
}

export function isWorkingDay(date: PlainDate, districtCode?: string): boolean {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  if (nationalHolidays(date.year).has(key(date))) return false;
  const patron = districtCode ? PATRON_DAYS[districtCode] : undefined;
  if (patron && patron[0] === date.month && patron[1] === date.day) return false;
  return true;
}

export function romeDate(instant: Date): PlainDate {
  const [year, month, day] = utcToRomeLocal(instant).date.split("-").map(Number);
  return { year, month, day };
}

/**
 * The deadline that is `count` working days after `from`: the end (midnight, Rome time) of the
 * count-th working day after the day of `from`. A request on a Wednesday with 3 working days is
 * due by the end of the following Monday; on a Friday before Easter, by the end of Thursday.
 */
export function addWorkingDays(from: Date, count: number, districtCode?: string): Date {
  let day = romeDate(from);
  let left = count;
  while (left > 0) {
    day = shift(day, 1);
    if (isWorkingDay(day, districtCode)) left--;
  }
  const next = shift(day, 1);
  return romeLocalToUtc(key(next), "00:00")!;
}

/** Whole working days between two instants (the days after `from`, up to and including `to`'s day). */
export function workingDaysBetween(from: Date, to: Date, districtCode?: string): number {
  let day = romeDate(from);
  const end = key(romeDate(to));
  let count = 0;
  while (key(day) < end) {
    day = shift(day, 1);
    if (isWorkingDay(day, districtCode)) count++;
  }
  return count;
}
