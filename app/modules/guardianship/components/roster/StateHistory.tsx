// Every change of a person's state in the elenco, newest first, with who made it.
import { useFormat, useT } from "~/i18n/react";
import { StateTag, type GuardianState } from "./StateTag";

export interface StateHistoryRow {
  id: string;
  state: GuardianState;
  reason: string | null;
  overrideReason: string | null;
  changedAt: string | Date;
  changedBy: string | null;
}

export function StateHistory({ rows }: { rows: readonly StateHistoryRow[] }) {
  const t = useT();
  const format = useFormat();
  const caption = t("tutelaroster.history.title");
  return (
    <section className="card" aria-labelledby="state-history-title">
      <h2 id="state-history-title">{caption}</h2>
      {rows.length === 0 ? (
        <p>{t("tutelaroster.history.empty")}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="state-history-title" tabIndex={0}>
          <table className="roster-history">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t("tutelaroster.history.when")}</th>
                <th scope="col">{t("tutelaroster.history.state")}</th>
                <th scope="col">{t("tutelaroster.history.reason")}</th>
                <th scope="col">{t("tutelaroster.history.by")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{format.dateTime(r.changedAt)}</th>
                  <td>
                    <StateTag state={r.state} />
                  </td>
                  <td>
                    {r.reason ?? null}
                    {r.overrideReason ? (
                      <span className="roster-detail">{t("tutelaroster.overrideShort", { reason: r.overrideReason })}</span>
                    ) : null}
                    {!r.reason && !r.overrideReason ? <span className="muted">{t("tutelaroster.none")}</span> : null}
                  </td>
                  <td>{r.changedBy ?? <span className="muted">{t("tutelaroster.history.unknown")}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
