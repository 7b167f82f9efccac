// iCalendar (RFC 5545) feed of a guardian's deadlines as all-day events, with a reminder a week
// before. No dependency: text escaping, CRLF line ends and folding at 75 octets are done here,
// along with a minimal parser the tests use to check that a feed reads back as written.
import { addDays } from "./deadlines";

export interface IcsEvent {
  uid: string;
  /** YYYY-MM-DD, all-day */
  date: string;
  summary: string;
  description?: string;
  url?: string;
}

const CRLF = "\r\n";
/** Maximum length of a content line in octets, the CRLF excluded (RFC 5545 §3.1). */
const MAX_OCTETS = 75;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** TEXT value escaping (RFC 5545 §3.3.11); control characters other than tab are not allowed and are dropped. */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, "");
}

/** A URI value is not escaped; line breaks and control characters would break the line, so they go. */
function cleanUri(value: string): string {
  return value.replace(/[\u0000-\u001F\u007F]/g, "").trim();
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3; // lone surrogates included (encoded as U+FFFD, 3 octets)
  return 4;
}

/**
 * Folds a content line so no physical line exceeds 75 octets of UTF-8: continuation lines start
 * with a single space (which counts towards their 75), and a character is never split.
 */
function fold(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = " ";
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

function icsDate(date: string): string {
  if (!DATE_RE.test(date)) throw new RangeError(`Invalid calendar date: ${JSON.stringify(date)}`);
  return date.replace(/-/g, "");
}

/** 2026-11-24T10:30:00.000Z → 20261124T103000Z */
function icsTimestamp(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

/** The whole calendar, every line CRLF-terminated and folded. */
export function buildCalendar(opts: { name: string; events: IcsEvent[]; now: Date }): string {
  const stamp = icsTimestamp(opts.now);
  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Portale Tutori//Tutele//IT",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(opts.name)}`,
  ];
  for (const event of opts.events) {
    const start = icsDate(event.date);
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${start}`,
      // DTEND is exclusive: an all-day event ends at the start of the next day.
      `DTEND;VALUE=DATE:${icsDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.url !== undefined) lines.push(`URL:${cleanUri(event.url)}`);
    lines.push(
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "TRIGGER:-P7D",
      `DESCRIPTION:${escapeText(event.summary)}`,
      "END:VALARM",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map((line) => fold(line) + CRLF).join("");
}

/** Properties whose value is a URI, not TEXT: read back as written, without unescaping. */
const URI_PROPERTIES = new Set(["URL"]);

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

/** Splits a content line into its name (parameters dropped) and value; the first ':' outside quotes separates them. */
function splitLine(line: string): { name: string; value: string } {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ":" && !quoted) {
      const name = line.slice(0, i).split(";")[0].toUpperCase();
      if (name === "") break;
      return { name, value: line.slice(i + 1) };
    }
  }
  throw new SyntaxError(`Malformed content line: ${JSON.stringify(line)}`);
}

/**
 * A minimal reader: unfolds the lines, checks that components are properly nested and returns the
 * properties of each VEVENT (not of the components inside it, such as VALARM), keyed by name
 * without parameters, values unescaped. A repeated property keeps its first value.
 */
export function parseCalendar(text: string): Array<Record<string, string>> {
  const lines = text
    .replace(/\r\n[ \t]|\n[ \t]/g, "")
    .split(/\r\n|\n/)
    .filter((line) => line !== "");
  const stack: string[] = [];
  const events: Array<Record<string, string>> = [];
  let event: Record<string, string> | null = null;

  for (const line of lines) {
    const { name, value } = splitLine(line);
    if (name === "BEGIN") {
      const component = value.toUpperCase();
      if (stack.length === 0 && component !== "VCALENDAR") throw new SyntaxError(`Unexpected ${component} outside VCALENDAR`);
      stack.push(component);
      if (component === "VEVENT") event = {};
    } else if (name === "END") {
      const component = value.toUpperCase();
      const open = stack.pop();
      if (open !== component) throw new SyntaxError(`END:${component} does not close ${open ?? "anything"}`);
      if (component === "VEVENT" && event) {
        events.push(event);
        event = null;
      }
    } else if (stack.length === 0) {
      throw new SyntaxError(`Property ${name} outside VCALENDAR`);
    } else if (event && stack[stack.length - 1] === "VEVENT" && !Object.hasOwn(event, name)) {
      event[name] = URI_PROPERTIES.has(name) ? value : unescapeText(value);
    }
  }
  if (stack.length > 0) throw new SyntaxError(`Unclosed ${stack.join(" > ")}`);
  return events;
}
