// The dashboard's sections with a chart: minors waiting, delay to appointment by month, caseloads.
// Each chart is an SVG drawn on the server with a table of the same numbers below it.
import { Link } from "@remix-run/react";
import { perLocale } from "~/i18n";
import { useFormat, useLocale, useT } from "~/i18n/react";
import type { DistrictCode } from "~/modules/auth/roles";
import type { Dashboard } from "../../stats.server";
import { ColumnChart } from "../charts/ColumnChart";
import { HorizontalBarChart } from "../charts/HorizontalBarChart";
import { calendarDay, csvHref, minorHref, withDistrict } from "./links";

const monthFormat = perLocale((tag) => {
  const long = new Intl.DateTimeFormat(tag, { month: "long", year: "numeric", timeZone: "UTC" });
  const short = new Intl.DateTimeFormat(tag, { month: "short", year: "2-digit", timeZone: "UTC" });
  const decimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const at = (ym: string) => Date.UTC(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)) - 1, 15);
  return { long: (ym: string) => long.format(at(ym)), short: (ym: string) => short.format(at(ym)), decimal: (n: number) => decimal.format(n) };
});

function useMonthFormat() {
  return monthFormat(useLocale());
}

export function CsvLink({ list, district, label }: { list: string; district: DistrictCode; label: string }) {
  return (
    <p className="stats-csv">
      <a href={csvHref(list, district)} className="button button-secondary button-small" download>
        {label}
      </a>
    </p>
  );
}

export function WaitingSection({ data, district }: { data: Dashboard; district: DistrictCode }) {
  const t = useT();
  const format = useFormat();
  const { rows, total } = data.waiting;
  return (
    <section aria-labelledby="attesa-title" id="attesa">
      <h2 id="attesa-title">{t("tutelastats.waiting.title")}</h2>
      {rows.length === 0 ? (
        <p>{t("tutelastats.waiting.empty")}</p>
      ) : (
        <>
          <p className="prose">
            {total > rows.length ? t("tutelastats.waiting.introSome", { shown: rows.length, total }) : t("tutelastats.waiting.intro")}
          </p>
          <HorizontalBarChart
            id="attesa-chart"
            title={t("tutelastats.waiting.chartTitle")}
            description={t("tutelastats.waiting.chartDesc", { n: rows.length })}
            bars={rows.map((r) => ({ label: r.code, value: r.daysWaiting, valueLabel: format.number(r.daysWaiting) }))}
          />
          <div className="table-wrap" role="region" aria-labelledby="attesa-caption" tabIndex={0}>
            <table className="consult-report-table stats-table">
              <caption id="attesa-caption">{t("tutelastats.waiting.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("tutelastats.col.code")}</th>
                  <th scope="col" className="num">{t("tutelastats.col.daysWaiting")}</th>
                  <th scope="col">{t("tutelastats.col.arrival")}</th>
                  <th scope="col">{t("tutelastats.col.openProposal")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.code}>
                    <th scope="row">
                      <Link to={minorHref(r.code)}>{r.code}</Link>
                    </th>
                    <td className="num">{format.number(r.daysWaiting)}</td>
                    <td>{r.arrivalDate ? format.date(calendarDay(r.arrivalDate)) : t("tutelastats.none")}</td>
                    <td>{r.openProposal ? t("tutelastats.yes") : t("tutelastats.no")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <Link to={withDistrict("/coordinamento/minori?stato=waiting", district)}>{t("tutelastats.waiting.all")}</Link>
          </p>
        </>
      )}
      <CsvLink list="attesa" district={district} label={t("tutelastats.waiting.csv")} />
    </section>
  );
}

export function DelaysSection({ data }: { data: Dashboard }) {
  const t = useT();
  const format = useFormat();
  const f = useMonthFormat();
  const dash = t("tutelastats.none");
  const any = data.delays.some((m) => m.medianDays !== null);
  return (
    <section aria-labelledby="nomine-title" id="nomine">
      <h2 id="nomine-title">{t("tutelastats.delays.title")}</h2>
      <p className="prose">{t("tutelastats.delays.intro")}</p>
      <ColumnChart
        id="nomine-chart"
        title={t("tutelastats.delays.chartTitle")}
        description={any ? t("tutelastats.delays.chartDesc") : t("tutelastats.delays.empty")}
        columns={data.delays.map((m) => ({ label: f.short(m.month), value: m.medianDays, valueLabel: m.medianDays === null ? dash : f.decimal(m.medianDays) }))}
      />
      <div className="table-wrap" role="region" aria-labelledby="nomine-caption" tabIndex={0}>
        <table className="consult-report-table stats-table">
          <caption id="nomine-caption">{t("tutelastats.delays.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("tutelastats.col.month")}</th>
              <th scope="col" className="num">{t("tutelastats.col.medianDays")}</th>
              <th scope="col" className="num">{t("tutelastats.col.appointments")}</th>
            </tr>
          </thead>
          <tbody>
            {data.delays.map((m) => (
              <tr key={m.month}>
                <th scope="row">{f.long(m.month)}</th>
                <td className="num">{m.medianDays === null ? dash : f.decimal(m.medianDays)}</td>
                <td className="num">{format.number(m.appointments)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function CaseloadSection({ data }: { data: Dashboard }) {
  const t = useT();
  const format = useFormat();
  const label = (bucket: string) => (bucket === "4+" ? t("tutelastats.caseload.fourOrMore") : bucket);
  return (
    <section aria-labelledby="carico-title" id="carico">
      <h2 id="carico-title">{t("tutelastats.caseload.title")}</h2>
      <p className="prose">
        {t("tutelastats.caseload.intro", {
          listed: format.number(data.guardians.listed),
          available: format.number(data.guardians.available),
          active: format.number(data.guardians.active),
        })}
      </p>
      <ColumnChart
        id="carico-chart"
        title={t("tutelastats.caseload.chartTitle")}
        description={t("tutelastats.caseload.chartDesc")}
        columns={data.guardians.distribution.map((d) => ({ label: label(d.bucket), value: d.guardians, valueLabel: format.number(d.guardians) }))}
      />
      <div className="table-wrap" role="region" aria-labelledby="carico-caption" tabIndex={0}>
        <table className="consult-report-table stats-table">
          <caption id="carico-caption">{t("tutelastats.caseload.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("tutelastats.col.activeMinors")}</th>
              <th scope="col" className="num">{t("tutelastats.col.guardians")}</th>
            </tr>
          </thead>
          <tbody>
            {data.guardians.distribution.map((d) => (
              <tr key={d.bucket}>
                <th scope="row">{label(d.bucket)}</th>
                <td className="num">{format.number(d.guardians)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("tutelastats.caseload.total")}</th>
              <td className="num">{format.number(data.guardians.listed)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
