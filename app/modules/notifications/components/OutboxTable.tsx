// The admin outbox table: one row per e-mail with its status in words, attempts and last error.
import { Link } from "@remix-run/react";
import type { MessageKey } from "~/i18n";
import { useFormat, useT } from "~/i18n/react";
import type { OUTBOX_STATUSES } from "../fields";

export interface OutboxView {
  id: string;
  toAddress: string;
  subject: string;
  category: string;
  status: (typeof OUTBOX_STATUSES)[number];
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export const statusLabel = (status: OutboxView["status"]): MessageKey => `outbox.status.${status}`;

export function OutboxTable({ items }: { items: OutboxView[] }) {
  const t = useT();
  const format = useFormat();
  return (
    <div className="table-wrap">
      <table className="outbox-table">
        <caption className="visually-hidden">{t("outbox.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("outbox.col.subject")}</th>
            <th scope="col">{t("outbox.col.recipient")}</th>
            <th scope="col">{t("outbox.col.category")}</th>
            <th scope="col">{t("outbox.col.status")}</th>
            <th scope="col">{t("outbox.col.attempts")}</th>
            <th scope="col">{t("outbox.col.lastError")}</th>
            <th scope="col">{t("outbox.col.createdAt")}</th>
            <th scope="col">{t("outbox.col.sentAt")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.id}>
              <td>
                <Link to={`/amministrazione/posta/${m.id}`}>{m.subject}</Link>
              </td>
              <td className="outbox-address">{m.toAddress}</td>
              <td>
                <code>{m.category}</code>
              </td>
              <td>
                <span className={`tag${m.status === "failed" ? " tag-warn" : ""}`}>{t(statusLabel(m.status))}</span>
              </td>
              <td>{format.number(m.attempts)}</td>
              <td className="outbox-error">{m.lastError ?? "—"}</td>
              <td>
                <time dateTime={m.createdAt}>{format.dateTime(m.createdAt)}</time>
              </td>
              <td>{m.sentAt ? <time dateTime={m.sentAt}>{format.dateTime(m.sentAt)}</time> : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
