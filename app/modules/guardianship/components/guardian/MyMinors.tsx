// The guardian's minors (active appointments): code and name (the guardian may see them), age,
// facility and the next open deadlines of each, linking to the minor's record.
import { Link } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import type { DeadlineKind, DeadlineState } from "../../deadlines";
import { AgeText, DeadlineName, DeadlineStateTag } from "./DeadlineBits";

export interface DeadlineItem {
  id: string;
  code: string;
  kind: DeadlineKind;
  title: string | null;
  dueDate: string;
  state: DeadlineState;
}

export interface MinorItem {
  code: string;
  firstName: string;
  lastName: string;
  age: { years: number; estimated: boolean } | null;
  facilityName: string | null;
  facilityMunicipality: string | null;
  next: DeadlineItem[];
  openCount: number;
}

export function MyMinors({ items }: { items: readonly MinorItem[] }) {
  const t = useT();
  const format = useFormat();
  return (
    <section className="tg-section" aria-labelledby="tg-minors">
      <h2 id="tg-minors">{t("tutelaguardian.minors.title")}</h2>
      {items.length === 0 ? (
        <p className="muted">{t("tutelaguardian.minors.none")}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby="tg-minors-caption" tabIndex={0}>
          <table className="tg-table">
            <caption id="tg-minors-caption" className="visually-hidden">
              {t("tutelaguardian.minors.caption")}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("tutelaguardian.minors.minor")}</th>
                <th scope="col">{t("tutelaguardian.minors.age")}</th>
                <th scope="col">{t("tutelaguardian.minors.facility")}</th>
                <th scope="col">{t("tutelaguardian.minors.next")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((m) => (
                <tr key={m.code}>
                  <th scope="row">
                    <Link to={`/tutele/${m.code}`} className="tg-code">
                      {m.code}
                    </Link>
                    <span className="tg-name">
                      {m.firstName} {m.lastName}
                    </span>
                  </th>
                  <td>
                    <AgeText age={m.age} />
                  </td>
                  <td>
                    {m.facilityName ?? ""}
                    {m.facilityMunicipality ? <span className="muted"> {m.facilityMunicipality}</span> : null}
                  </td>
                  <td>
                    {m.next.length === 0 ? (
                      <span className="muted">{t("tutelaguardian.minors.noDeadlines")}</span>
                    ) : (
                      <ul className="tg-deadlines">
                        {m.next.map((d) => (
                          <li key={d.id}>
                            <DeadlineStateTag state={d.state} /> <time dateTime={d.dueDate}>{format.date(d.dueDate)}</time>
                            {" — "}
                            <DeadlineName kind={d.kind} title={d.title} />
                          </li>
                        ))}
                        {m.openCount > m.next.length ? (
                          <li>
                            <Link to={`/tutele/${m.code}`}>{t("tutelaguardian.minors.more", { count: m.openCount - m.next.length })}</Link>
                          </li>
                        ) : null}
                      </ul>
                    )}
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
