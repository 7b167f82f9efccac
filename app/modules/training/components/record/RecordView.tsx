// A person's training record: hours and mandatory course, courses with progress, certificates, events.
import { Link } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import type { TrainingRecord } from "~/modules/training/record.server";

export function RecordView({ record, own }: { record: TrainingRecord; own: boolean }) {
  const t = useT();
  const format = useFormat();
  return (
    <div className="record">
      <section aria-labelledby="record-summary-title" className="card record-summary">
        <h2 id="record-summary-title">{t("record.summary.title")}</h2>
        <dl className="record-figures">
          <div>
            <dt>{t("record.summary.hoursYear", { year: record.year })}</dt>
            <dd>{t("record.hours", { hours: format.number(record.hoursThisYear) })}</dd>
          </div>
          <div>
            <dt>{t("record.summary.hoursTotal")}</dt>
            <dd>{t("record.hours", { hours: format.number(record.hoursTotal) })}</dd>
          </div>
          <div>
            <dt>{t("record.summary.mandatory")}</dt>
            <dd>
              {record.mandatoryCompleted ? (
                <span className="tag record-ok">{t("record.summary.mandatoryDone")}</span>
              ) : (
                <span className="tag tag-warn">{t("record.summary.mandatoryMissing")}</span>
              )}
            </dd>
          </div>
        </dl>
        <p className="muted">{t("record.summary.hoursHint")}</p>
      </section>

      <section aria-labelledby="record-courses-title">
        <h2 id="record-courses-title">{t("record.courses.title")}</h2>
        {record.courses.length === 0 ? (
          <p>
            {own ? (
              <>
                {t("record.courses.emptyOwn")} <Link to="/formazione">{t("record.courses.catalogue")}</Link>
              </>
            ) : (
              t("record.courses.empty")
            )}
          </p>
        ) : (
          <div className="table-wrap record-wrap" role="region" aria-labelledby="record-courses-title" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("record.col.course")}</th>
                  <th scope="col">{t("record.col.enrolled")}</th>
                  <th scope="col">{t("record.col.progress")}</th>
                  <th scope="col">{t("record.col.completed")}</th>
                </tr>
              </thead>
              <tbody>
                {record.courses.map((c) => (
                  <tr key={c.courseId}>
                    <th scope="row">
                      {c.published ? <Link to={`/formazione/corsi/${c.slug}`}>{c.title}</Link> : c.title}
                      {c.mandatory ? <span className="tag record-tag">{t("record.courses.mandatory")}</span> : null}
                    </th>
                    <td>{format.date(c.enrolledAt)}</td>
                    <td>{t("record.progress", { done: c.doneCount, total: c.moduleCount })}</td>
                    <td>{c.completedAt ? format.date(c.completedAt) : <span className="muted">{t("record.courses.inProgress")}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="record-certificates-title">
        <h2 id="record-certificates-title">{t("record.certificates.title")}</h2>
        {record.certificates.length === 0 ? (
          <p>{t("record.certificates.empty")}</p>
        ) : (
          <div className="table-wrap record-wrap" role="region" aria-labelledby="record-certificates-title" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("record.col.course")}</th>
                  <th scope="col">{t("record.col.code")}</th>
                  <th scope="col">{t("record.col.hours")}</th>
                  <th scope="col">{t("record.col.issued")}</th>
                  <th scope="col">{t("record.col.expires")}</th>
                  <th scope="col">{t("record.col.state")}</th>
                  <th scope="col">{t("record.col.download")}</th>
                </tr>
              </thead>
              <tbody>
                {record.certificates.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{c.courseTitle}</th>
                    <td className="record-code">{c.code}</td>
                    <td>{format.number(c.hours)}</td>
                    <td>{format.date(c.issuedAt)}</td>
                    <td>{c.expiresAt ? format.date(c.expiresAt) : t("record.certificates.noExpiry")}</td>
                    <td>
                      {c.state === "expired" ? (
                        <span className="tag tag-warn">{t("record.certificates.expired")}</span>
                      ) : (
                        <span className="tag record-ok">{t("record.certificates.valid")}</span>
                      )}
                      {c.renewedBy ? (
                        <p className="record-renewed">
                          {t("record.certificates.renewedBy", {
                            code: c.renewedBy.code,
                            course: c.renewedBy.courseTitle,
                            date: format.date(c.renewedBy.issuedAt),
                          })}
                        </p>
                      ) : null}
                    </td>
                    <td>
                      <a href={`/attestati/${c.id}`} download>
                        {t("record.certificates.download")}
                        <span className="visually-hidden"> {t("record.certificates.downloadOf", { code: c.code })}</span>
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="record-events-title">
        <h2 id="record-events-title">{t("record.events.title")}</h2>
        {record.events.length === 0 ? (
          <p>{t("record.events.empty")}</p>
        ) : (
          <div className="table-wrap record-wrap" role="region" aria-labelledby="record-events-title" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("record.col.event")}</th>
                  <th scope="col">{t("record.col.date")}</th>
                  <th scope="col">{t("record.col.mode")}</th>
                  <th scope="col">{t("record.col.hours")}</th>
                </tr>
              </thead>
              <tbody>
                {record.events.map((e) => (
                  <tr key={e.id}>
                    <th scope="row">{e.title}</th>
                    <td>{format.date(e.startsAt)}</td>
                    <td>{e.mode === "online" ? t("record.events.online") : t("record.events.inPerson")}</td>
                    <td>{format.number(e.hours)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
