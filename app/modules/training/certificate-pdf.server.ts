// The certificate as a one-page PDF (A4 landscape, Helvetica), in Italian like the document it is.
import { PDFDocument, StandardFonts, rgb, type PDFFont } from "pdf-lib";
import { env } from "~/env.server";
import { TIME_ZONE, translate } from "~/i18n";

export interface CertificatePdfInput {
  code: string;
  holderName: string;
  courseTitle: string;
  hours: number;
  issuedAt: Date;
  expiresAt: Date | null;
}

const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const BRAND = rgb(11 / 255, 79 / 255, 108 / 255);
const INK = rgb(27 / 255, 38 / 255, 49 / 255);
const SOFT = rgb(74 / 255, 86 / 255, 99 / 255);

const REPLACEMENTS: Record<string, string> = { "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u00a0": " ", "\u0141": "L", "\u0142": "l", "\u0110": "D", "\u0111": "d", "\u0131": "i" };

/** Text the standard font can draw: WinAnsi covers Italian; anything else loses its accent or becomes "?". */
export function pdfSafeText(font: PDFFont, text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const candidates = [ch, REPLACEMENTS[ch], ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "")].filter((c): c is string => Boolean(c));
    let chosen = "?";
    for (const candidate of candidates) {
      try {
        font.encodeText(candidate);
        chosen = candidate;
        break;
      } catch {
        // not in WinAnsi: try the next candidate
      }
    }
    out += /[\u0000-\u001f]/.test(ch) ? " " : chosen;
  }
  return out;
}

const italianDate = (d: Date) => new Intl.DateTimeFormat("it-IT", { dateStyle: "long", timeZone: TIME_ZONE }).format(d);
const italianHours = (h: number) => new Intl.NumberFormat("it-IT", { maximumFractionDigits: 1 }).format(h);

/** Splits text into lines that fit the width at the given size. */
function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const attempt = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(attempt, size) <= width || !line) line = attempt;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export async function renderCertificatePdf(c: CertificatePdfInput): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const portal = translate("it", "app.name");
  const verifyUrl = `${env().PUBLIC_URL.replace(/\/$/, "")}/attestati/verifica/${c.code}`;
  pdf.setTitle(pdfSafeText(regular, `Attestato di partecipazione - ${c.courseTitle}`));
  pdf.setAuthor(portal);
  pdf.setSubject(c.code);
  pdf.setCreationDate(c.issuedAt);

  const page = pdf.addPage(A4_LANDSCAPE);
  const { width, height } = page.getSize();
  const margin = 56;
  page.drawRectangle({ x: 24, y: 24, width: width - 48, height: height - 48, borderColor: BRAND, borderWidth: 3 });
  page.drawRectangle({ x: 32, y: 32, width: width - 64, height: height - 64, borderColor: BRAND, borderWidth: 0.75 });

  const centred = (text: string, y: number, font: PDFFont, size: number, color = INK) => {
    const safe = pdfSafeText(font, text);
    const w = font.widthOfTextAtSize(safe, size);
    page.drawText(safe, { x: (width - w) / 2, y, size, font, color });
  };

  let y = height - 100;
  centred(portal, y, bold, 16, BRAND);
  y -= 70;
  centred("Attestato di partecipazione", y, bold, 34);
  y -= 54;
  centred("Si attesta che", y, regular, 14, SOFT);
  y -= 44;
  centred(c.holderName, y, bold, 26);
  y -= 40;
  centred("ha completato il corso", y, regular, 14, SOFT);
  y -= 38;
  for (const line of wrap(bold, pdfSafeText(bold, c.courseTitle), 20, width - 2 * margin - 40).slice(0, 3)) {
    centred(line, y, bold, 20);
    y -= 26;
  }
  y -= 18;
  centred(`Durata: ${italianHours(c.hours)} ore - Completato il ${italianDate(c.issuedAt)}`, y, regular, 13);
  if (c.expiresAt) {
    y -= 20;
    centred(`Valido fino al ${italianDate(c.expiresAt)}`, y, regular, 13);
  }

  const footerY = 70;
  page.drawLine({ start: { x: margin, y: footerY + 34 }, end: { x: width - margin, y: footerY + 34 }, thickness: 0.5, color: SOFT });
  page.drawText(pdfSafeText(regular, "Codice di verifica"), { x: margin, y: footerY + 14, size: 10, font: regular, color: SOFT });
  page.drawText(c.code, { x: margin, y: footerY - 4, size: 15, font: bold, color: INK });
  const label = "Verifica l'autenticità all'indirizzo";
  const safeLabel = pdfSafeText(regular, label);
  const lw = regular.widthOfTextAtSize(safeLabel, 10);
  page.drawText(safeLabel, { x: width - margin - lw, y: footerY + 14, size: 10, font: regular, color: SOFT });
  const url = pdfSafeText(regular, verifyUrl);
  const uw = regular.widthOfTextAtSize(url, 11);
  page.drawText(url, { x: width - margin - uw, y: footerY - 3, size: 11, font: regular, color: BRAND });

  return pdf.save();
}
