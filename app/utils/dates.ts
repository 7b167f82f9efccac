// Europe/Rome wall-clock dates and times ↔ UTC instants, safe across daylight-saving changes.
import { TIME_ZONE } from "~/i18n";

const romeParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The wall-clock date ("YYYY-MM-DD") and time ("HH:MM") in Rome of an instant. */
export function utcToRomeLocal(instant: Date | string): { date: string; time: string } {
  const parts = Object.fromEntries(romeParts.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Minutes Rome is ahead of UTC at an instant (60 in winter, 120 in summer). */
function romeOffsetMs(ms: number): number {
  const { date, time } = utcToRomeLocal(new Date(ms));
  const [y, mo, d] = date.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  return Date.UTC(y, mo - 1, d, h, mi) - Math.floor(ms / 60_000) * 60_000;
}

/**
 * The UTC instant of a Rome wall-clock date and time. A time that happens twice (the last Sunday
 * of October, 02:00–02:59) is taken at its first occurrence (summer time); a time that does not
 * exist (the last Sunday of March, 02:00–02:59) gives null.
 */
export function romeLocalToUtc(date: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!d || !t) return null;
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  const offsets = new Set([romeOffsetMs(wall - 86_400_000), romeOffsetMs(wall + 86_400_000)]);
  const fits = [...offsets]
    .map((offset) => wall - offset)
    .filter((ms) => {
      const back = utcToRomeLocal(new Date(ms));
      return back.date === date && back.time === time;
    })
    .sort((a, b) => a - b);
  return fits.length > 0 ? new Date(fits[0]) : null;
}
