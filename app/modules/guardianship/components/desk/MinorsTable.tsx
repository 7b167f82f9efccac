// The district's minors as a table (order from the server: waiting longest first, then by code).
// Each code links to the minor's record; names appear here because only coordinators see this page.
import { Link } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";

export interface MinorsTableRow {
  id: string;
  code: string;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  estimatedAge: number | null;
  arrivalDate: string | null;
  facilityName: string | null;
  facilityMunicipality: string | null;
  facilityProvince: string | null;
  status: "waiting" | "with_guardian" | "ended";
  guardianName: string | null;
  daysWaiting: number | null;
  openFlags: number;
  /** Full years today, from the birth date; null when only the estimated age is known. */
  age: number | null;
}

const STATUS_TAG = { waiting: "tag tag-warn", with_guardian: "tag tag-ok", ended: "tag tag-neutral" } as const;

export function MinorsTable({ rows, caption }: { rows: readonly MinorsTableRow[]; caption: string }) {
  const t = useT();
  const format = useFormat();
  const none = <span className="muted">{t("tuteladesk.none")}</span>;
  const waiting = (days: number) =>
    days <= 0 ? t("tuteladesk.waiting.today") : days === 1 ? t("tuteladesk.waiting.oneDay") : t("tuteladesk.waiting.days", { n: format.number(days) });
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="minors-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("tuteladesk.col.code")}</th>
            <th scope="col">{t("tuteladesk.col.name")}</th>
            <th scope="col">{t("tuteladesk.col.age")}</th>
            <th scope="col">{t("tuteladesk.col.arrival")}</th>
            <th scope="col">{t("tuteladesk.col.facility")}</th>
            <th scope="col">{t("tuteladesk.col.status")}</th>
            <th scope="col">{t("tuteladesk.col.guardian")}</th>
            <th scope="col" className="minors-num">
              {t("tuteladesk.col.flags")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="minors-code">
                <Link to={`/tutele/${r.code}`}>{r.code}</Link>
              </th>
              <td>
                {r.lastName} {r.firstName}
              </td>
              <td>
                {r.age !== null
                  ? t("tuteladesk.age.years", { n: r.age })
                  : r.estimatedAge !== null
                    ? t("tuteladesk.age.estimated", { n: r.estimatedAge })
                    : none}
              </td>
              <td>{r.arrivalDate ? format.date(r.arrivalDate) : none}</td>
              <td>
                {r.facilityName || r.facilityMunicipality ? (
                  <>
                    {r.facilityName ? <span className="minors-facility">{r.facilityName}</span> : null}
                    {r.facilityMunicipality ? (
                      <span className="muted">
                        {" "}
                        {r.facilityMunicipality}
                        {r.facilityProvince ? ` (${r.facilityProvince})` : ""}
                      </span>
                    ) : null}
                  </>
                ) : (
                  none
                )}
              </td>
              <td>
                <span className={STATUS_TAG[r.status]}>{t(`tutele.minorStatus.${r.status}`)}</span>
              </td>
              <td>{r.guardianName ?? (r.status === "waiting" && r.daysWaiting !== null ? <strong>{waiting(r.daysWaiting)}</strong> : none)}</td>
              <td className="minors-num">{r.openFlags > 0 ? <span className="tag tag-warn">{format.number(r.openFlags)}</span> : "0"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
