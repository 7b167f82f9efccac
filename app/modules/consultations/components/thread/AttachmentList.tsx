// Download links of a request's or a message's attachments, with type and size.
import { useFormat, useT } from "~/i18n/react";
import { PaperclipIcon } from "./Icons";
import type { AttachmentData } from "./types";

const TYPE_LABEL: Record<string, string> = { "application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG" };

export function useFileSize() {
  const t = useT();
  const format = useFormat();
  return (bytes: number) =>
    bytes < 1024 * 1024
      ? t("consultguardian.file.kb", { size: format.number(Math.max(1, Math.round(bytes / 1024))) })
      : t("consultguardian.file.mb", { size: format.number(Math.round((bytes / (1024 * 1024)) * 10) / 10) });
}

export function AttachmentList({ requestId, files, label }: { requestId: string; files: readonly AttachmentData[]; label: string }) {
  const size = useFileSize();
  if (files.length === 0) return null;
  return (
    <ul className="consult-files" aria-label={label}>
      {files.map((file) => (
        <li key={file.id}>
          <PaperclipIcon />{" "}
          <a href={`/consulenze/${requestId}/allegati/${file.id}`} download={file.filename}>
            {file.filename}
          </a>{" "}
          <span className="muted">
            ({TYPE_LABEL[file.contentType] ?? file.contentType}, {size(file.size)})
          </span>
        </li>
      ))}
    </ul>
  );
}
