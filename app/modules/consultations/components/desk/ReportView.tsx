// The reports of Consulenze legali: key figures, requests per month (chart + table) and per topic,
// replies within the service level, ratings with the latest comments (no names).
import { Link } from "@remix-run/react";
import { perLocale } from "~/i18n";
import { useFormat, useLocale, useT } from "~/i18n/react";
import type { ConsultationCategory } from "../../constants";
import { BarChart } from "./BarChart";

export interface ReportData {
  from: Date | string;
  to: Date | string;
  months: { month: string; requests: number; replies: number; onTime: number }[];
  categories: { category: ConsultationCategory; requests: number }[];
  total: number;
  firstResponse: { count: number; medianHours: number | null; medianWorkingDays: number | null };
  sla: { replies: number; onTime: number };
  overdue: number;
  ratings: {
    count: number;
    average: number | null;
    distribution: { score: number; count: number }[];
    comments: { score: number; comment: string; ratedAt: Date | string; category: ConsultationCategory }[];
  };
}

const reportFormat = perLocale((tag) => {
  const monthLong = new Intl.DateTimeFormat(tag, { month: "long", year: "numeric", timeZone: "UTC" });
  const monthShort = new Intl.DateTimeFormat(tag, { month: "short", timeZone: "UTC" });
  const percent = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const at = (ym: string) => Date.UTC(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)) - 1, 15);
  return {
    month: (ym: string) => monthLong.format(at(ym)),
    monthShort: (ym: string) => monthShort.format(at(ym)),
    percent: (part: number, whole: number) => (whole > 0 ? percent.format(part / whole) : null),
    decimal: (n: number) => decimal.format(n),
  };
});

function useReportFormat() {
  return reportFormat(useLocale());
}

export function ReportView({ report, district }: { report: ReportData; district: string | null }) {
  const t = useT();
  const format = useFormat();
  const f = useReportFormat();
  const dash = t("consultdesk.none");
  const share = f.percent(report.sla.onTime, report.sla.replies);
  const period = t("consultdesk.reports.period", { from: format.date(report.from), to: format.date(report.to) });
  return (
    <>
      <p className="muted">{period}</p>
      <section aria-labelledby="report-figures-title">
        <h2 id="report-figures-title">{t("consultdesk.reports.figures")}</h2>
        <ul className="dash-figures consult-figures">
          <li className="card">
            <span className="dash-figure">{format.number(report.total)}</span> {t("consultdesk.reports.total")}
          </li>
          <li className="card">
            <span className="dash-figure">
              {report.firstResponse.medianHours === null ? dash : t("consultdesk.reports.hours", { n: f.decimal(report.firstResponse.medianHours) })}
            </span>{" "}
            {t("consultdesk.reports.medianFirst")}
            {report.firstResponse.medianWorkingDays !== null ? (
              <span className="consult-figure-sub">
                {t("consultdesk.reports.workingDays", { n: f.decimal(report.firstResponse.medianWorkingDays) })}
                {" · "}
                {t("consultdesk.reports.basedOn", { n: format.number(report.firstResponse.count) })}
              </span>
            ) : null}
          </li>
          <li className="card">
            <span className="dash-figure">{share ?? dash}</span> {t("consultdesk.reports.withinSla")}
            <span className="consult-figure-sub">
              {t("consultdesk.reports.repliesOnTime", { onTime: format.number(report.sla.onTime), total: format.number(report.sla.replies) })}
            </span>
          </li>
          <li className={`card${report.overdue > 0 ? " dash-attention" : ""}`}>
            <Link to={`/consulenze?scadenza=scadute${district ? `&distretto=${district}` : ""}`}>
              <span className="dash-figure">{format.number(report.overdue)}</span> {t("consultdesk.reports.overdue")}
            </Link>
          </li>
          <li className="card">
            <span className="dash-figure">{report.ratings.average === null ? dash : t("consultdesk.reports.outOf5", { n: f.decimal(report.ratings.average) })}</span>{" "}
            {t("consultdesk.reports.averageRating")}
            <span className="consult-figure-sub">{t("consultdesk.reports.ratingsCount", { n: format.number(report.ratings.count) })}</span>
          </li>
        </ul>
      </section>

      <section aria-labelledby="report-months-title">
        <h2 id="report-months-title">{t("consultdesk.reports.perMonth")}</h2>
        <BarChart
          id="report-months-chart"
          title={t("consultdesk.reports.chartTitle")}
          description={t("consultdesk.reports.chartDesc")}
          bars={report.months.map((m) => ({ label: f.monthShort(m.month), value: m.requests, valueLabel: format.number(m.requests) }))}
        />
        <div className="table-wrap" role="region" aria-labelledby="report-months-caption" tabIndex={0}>
          <table className="consult-report-table">
            <caption id="report-months-caption">{t("consultdesk.reports.perMonthCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("consultdesk.reports.month")}</th>
                <th scope="col" className="num">{t("consultdesk.reports.requests")}</th>
                <th scope="col" className="num">{t("consultdesk.reports.repliesDue")}</th>
                <th scope="col" className="num">{t("consultdesk.reports.onTime")}</th>
                <th scope="col" className="num">{t("consultdesk.reports.share")}</th>
              </tr>
            </thead>
            <tbody>
              {report.months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{f.month(m.month)}</th>
                  <td className="num">{format.number(m.requests)}</td>
                  <td className="num">{format.number(m.replies)}</td>
                  <td className="num">{format.number(m.onTime)}</td>
                  <td className="num">{f.percent(m.onTime, m.replies) ?? dash}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t("consultdesk.reports.totalRow")}</th>
                <td className="num">{format.number(report.total)}</td>
                <td className="num">{format.number(report.sla.replies)}</td>
                <td className="num">{format.number(report.sla.onTime)}</td>
                <td className="num">{share ?? dash}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>

      <section aria-labelledby="report-categories-title">
        <h2 id="report-categories-title">{t("consultdesk.reports.perCategory")}</h2>
        <div className="table-wrap" role="region" aria-labelledby="report-categories-caption" tabIndex={0}>
          <table className="consult-report-table">
            <caption id="report-categories-caption" className="visually-hidden">
              {t("consultdesk.reports.perCategoryCaption")}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("consultdesk.col.category")}</th>
                <th scope="col" className="num">{t("consultdesk.reports.requests")}</th>
                <th scope="col" className="num">{t("consultdesk.reports.ofTotal")}</th>
              </tr>
            </thead>
            <tbody>
              {report.categories.map((c) => (
                <tr key={c.category}>
                  <th scope="row">{t(`consultations.category.${c.category}`)}</th>
                  <td className="num">{format.number(c.requests)}</td>
                  <td className="num">{f.percent(c.requests, report.total) ?? dash}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="report-ratings-title">
        <h2 id="report-ratings-title">{t("consultdesk.reports.ratings")}</h2>
        {report.ratings.count === 0 ? (
          <p>{t("consultdesk.reports.noRatings")}</p>
        ) : (
          <>
            <div className="table-wrap" role="region" aria-labelledby="report-ratings-caption" tabIndex={0}>
              <table className="consult-report-table consult-ratings">
                <caption id="report-ratings-caption" className="visually-hidden">{t("consultdesk.reports.distribution")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("consultdesk.reports.score")}</th>
                    <th scope="col" className="num">{t("consultdesk.reports.count")}</th>
                    <th scope="col">{t("consultdesk.reports.ofTotal")}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...report.ratings.distribution].reverse().map((d) => (
                    <tr key={d.score}>
                      <th scope="row">{t("consultdesk.reports.stars", { n: d.score })}</th>
                      <td className="num">{format.number(d.count)}</td>
                      <td>
                        <svg className="consult-meter" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                          <rect x={0} y={0} width={100} height={10} className="consult-meter-track" />
                          <rect x={0} y={0} width={(d.count / report.ratings.count) * 100} height={10} className="consult-meter-bar" />
                        </svg>{" "}
                        {f.percent(d.count, report.ratings.count)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h3>{t("consultdesk.reports.comments")}</h3>
            {report.ratings.comments.length === 0 ? (
              <p>{t("consultdesk.reports.noComments")}</p>
            ) : (
              <ul className="consult-comments">
                {report.ratings.comments.map((c, i) => (
                  <li key={i} className="card">
                    <p className="consult-comment-meta muted">
                      {t("consultdesk.reports.stars", { n: c.score })} · {t(`consultations.category.${c.category}`)} · {format.date(c.ratedAt)}
                    </p>
                    <blockquote>{c.comment}</blockquote>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </>
  );
}
