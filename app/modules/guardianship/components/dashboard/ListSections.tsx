// The dashboard's plain lists: 18th birthdays within 90 days, guardians behind with training,
// open flags. Minors appear by code only, linked to their record.
import { Link } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import type { DistrictCode } from "~/modules/auth/roles";
import type { Dashboard } from "../../stats.server";
import { CsvLink } from "./ChartSections";
import { calendarDay, minorHref, withDistrict } from "./links";

export function EighteenSection({ data, district }: { data: Dashboard; district: DistrictCode }) {
  const t = useT();
  const format = useFormat();
  return (
    <section aria-labelledby="diciottesimo-title" id="diciottesimo">
      <h2 id="diciottesimo-title">{t("tutelastats.eighteen.title")}</h2>
      {data.eighteen.length === 0 ? (
        <p>{t("tutelastats.eighteen.empty")}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="diciottesimo-caption" tabIndex={0}>
          <table className="consult-report-table stats-table">
            <caption id="diciottesimo-caption">{t("tutelastats.eighteen.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("tutelastats.col.code")}</th>
                <th scope="col">{t("tutelastats.col.birthday")}</th>
                <th scope="col" className="num">{t("tutelastats.col.daysLeft")}</th>
                <th scope="col">{t("tutelastats.col.guardian")}</th>
              </tr>
            </thead>
            <tbody>
              {data.eighteen.map((r) => (
                <tr key={r.code}>
                  <th scope="row">
                    <Link to={minorHref(r.code)}>{r.code}</Link>
                  </th>
                  <td>{format.date(calendarDay(r.birthday))}</td>
                  <td className="num">{format.number(r.daysLeft)}</td>
                  <td>{r.guardianName ?? <span className="muted">{t("tutelastats.eighteen.noGuardian")}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CsvLink list="diciottesimo" district={district} label={t("tutelastats.eighteen.csv")} />
    </section>
  );
}

export function TrainingSection({ data, district }: { data: Dashboard; district: DistrictCode }) {
  const t = useT();
  const format = useFormat();
  return (
    <section aria-labelledby="formazione-title" id="formazione">
      <h2 id="formazione-title">{t("tutelastats.training.title")}</h2>
      <p className="prose">{t("tutelastats.training.intro", { hours: data.hoursPerYear })}</p>
      {data.behind.total > data.behind.rows.length ? (
        <p className="prose">{t("tutelastats.training.some", { shown: data.behind.rows.length, total: data.behind.total })}</p>
      ) : null}
      {data.behind.rows.length === 0 ? (
        <p>{t("tutelastats.training.empty")}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="formazione-caption" tabIndex={0}>
          <table className="consult-report-table stats-table">
            <caption id="formazione-caption">{t("tutelastats.training.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("tutelastats.col.guardian")}</th>
                <th scope="col">{t("tutelastats.col.mandatory")}</th>
                <th scope="col" className="num">{t("tutelastats.col.hoursThisYear")}</th>
              </tr>
            </thead>
            <tbody>
              {data.behind.rows.map((g) => (
                <tr key={g.userId}>
                  <th scope="row">
                    <Link to={withDistrict(`/coordinamento/tutori/${g.userId}`, district)}>{g.name}</Link>
                  </th>
                  <td>
                    {g.mandatoryCompleted ? (
                      t("tutelastats.training.done")
                    ) : (
                      <span className="tag tag-warn">{t("tutelastats.training.missing")}</span>
                    )}
                  </td>
                  <td className="num">{format.number(g.hoursThisYear)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CsvLink list="formazione" district={district} label={t("tutelastats.training.csv")} />
    </section>
  );
}

export function FlagsSection({ data, district }: { data: Dashboard; district: DistrictCode }) {
  const t = useT();
  const format = useFormat();
  return (
    <section aria-labelledby="segnalazioni-title" id="segnalazioni">
      <h2 id="segnalazioni-title">{t("tutelastats.flags.title")}</h2>
      {data.flags.length === 0 ? (
        <p>{t("tutelastats.flags.empty")}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="segnalazioni-caption" tabIndex={0}>
          <table className="consult-report-table stats-table">
            <caption id="segnalazioni-caption">{t("tutelastats.flags.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("tutelastats.col.code")}</th>
                <th scope="col">{t("tutelastats.col.reason")}</th>
                <th scope="col">{t("tutelastats.col.addressBy")}</th>
              </tr>
            </thead>
            <tbody>
              {data.flags.map((f, i) => (
                <tr key={`${f.code}-${i}`} className={f.overdue ? "stats-overdue" : undefined}>
                  <th scope="row">
                    <Link to={minorHref(f.code)}>{f.code}</Link>
                  </th>
                  <td className="stats-reason">{f.reason}</td>
                  <td>
                    {f.addressBy ? format.date(calendarDay(f.addressBy)) : <span className="muted">{t("tutelastats.flags.noDate")}</span>}
                    {f.overdue ? (
                      <>
                        {" "}
                        <span className="tag tag-warn">{t("tutelastats.flags.overdue")}</span>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CsvLink list="segnalazioni" district={district} label={t("tutelastats.flags.csv")} />
    </section>
  );
}
