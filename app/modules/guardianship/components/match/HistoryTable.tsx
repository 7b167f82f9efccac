// All the minor's appointments, newest first: who, how it went, when, and why it ended.
import { useFormat, useT } from "~/i18n/react";
import { END_REASONS, type EndReason } from "../../fields";
import type { AppointmentRow } from "./types";

const isEndReason = (r: string | null): r is EndReason => r !== null && (END_REASONS as readonly string[]).includes(r);

export function HistoryTable({ history }: { history: AppointmentRow[] }) {
  const t = useT();
  const f = useFormat();
  const day = (d: Date | string | null) => (d ? f.date(d) : "—");
  return (
    <section className="card match-panel" aria-labelledby="match-history">
      <h2 id="match-history">{t("tutelamatch.history.title")}</h2>
      {history.length === 0 ? (
        <p>{t("tutelamatch.history.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="match-table">
            <caption className="visually-hidden">{t("tutelamatch.history.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("tutelamatch.col.guardian")}</th>
                <th scope="col">{t("tutelamatch.col.status")}</th>
                <th scope="col">{t("tutelamatch.col.proposedAt")}</th>
                <th scope="col">{t("tutelamatch.col.respondedAt")}</th>
                <th scope="col">{t("tutelamatch.col.decreeDate")}</th>
                <th scope="col">{t("tutelamatch.col.endedAt")}</th>
                <th scope="col">{t("tutelamatch.col.notes")}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.guardianName}</th>
                  <td>
                    <span className={`tag ${a.status === "active" ? "tag-ok" : a.status === "declined" ? "tag-warn" : "tag-neutral"}`}>
                      {t(`tutele.appointmentStatus.${a.status}`)}
                    </span>
                  </td>
                  <td>{day(a.proposedAt)}</td>
                  <td>{day(a.respondedAt)}</td>
                  <td>{day(a.decreeDate)}</td>
                  <td>{day(a.endedAt)}</td>
                  <td>
                    {a.status === "withdrawn" ? <p className="match-note">{t("tutelamatch.history.withdrawn")}</p> : null}
                    {a.status === "ended" && isEndReason(a.endReason) ? (
                      <p className="match-note">
                        {t("tutelamatch.history.endReason", { reason: t(`tutele.endReason.${a.endReason}`) })}
                      </p>
                    ) : null}
                    {a.status === "declined" ? (
                      <p className="match-note">
                        {a.declineReason
                          ? t("tutelamatch.history.declineReason", { reason: a.declineReason })
                          : t("tutelamatch.history.declinedNoReason")}
                      </p>
                    ) : null}
                    {a.overrideReason ? (
                      <p className="match-note">{t("tutelamatch.history.override", { reason: a.overrideReason })}</p>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
