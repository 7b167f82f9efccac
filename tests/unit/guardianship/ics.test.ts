// The iCalendar feed of deadlines: structure, escaping, CRLF line ends and folding at 75 octets.
import { describe, expect, it } from "vitest";
import { buildCalendar, parseCalendar, type IcsEvent } from "../../../app/modules/guardianship/ics";

const now = new Date("2026-11-24T10:30:00.000Z");
const event = (over: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: "deadline-1@portale-tutori",
  date: "2027-03-01",
  summary: "Compimento dei 18 anni",
  ...over,
});
const calendar = (events: IcsEvent[], name = "Scadenze") => buildCalendar({ name, events, now });
const octets = (s: string) => new TextEncoder().encode(s).length;
const physicalLines = (ics: string) => ics.split("\r\n").slice(0, -1);

describe("calendar structure", () => {
  it("has the calendar header and one VEVENT with its alarm per event", () => {
    const ics = calendar([event({ description: "Verificare il permesso", url: "https://tutori.example/minori/7" })]);
    expect(physicalLines(ics)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Portale Tutori//Tutele//IT",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:Scadenze",
      "BEGIN:VEVENT",
      "UID:deadline-1@portale-tutori",
      "DTSTAMP:20261124T103000Z",
      "DTSTART;VALUE=DATE:20270301",
      "DTEND;VALUE=DATE:20270302",
      "SUMMARY:Compimento dei 18 anni",
      "DESCRIPTION:Verificare il permesso",
      "URL:https://tutori.example/minori/7",
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      "TRIGGER:-P7D",
      "DESCRIPTION:Compimento dei 18 anni",
      "END:VALARM",
      "END:VEVENT",
      "END:VCALENDAR",
    ]);
  });

  it("ends every line with CRLF and has no bare LF or CR", () => {
    const ics = calendar([event({ description: "riga uno\nriga due\r\nriga tre" }), event({ uid: "b" })]);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("balances BEGIN and END, and parses back one record per event", () => {
    const ics = calendar([event({ uid: "a" }), event({ uid: "b", date: "2027-05-14" }), event({ uid: "c" })]);
    const lines = physicalLines(ics);
    for (const component of ["VCALENDAR", "VEVENT", "VALARM"]) {
      expect(lines.filter((l) => l === `BEGIN:${component}`).length).toBe(lines.filter((l) => l === `END:${component}`).length);
    }
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(3);
    expect(parseCalendar(ics).map((e) => e.UID)).toEqual(["a", "b", "c"]);
  });

  it("with no events is still a well-formed calendar", () => {
    const ics = calendar([]);
    expect(parseCalendar(ics)).toEqual([]);
    expect(physicalLines(ics)[0]).toBe("BEGIN:VCALENDAR");
  });

  it("leaves out DESCRIPTION and URL when not given; the VALARM's description is not the event's", () => {
    const [parsed] = parseCalendar(calendar([event()]));
    expect(parsed).toEqual({
      UID: "deadline-1@portale-tutori",
      DTSTAMP: "20261124T103000Z",
      DTSTART: "20270301",
      DTEND: "20270302",
      SUMMARY: "Compimento dei 18 anni",
    });
  });
});

describe("dates", () => {
  it("DTEND is the next day, across month, year and leap day", () => {
    const ends = calendar([
      event({ uid: "a", date: "2026-12-31" }),
      event({ uid: "b", date: "2027-02-28" }),
      event({ uid: "c", date: "2028-02-28" }),
      event({ uid: "d", date: "2026-03-28" }), // Rome changes to summer time the next night
    ]);
    expect(parseCalendar(ends).map((e) => `${e.DTSTART}-${e.DTEND}`)).toEqual([
      "20261231-20270101",
      "20270228-20270301",
      "20280228-20280229",
      "20260328-20260329",
    ]);
  });

  it("DTSTAMP is the UTC time of now, whatever the milliseconds", () => {
    const ics = buildCalendar({ name: "x", events: [event()], now: new Date("2027-01-05T23:59:59.999Z") });
    expect(parseCalendar(ics)[0].DTSTAMP).toBe("20270105T235959Z");
  });

  it("rejects a malformed date", () => {
    expect(() => calendar([event({ date: "01/03/2027" })])).toThrow(RangeError);
  });
});

describe("text escaping", () => {
  it("escapes backslash, semicolon, comma and newline, and reads them back", () => {
    const summary = "Udienza; tribunale, Milano \\ aula 3\nportare documenti";
    const ics = calendar([event({ summary, description: "a,b;c\\d\r\ne" })], "Tutele; Rossi, Mario");
    expect(ics).toContain("SUMMARY:Udienza\\; tribunale\\, Milano \\\\ aula 3\\nportare documenti\r\n");
    expect(ics).toContain("DESCRIPTION:a\\,b\\;c\\\\d\\ne\r\n");
    expect(ics).toContain("X-WR-CALNAME:Tutele\\; Rossi\\, Mario\r\n");
    const [parsed] = parseCalendar(ics);
    expect(parsed.SUMMARY).toBe(summary);
    expect(parsed.DESCRIPTION).toBe("a,b;c\\d\ne");
  });

  it("keeps a literal backslash-n apart from a newline", () => {
    const [parsed] = parseCalendar(calendar([event({ summary: "C:\\nuovi\nfile" })]));
    expect(parsed.SUMMARY).toBe("C:\\nuovi\nfile");
  });

  it("does not let a line break in a URL start a new property", () => {
    const ics = calendar([event({ url: "https://tutori.example/a\r\nX-EVIL:1" })]);
    const [parsed] = parseCalendar(ics);
    expect(parsed.URL).toBe("https://tutori.example/aX-EVIL:1");
    expect(parsed["X-EVIL"]).toBeUndefined();
  });
});

describe("folding", () => {
  const longSummary =
    "Richiesta di prosieguo amministrativo al Tribunale per i minorenni: così è più facile perché " +
    "l'età è già vicina — città, attività, identità, più “virgolette” e un’emoji 🎂 per il compleanno, " +
    "ripetuta: è è è è è è è è è è è è è è è è è è è è è è è è è è è è è è è è è è è è è è è è è è è è è à";

  it("keeps every physical line within 75 octets without splitting a character", () => {
    const ics = calendar([event({ summary: longSummary, description: longSummary.repeat(3) })], "Calendario à".repeat(10));
    const lines = physicalLines(ics);
    expect(lines.length).toBeGreaterThan(30);
    for (const line of lines) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
      expect(line).not.toMatch(/[\uD800-\uDBFF]$/); // no surrogate pair cut in half
    }
    // Lines are filled up: a fold happens only when the next character would not fit.
    const summaryStart = lines.findIndex((l) => l.startsWith("SUMMARY:"));
    expect(octets(lines[summaryStart])).toBeGreaterThanOrEqual(72);
    expect(lines[summaryStart + 1].startsWith(" ")).toBe(true);
  });

  it("round-trips a long accented summary through parseCalendar", () => {
    const [parsed] = parseCalendar(calendar([event({ summary: longSummary, description: `${longSummary}\n${longSummary}` })]));
    expect(parsed.SUMMARY).toBe(longSummary);
    expect(parsed.DESCRIPTION).toBe(`${longSummary}\n${longSummary}`);
  });

  it("does not fold a line of exactly 75 octets, folds one of 76", () => {
    const fits = "x".repeat(75 - "SUMMARY:".length);
    expect(physicalLines(calendar([event({ summary: fits })]))).toContain(`SUMMARY:${fits}`);
    const lines = physicalLines(calendar([event({ summary: `${fits}y` })]));
    expect(lines).toContain(`SUMMARY:${fits}`);
    expect(lines).toContain(" y");
  });

  it("moves a two-octet character that would straddle the limit to the next line", () => {
    const summary = `${"x".repeat(74 - "SUMMARY:".length)}è`; // 74 octets + 2
    const lines = physicalLines(calendar([event({ summary })]));
    expect(lines).toContain(`SUMMARY:${"x".repeat(66)}`);
    expect(lines).toContain(" è");
    expect(parseCalendar(calendar([event({ summary })]))[0].SUMMARY).toBe(summary);
  });
});

describe("parseCalendar", () => {
  it("unfolds LF-only input too, drops parameters and honours quoted colons", () => {
    const text = [
      "BEGIN:VCALENDAR",
      "BEGIN:VEVENT",
      'DESCRIPTION;ALTREP="https://x.example/a":prima ',
      " parte\\, seconda",
      "DTSTART;VALUE=DATE:20270301",
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\n");
    expect(parseCalendar(text)).toEqual([{ DESCRIPTION: "prima parte, seconda", DTSTART: "20270301" }]);
  });

  it("rejects unbalanced components", () => {
    expect(() => parseCalendar("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n")).toThrow(SyntaxError);
    expect(() => parseCalendar("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\n")).toThrow(SyntaxError);
    expect(() => parseCalendar("BEGIN:VEVENT\r\nEND:VEVENT\r\n")).toThrow(SyntaxError);
    expect(() => parseCalendar("BEGIN:VCALENDAR\r\nno colon here\r\nEND:VCALENDAR\r\n")).toThrow(SyntaxError);
  });
});
