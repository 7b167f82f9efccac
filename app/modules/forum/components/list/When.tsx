// A moment shown relative to the page's "now" (from the loader, so server and browser agree):
// "2 ore fa", "ieri"; older than a week, the date. The exact time is in the <time> element.
import { perLocale, type Locale } from "~/i18n";
import { useFormat, useLocale } from "~/i18n/react";

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const relativeFormat = perLocale((tag) => new Intl.RelativeTimeFormat(tag, { numeric: "auto" }));

export function relativeWhen(locale: Locale, date: Date, now: Date, formatDate: (d: Date) => string): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  if (abs >= 7 * DAY) return formatDate(date);
  const rtf = relativeFormat(locale);
  if (abs < 45) return rtf.format(0, "second");
  if (abs < HOUR) return rtf.format(Math.round(seconds / MINUTE), "minute");
  if (abs < DAY) return rtf.format(Math.round(seconds / HOUR), "hour");
  return rtf.format(Math.round(seconds / DAY), "day");
}

export function When({ date, now }: { date: Date | string; now: Date | string }) {
  const locale = useLocale();
  const format = useFormat();
  const d = new Date(date);
  return (
    <time dateTime={d.toISOString()} title={format.dateTime(d)}>
      {relativeWhen(locale, d, new Date(now), (x) => format.date(x))}
    </time>
  );
}

/** A catalog text with React nodes in its {placeholders} (e.g. a <When> inside a sentence). */
export function Template({ text, parts }: { text: string; parts: Record<string, React.ReactNode> }) {
  const pieces = text.split(/\{(\w+)\}/);
  return (
    <>
      {pieces.map((piece, i) => (i % 2 === 1 ? <span key={i}>{piece in parts ? parts[piece] : `{${piece}}`}</span> : piece))}
    </>
  );
}
