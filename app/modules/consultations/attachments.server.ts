// Attachments: PDF, JPEG and PNG up to 10 MB each, at most 5 per request; the type is read from
// the file's first bytes (a renamed executable is not a PDF), never from its name or the browser.
import { createHash } from "node:crypto";
import type { MessageKey } from "~/i18n";
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, type AttachmentType } from "./constants";

const SIGNATURES: [AttachmentType, number[]][] = [
  ["application/pdf", [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ["image/png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ["image/jpeg", [0xff, 0xd8, 0xff]],
];

export function detectType(bytes: Uint8Array): AttachmentType | null {
  for (const [type, signature] of SIGNATURES) {
    if (bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b)) return type;
  }
  return null;
}

export interface ValidFile {
  filename: string;
  contentType: AttachmentType;
  size: number;
  sha256: string;
  data: Uint8Array;
}

export type FilesResult = { ok: true; files: ValidFile[] } | { ok: false; error: MessageKey; filename?: string };

const MAX_NAME = 120;
const EXTENSION: Record<AttachmentType, string> = { "application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png" };

/** A file name safe to send back in Content-Disposition: no path, no control characters. */
export function cleanFilename(name: string, type: AttachmentType): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    // Control characters (C0 and C1) and the invisible bidirectional marks that can disguise an extension.
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069"<>|:*?]/g, "")
    .trim();
  if (!base) return `allegato${EXTENSION[type]}`;
  // The name ends with the detected type's extension, so a PDF named "x.exe" is saved as "x.exe.pdf".
  const known = (type === "image/jpeg" ? [".jpg", ".jpeg"] : [EXTENSION[type]]).find((ext) => base.toLowerCase().endsWith(ext));
  const ext = known ?? EXTENSION[type];
  const stem = known ? base.slice(0, base.length - known.length) : base;
  return `${stem.slice(0, MAX_NAME - ext.length)}${known ? base.slice(base.length - known.length) : ext}`;
}

/**
 * The files of a form field (empty inputs are ignored), checked in order: how many, how big,
 * what type. `already` counts the attachments the request holds before these.
 */
export async function readAttachments(entries: FormDataEntryValue[], already = 0): Promise<FilesResult> {
  const files = entries.filter((e): e is File => typeof e !== "string" && e.size > 0 && e.name !== "");
  if (already + files.length > MAX_ATTACHMENTS) return { ok: false, error: "consultations.validation.tooManyFiles" };
  const valid: ValidFile[] = [];
  for (const file of files) {
    if (file.size > MAX_ATTACHMENT_BYTES) return { ok: false, error: "consultations.validation.fileTooLarge", filename: file.name };
    const data = new Uint8Array(await file.arrayBuffer());
    const contentType = detectType(data);
    if (!contentType || !(ATTACHMENT_TYPES as readonly string[]).includes(contentType)) {
      return { ok: false, error: "consultations.validation.fileType", filename: file.name };
    }
    valid.push({
      filename: cleanFilename(file.name, contentType),
      contentType,
      size: data.byteLength,
      sha256: createHash("sha256").update(data).digest("hex"),
      data,
    });
  }
  return { ok: true, files: valid };
}

/** Content-Disposition for a download: always an attachment, with an ASCII fallback name. */
export function contentDisposition(filename: string): string {
  const ascii = filename.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  // RFC 5987: ' ( ) * are not allowed unencoded in filename* (encodeURIComponent leaves them).
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
