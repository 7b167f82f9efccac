// The guardian's own requests ("Le mie richieste"), or, before the first one, what the service is.
import { Link } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import type { ConsultationCategory, ConsultationStatus } from "../../constants";
import { StatusBadge } from "../StatusBadge";
import { Cell } from "./QueueTable";

export interface MyRequestRow {
  id: string;
  number: number;
  subject: string;
  category: ConsultationCategory;
  status: ConsultationStatus;
  urgent: boolean;
  minorCode: string | null;
  lastActivityAt: Date | string;
  ratingScore: number | null;
}

export function MyRequests({ rows, headingLevel = 2 }: { rows: readonly MyRequestRow[]; headingLevel?: 1 | 2 }) {
  const t = useT();
  const format = useFormat();
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <section className="consult-mine" aria-labelledby="consult-mine-title">
      <Heading id="consult-mine-title">{t("consultdesk.mine.title")}</Heading>
      <p className="actions consult-mine-actions">
        <Link to="/consulenze/nuova" className="button">
          {t("consultdesk.mine.new")}
        </Link>
      </p>
      {rows.length === 0 ? (
        <div className="card consult-empty">
          <h2>{t("consultdesk.mine.emptyTitle")}</h2>
          <p>{t("consultdesk.mine.emptyWho")}</p>
          <p>{t("consultdesk.mine.emptyWhen")}</p>
          <p>{t("consultdesk.mine.emptyPrivacy")}</p>
          <p>
            {t("consultdesk.mine.emptyFaq")} <Link to="/consulenze/faq">{t("consultdesk.mine.faq")}</Link>
          </p>
        </div>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="consult-mine-caption" tabIndex={0}>
          <table className="consult-table">
            <caption id="consult-mine-caption" className="visually-hidden">{t("consultdesk.mine.caption", { count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("consultdesk.col.request")}</th>
                <th scope="col">{t("consultdesk.col.category")}</th>
                <th scope="col">{t("consultdesk.col.minor")}</th>
                <th scope="col">{t("consultdesk.col.status")}</th>
                <th scope="col">{t("consultdesk.col.lastActivity")}</th>
                <th scope="col">{t("consultdesk.col.rating")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row" className="consult-subject">
                    <span className="consult-number">{t("consultations.number", { number: r.number })}</span>{" "}
                    <Link to={`/consulenze/${r.id}`}>{r.subject}</Link>
                  </th>
                  <Cell label={t("consultdesk.col.category")}>{t(`consultations.category.${r.category}`)}</Cell>
                  <Cell label={t("consultdesk.col.minor")} className="consult-code">
                    {r.minorCode ?? <span className="muted">{t("consultdesk.none")}</span>}
                  </Cell>
                  <Cell label={t("consultdesk.col.status")}>
                    <StatusBadge status={r.status} urgent={r.urgent} />
                  </Cell>
                  <Cell label={t("consultdesk.col.lastActivity")}>{format.dateTime(r.lastActivityAt)}</Cell>
                  <Cell label={t("consultdesk.col.rating")}>
                    {r.ratingScore ? t("consultdesk.mine.rating", { score: r.ratingScore }) : <span className="muted">{t("consultdesk.none")}</span>}
                  </Cell>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
