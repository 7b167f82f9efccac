// What every part of the benchmark seed gets: the connection, the scale and the base date.
import type { Sql } from "./db";

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export interface Ctx {
  sql: Sql;
  scale: number;
  /** Today's UTC midnight: every date of the data is relative to it. */
  base: Date;
  /** base as a calendar date, YYYY-MM-DD. */
  today: string;
  /** A count at scale 1, at this scale: rounded, at least 1. */
  count(atScaleOne: number): number;
}

/** The calendar date (YYYY-MM-DD) of an instant, by its UTC day. */
export function dateOf(ms: number | Date): string {
  return new Date(typeof ms === "number" ? ms : ms.getTime()).toISOString().slice(0, 10);
}

/** Midday of a calendar date (11:00 UTC: 12:00 or 13:00 in Rome, the same day). */
export function noonOf(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return Date.UTC(y, m - 1, d, 11);
}

/** The instant `days` before base (fractions allowed). */
export function ago(ctx: Ctx, days: number): Date {
  return new Date(ctx.base.getTime() - days * DAY);
}
