// A guardian's current minors in the district (codes only, linking to the record the coordinator
// may open) and how many guardianships they have ended.
import { Link } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";

export interface PersonMinorRow {
  id: string;
  code: string;
  status: "proposed" | "declined" | "accepted" | "active" | "ended" | "withdrawn";
  decreeDate: string | null;
}

export function PersonMinors({ rows, pastCount }: { rows: readonly PersonMinorRow[]; pastCount: number }) {
  const t = useT();
  const format = useFormat();
  return (
    <section className="card" aria-labelledby="person-minors-title">
      <h2 id="person-minors-title">{t("tutelaroster.minors.title")}</h2>
      {rows.length === 0 ? (
        <p>{t("tutelaroster.minors.none")}</p>
      ) : (
        <ul className="roster-minors">
          {rows.map((r) => (
            <li key={r.id}>
              <Link to={`/tutele/${r.code}`} className="roster-code">
                {r.code}
              </Link>{" "}
              <span className={r.status === "active" ? "tag tag-ok" : "tag tag-neutral"}>{t(`tutele.appointmentStatus.${r.status}`)}</span>
              {r.decreeDate ? <span className="muted"> {t("tutelaroster.minors.decree", { date: format.date(r.decreeDate) })}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <p className="muted">
        {pastCount === 1 ? t("tutelaroster.minors.pastOne") : t("tutelaroster.minors.past", { n: format.number(pastCount) })}
      </p>
    </section>
  );
}
