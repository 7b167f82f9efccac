// Attachments of Consulenze legali: the type comes from the content (a renamed executable is not a
// PDF), at most 5 files of 10 MB, names safe to send back, downloads always as attachments.
import { describe, expect, it } from "vitest";
import { cleanFilename, contentDisposition, detectType, readAttachments } from "../../../app/modules/consultations/attachments.server";

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]; // %PDF-1.7\n
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d];
const JPEG = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46];
const EXE = [0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]; // MZ…

const bytes = (head: number[], size = head.length) => {
  const b = new Uint8Array(size);
  b.set(head);
  return b;
};
const file = (name: string, head: number[], size?: number, type = "application/pdf") => new File([bytes(head, size)], name, { type });

describe("detectType", () => {
  it("reads PDF, PNG and JPEG from their first bytes", () => {
    expect(detectType(bytes(PDF))).toBe("application/pdf");
    expect(detectType(bytes(PNG))).toBe("image/png");
    expect(detectType(bytes(JPEG))).toBe("image/jpeg");
  });

  it("knows nothing of executables, text, empty or truncated files", () => {
    expect(detectType(bytes(EXE))).toBeNull();
    expect(detectType(new TextEncoder().encode("Gentile avvocato, allego il permesso."))).toBeNull();
    expect(detectType(new Uint8Array(0))).toBeNull();
    expect(detectType(bytes([0x25, 0x50, 0x44]))).toBeNull(); // "%PD"
    expect(detectType(bytes([0x89, 0x50, 0x4e, 0x47]))).toBeNull(); // PNG cut short
  });
});

describe("readAttachments", () => {
  it("accepts up to five valid files, typed by content, with their size and hash", async () => {
    const result = await readAttachments([
      file("permesso.pdf", PDF, 2048),
      file("foto.PNG", PNG, 100, "application/octet-stream"),
      file("scansione.jpeg", JPEG, 300, "text/plain"),
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.files.map((f) => [f.filename, f.contentType, f.size])).toEqual([
      ["permesso.pdf", "application/pdf", 2048],
      ["foto.PNG", "image/png", 100],
      ["scansione.jpeg", "image/jpeg", 300],
    ]);
    expect(result.files[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.files[0].data.byteLength).toBe(2048);
  });

  it("ignores empty file inputs and text fields", async () => {
    const emptyInput = new File([], "", { type: "application/octet-stream" });
    const result = await readAttachments([emptyInput, "subject", file("a.pdf", PDF), new File([], "vuoto.pdf")]);
    expect(result.ok && result.files.map((f) => f.filename)).toEqual(["a.pdf"]);
    expect(await readAttachments([])).toEqual({ ok: true, files: [] });
  });

  it("refuses a sixth file, also counting the ones the request already holds", async () => {
    const six = Array.from({ length: 6 }, (_, i) => file(`doc${i}.pdf`, PDF));
    expect(await readAttachments(six)).toEqual({ ok: false, error: "consultations.validation.tooManyFiles" });
    expect(await readAttachments(six.slice(0, 2), 4)).toEqual({ ok: false, error: "consultations.validation.tooManyFiles" });
    expect((await readAttachments(six.slice(0, 1), 4)).ok).toBe(true);
  });

  it("refuses an 11 MB file and accepts one of exactly 10 MB", async () => {
    const big = file("sentenza.pdf", PDF, 11 * 1024 * 1024);
    expect(await readAttachments([file("ok.pdf", PDF), big])).toEqual({
      ok: false,
      error: "consultations.validation.fileTooLarge",
      filename: "sentenza.pdf",
    });
    expect((await readAttachments([file("limite.pdf", PDF, 10 * 1024 * 1024)])).ok).toBe(true);
  });

  it("refuses a renamed executable and a text file, whatever their name and declared type", async () => {
    expect(await readAttachments([file("parere.pdf", EXE, 4096, "application/pdf")])).toEqual({
      ok: false,
      error: "consultations.validation.fileType",
      filename: "parere.pdf",
    });
    const text = new File(["solo testo"], "note.pdf", { type: "application/pdf" });
    expect(await readAttachments([file("buono.png", PNG), text])).toMatchObject({ ok: false, error: "consultations.validation.fileType" });
  });
});

describe("cleanFilename", () => {
  it("keeps only the last path segment", () => {
    expect(cleanFilename("C:\\Users\\tutore\\Documenti\\decreto.pdf", "application/pdf")).toBe("decreto.pdf");
    expect(cleanFilename("../../etc/passwd.pdf", "application/pdf")).toBe("passwd.pdf");
  });

  it("removes control characters, bidirectional marks and characters unsafe in a header", () => {
    expect(cleanFilename("per\u0000me\u001fsso\u007f.pdf", "application/pdf")).toBe("permesso.pdf");
    expect(cleanFilename("foto\u0085\u009b.png", "image/png")).toBe("foto.png");
    // "documento‮fdp.exe" would show as "documentoexe.pdf".
    expect(cleanFilename("documento\u202efdp.exe", "application/pdf")).toBe("documentofdp.exe.pdf");
    expect(cleanFilename('a"b<c>d|e:f*g?h.pdf', "application/pdf")).toBe("abcdefgh.pdf");
    expect(cleanFilename("line\r\nbreak.pdf", "application/pdf")).toBe("linebreak.pdf");
  });

  it("falls back to a generic name with the detected type's extension", () => {
    expect(cleanFilename("", "application/pdf")).toBe("allegato.pdf");
    expect(cleanFilename("C:\\cartella\\", "image/jpeg")).toBe("allegato.jpg");
    expect(cleanFilename("\u0001\u0002", "image/png")).toBe("allegato.png");
  });

  it("ends the name with the detected type's extension", () => {
    expect(cleanFilename("decreto.exe", "application/pdf")).toBe("decreto.exe.pdf");
    expect(cleanFilename("foto.JPEG", "image/jpeg")).toBe("foto.JPEG");
    expect(cleanFilename("scansione", "image/png")).toBe("scansione.png");
  });

  it("keeps accented letters and shortens very long names", () => {
    expect(cleanFilename("Città di nascita – certificato.pdf", "application/pdf")).toBe("Città di nascita – certificato.pdf");
    expect(cleanFilename(`${"a".repeat(300)}.pdf`, "application/pdf")).toBe(`${"a".repeat(116)}.pdf`);
  });
});

describe("contentDisposition", () => {
  it("is always an attachment, never inline", () => {
    expect(contentDisposition("decreto.pdf")).toBe(`attachment; filename="decreto.pdf"; filename*=UTF-8''decreto.pdf`);
    expect(contentDisposition("foto.png").startsWith("attachment;")).toBe(true);
  });

  it("gives an ASCII fallback and the exact name encoded in UTF-8", () => {
    const header = contentDisposition("Città – ricevuta.pdf");
    expect(header).toContain(`filename="Citta _ ricevuta.pdf"`);
    expect(header).toContain(`filename*=UTF-8''Citt%C3%A0%20%E2%80%93%20ricevuta.pdf`);
    expect(header).toMatch(/^[\x20-\x7e]+$/);
  });

  it("cannot be broken by quotes, backslashes or apostrophes in the name", () => {
    const header = contentDisposition(`dell'avvocato "bis" \\ (1).pdf`);
    expect(header).toContain(`filename="dell'avvocato _bis_ _ (1).pdf"`);
    const extended = header.split("filename*=UTF-8''")[1];
    // RFC 5987 attr-chars and percent-encodings only.
    expect(extended).toMatch(/^(?:[A-Za-z0-9!#$&+\-.^_`|~]|%[0-9A-F]{2})+$/);
    expect(decodeURIComponent(extended)).toBe(`dell'avvocato "bis" \\ (1).pdf`);
  });
});
