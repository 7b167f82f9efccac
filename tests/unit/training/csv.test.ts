// The CSV that coordinators open in Excel: BOM, `;`, quoting, formula injection, dates.
import { describe, expect, it } from "vitest";
import { csvCell, csvDate, toCsv } from "../../../app/modules/training/reports.server";

describe("CSV for Excel on Italian settings", () => {
  it("starts with a UTF-8 BOM, separates with ; and ends rows with CRLF", () => {
    const csv = toCsv([
      ["Nome", "Ore"],
      ["Giulia Bianchi", 4.5],
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1)).toBe("Nome;Ore\r\nGiulia Bianchi;4,5\r\n");
  });

  it("quotes cells holding the separator, quotes, line breaks or edge spaces", () => {
    expect(csvCell("Rossi; Mario")).toBe('"Rossi; Mario"');
    expect(csvCell('Il "corso" base')).toBe('"Il ""corso"" base"');
    expect(csvCell("riga uno\nriga due")).toBe('"riga uno\nriga due"');
    expect(csvCell(" spazio")).toBe('" spazio"');
    expect(csvCell("àèìòù €")).toBe("àèìòù €");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvCell("+39 02 1234")).toBe("'+39 02 1234");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("Mario = Rossi")).toBe("Mario = Rossi");
    // Numbers are numbers, not text: a negative one keeps its sign.
    expect(csvCell(-1.5)).toBe("-1,5");
  });

  it("writes dates as dd/mm/yyyy in Europe/Rome", () => {
    expect(csvDate(new Date("2026-03-31T22:30:00Z"))).toBe("01/04/2026");
    expect(csvDate(new Date("2026-11-24T08:05:00Z"), true)).toBe("24/11/2026 09:05");
    expect(csvDate(null)).toBe("");
  });
});
