// Counts per status and the two service-level lists of the desk, each a link that filters the queue.
import { Link } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import { STATUSES, type ConsultationStatus } from "../../constants";

export interface DeskCountsData {
  byStatus: Record<ConsultationStatus, number>;
  due24h: number;
  overdue: number;
}

/** `href` builds the queue's address for the given parameters (keeping the district filter). */
export function DeskCounts({
  counts,
  active,
  href,
}: {
  counts: DeskCountsData;
  active: { status: string; list: string | undefined };
  href: (params: Record<string, string>) => string;
}) {
  const t = useT();
  const format = useFormat();
  const current = (on: boolean) => (on ? ("true" as const) : undefined);
  return (
    <div className="consult-counts">
      <h3 id="consult-counts-title" className="visually-hidden">
        {t("consultdesk.counts.title")}
      </h3>
      <ul className="consult-count-list" aria-labelledby="consult-counts-title">
        {STATUSES.map((s) => (
          <li key={s}>
            <Link to={href({ stato: s })} aria-current={current(!active.list && active.status === s)} className={`consult-count consult-count-${s}`}>
              <span className="consult-count-n">{format.number(counts.byStatus[s])}</span>
              <span className="consult-count-label">{t(`consultdesk.counts.status.${s}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <ul className="consult-sla-list" aria-label={t("consultdesk.counts.sla")}>
        <li>
          <Link to={href({ scadenza: "24h" })} aria-current={current(active.list === "due24h")} className="consult-sla consult-sla-soon">
            {t("consultdesk.counts.due24h", { n: format.number(counts.due24h) })}
          </Link>
        </li>
        <li>
          <Link
            to={href({ scadenza: "scadute" })}
            aria-current={current(active.list === "overdue")}
            className={`consult-sla consult-sla-overdue${counts.overdue > 0 ? " consult-sla-alert" : ""}`}
          >
            {t("consultdesk.counts.overdue", { n: format.number(counts.overdue) })}
          </Link>
        </li>
      </ul>
    </div>
  );
}
