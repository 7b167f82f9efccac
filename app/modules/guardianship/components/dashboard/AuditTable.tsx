// The audit log's entries: when, who, what, which minor (by code), which district. Never details.
import { Link } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import type { MessageKey } from "~/i18n";
import { minorHref } from "./links";

export interface AuditEntryView {
  id: string;
  at: Date | string;
  actorName: string | null;
  action: string;
  actionKey: MessageKey | null;
  code: string | null;
  district: string | null;
}

export function AuditTable({ entries, total }: { entries: readonly AuditEntryView[]; total: number }) {
  const t = useT();
  const format = useFormat();
  if (entries.length === 0) return <p>{t("tutelastats.log.empty")}</p>;
  return (
    <div className="table-wrap" role="region" aria-labelledby="registro-caption" tabIndex={0}>
      <table className="consult-report-table stats-table stats-log">
        <caption id="registro-caption">{t("tutelastats.log.caption", { n: format.number(total) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("tutelastats.log.col.when")}</th>
            <th scope="col">{t("tutelastats.log.col.who")}</th>
            <th scope="col">{t("tutelastats.log.col.action")}</th>
            <th scope="col">{t("tutelastats.log.col.minor")}</th>
            <th scope="col">{t("tutelastats.log.col.district")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td className="stats-nowrap">{format.dateTime(e.at)}</td>
              <td>{e.actorName ?? <span className="muted">{t("tutelastats.log.noActor")}</span>}</td>
              <td>
                {e.actionKey ? t(e.actionKey) : null}
                {e.actionKey && !e.actionKey.endsWith(e.action) ? " " : null}
                {!e.actionKey || !e.actionKey.endsWith(e.action) ? <code className="stats-action">{e.action}</code> : null}
              </td>
              <td>{e.code ? <Link to={minorHref(e.code)}>{e.code}</Link> : <span className="muted">{t("tutelastats.none")}</span>}</td>
              <td>{e.district === "MI" || e.district === "BS" ? t(`district.${e.district}`) : <span className="muted">{t("tutelastats.none")}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
