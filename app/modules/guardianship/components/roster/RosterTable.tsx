// The district's guardians and candidates as a table (sorted by name on the server). Each name
// links to the person's profile in the elenco; internal notes arrive already cut short.
import { Link } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import { DEFAULT_MAX_MINORS } from "../../fields";
import { StateTag, TrainingSummary, type GuardianState } from "./StateTag";

export interface RosterTableRow {
  id: string;
  name: string;
  state: GuardianState;
  listedSince: string | null;
  stateReason: string | null;
  overrideReason: string | null;
  available: boolean;
  disabled: boolean;
  maxMinors: number;
  maxMinorsReason: string | null;
  province: string | null;
  languages: string[];
  notes: string;
  notesTruncated: boolean;
  mandatoryCompleted: boolean;
  hoursThisYear: number;
  caseload: number;
}

export function RosterTable({ rows, caption, district }: { rows: readonly RosterTableRow[]; caption: string; district: string }) {
  const t = useT();
  const format = useFormat();
  const none = <span className="muted">{t("tutelaroster.none")}</span>;
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="roster-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("tutelaroster.col.name")}</th>
            <th scope="col">{t("tutelaroster.col.state")}</th>
            <th scope="col">{t("tutelaroster.col.training")}</th>
            <th scope="col">{t("tutelaroster.col.available")}</th>
            <th scope="col" className="roster-num">
              {t("tutelaroster.col.caseload")}
            </th>
            <th scope="col">{t("tutelaroster.col.province")}</th>
            <th scope="col">{t("tutelaroster.col.languages")}</th>
            <th scope="col">{t("tutelaroster.col.notes")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link to={`/coordinamento/tutori/${r.id}?distretto=${district}`}>{r.name}</Link>
              </th>
              <td>
                <StateTag state={r.state} />
                {r.listedSince && (r.state === "listed" || r.state === "suspended") ? (
                  <span className="roster-detail muted">{t("tutelaroster.listedSince", { date: format.date(r.listedSince) })}</span>
                ) : null}
                {r.stateReason ? <span className="roster-detail">{r.stateReason}</span> : null}
                {r.state === "listed" && r.overrideReason ? (
                  <span className="roster-detail muted">{t("tutelaroster.overrideShort", { reason: r.overrideReason })}</span>
                ) : null}
              </td>
              <td>
                <TrainingSummary mandatoryCompleted={r.mandatoryCompleted} hoursThisYear={r.hoursThisYear} />
              </td>
              <td>
                {r.disabled ? t("tutelaroster.accountDisabled") : r.available ? t("tutelaroster.yes") : t("tutelaroster.no")}
              </td>
              <td className="roster-num">
                {t("tutelaroster.caseloadOf", { n: format.number(r.caseload), max: format.number(r.maxMinors) })}
                {r.maxMinors !== DEFAULT_MAX_MINORS && r.maxMinorsReason ? (
                  <span className="roster-detail muted">{t("tutelaroster.maxException", { reason: r.maxMinorsReason })}</span>
                ) : null}
              </td>
              <td>{r.province ?? none}</td>
              <td>{r.languages.length > 0 ? r.languages.join(", ") : none}</td>
              <td className="roster-notes">{r.notes ? r.notes : none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
