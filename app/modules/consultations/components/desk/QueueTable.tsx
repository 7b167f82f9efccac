// The desk's queue as a table, sorted by due date (the order comes from the server). On narrow
// screens each row becomes a card (CSS), each cell labelled by its `data-label`.
import { Link } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import type { ConsultationCategory, ConsultationStatus } from "../../constants";
import { Countdown } from "../Countdown";
import { StatusBadge } from "../StatusBadge";

export interface QueueRow {
  id: string;
  number: number;
  districtCode: string;
  subject: string;
  category: ConsultationCategory;
  status: ConsultationStatus;
  urgent: boolean;
  dueAt: Date | string | null;
  pausedAt: Date | string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  minorCode: string | null;
  createdAt: Date | string;
}

/** A cell whose content is one block, so the narrow-screen layout can put its label beside it. */
export function Cell({ label, children, className }: { label: string; children: React.ReactNode; className?: string }) {
  return (
    <td data-label={label} className={className}>
      <div>{children}</div>
    </td>
  );
}

export function QueueTable({
  rows,
  now,
  userId,
  caption,
  showDistrict,
}: {
  rows: readonly QueueRow[];
  now: string;
  userId: string;
  caption: string;
  showDistrict: boolean;
}) {
  const t = useT();
  const format = useFormat();
  const none = <span className="muted">{t("consultdesk.none")}</span>;
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="consult-table consult-queue">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("consultdesk.col.request")}</th>
            <th scope="col">{t("consultdesk.col.countdown")}</th>
            <th scope="col">{t("consultdesk.col.status")}</th>
            <th scope="col">{t("consultdesk.col.category")}</th>
            {showDistrict ? <th scope="col">{t("consultdesk.col.district")}</th> : null}
            <th scope="col">{t("consultdesk.col.minor")}</th>
            <th scope="col">{t("consultdesk.col.assignee")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={r.urgent ? "consult-row-urgent" : undefined}>
              <th scope="row" className="consult-subject">
                <span className="consult-number">{t("consultations.number", { number: r.number })}</span>{" "}
                <Link to={`/consulenze/${r.id}`}>{r.subject}</Link>
                <span className="consult-received">{t("consultdesk.queue.received", { when: format.dateTime(r.createdAt) })}</span>
              </th>
              <Cell label={t("consultdesk.col.countdown")}>
                <Countdown dueAt={r.dueAt} pausedAt={r.pausedAt} now={now} />
              </Cell>
              <Cell label={t("consultdesk.col.status")}>
                <StatusBadge status={r.status} urgent={r.urgent} />
              </Cell>
              <Cell label={t("consultdesk.col.category")}>{t(`consultations.category.${r.category}`)}</Cell>
              {showDistrict ? <Cell label={t("consultdesk.col.district")}>{t(r.districtCode === "BS" ? "district.BS" : "district.MI")}</Cell> : null}
              <Cell label={t("consultdesk.col.minor")} className="consult-code">
                {r.minorCode ?? none}
              </Cell>
              <Cell label={t("consultdesk.col.assignee")}>
                {r.assigneeId === userId ? t("consultdesk.assignee.me") : (r.assigneeName ?? <span className="muted">{t("consultdesk.assignee.none")}</span>)}
              </Cell>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
