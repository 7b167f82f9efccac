// The next open deadlines across all the guardian's minors, overdue first (the server sorts them).
import { Link } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import { DeadlineName, DeadlineStateTag } from "./DeadlineBits";
import type { DeadlineItem } from "./MyMinors";

export function Upcoming({ items }: { items: readonly DeadlineItem[] }) {
  const t = useT();
  const format = useFormat();
  return (
    <section className="tg-section" aria-labelledby="tg-upcoming">
      <h2 id="tg-upcoming">{t("tutelaguardian.upcoming.title")}</h2>
      {items.length === 0 ? (
        <p className="muted">{t("tutelaguardian.upcoming.none")}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="tg-upcoming-caption" tabIndex={0}>
          <table className="tg-table">
            <caption id="tg-upcoming-caption" className="visually-hidden">
              {t("tutelaguardian.upcoming.caption")}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("tutelaguardian.upcoming.date")}</th>
                <th scope="col">{t("tutelaguardian.upcoming.minor")}</th>
                <th scope="col">{t("tutelaguardian.upcoming.what")}</th>
                <th scope="col">{t("tutelaguardian.upcoming.state")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <tr key={d.id}>
                  <th scope="row" className="tg-nowrap">
                    <time dateTime={d.dueDate}>{format.date(d.dueDate)}</time>
                  </th>
                  <td>
                    <Link to={`/tutele/${d.code}`} className="tg-code">
                      {d.code}
                    </Link>
                  </td>
                  <td>
                    <DeadlineName kind={d.kind} title={d.title} />
                  </td>
                  <td>
                    <DeadlineStateTag state={d.state} />
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
