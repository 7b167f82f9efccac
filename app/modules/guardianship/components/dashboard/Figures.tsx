// The dashboard's key figures, each a link to the list or section behind it.
import { Link } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import type { DistrictCode } from "~/modules/auth/roles";
import type { Dashboard } from "../../stats.server";
import { withDistrict } from "./links";

export function Figures({ data, district }: { data: Dashboard; district: DistrictCode }) {
  const t = useT();
  const format = useFormat();
  const overdueFlags = data.flags.filter((f) => f.overdue).length;
  const figures = [
    { n: data.waiting.total, label: t("tutelastats.figures.waiting"), to: withDistrict("/coordinamento/minori?stato=waiting", district), attention: data.waiting.total > 0 },
    { n: data.guardians.listed, label: t("tutelastats.figures.listed"), to: withDistrict("/coordinamento/tutori", district) },
    { n: data.guardians.available, label: t("tutelastats.figures.available"), to: "#carico" },
    { n: data.guardians.active, label: t("tutelastats.figures.active"), to: "#carico" },
    { n: data.eighteen.length, label: t("tutelastats.figures.eighteen"), to: "#diciottesimo" },
    { n: data.flags.length, label: t("tutelastats.figures.flags"), to: "#segnalazioni", attention: overdueFlags > 0 },
  ];
  return (
    <section aria-labelledby="stats-figures-title">
      <h2 id="stats-figures-title">{t("tutelastats.figures.title")}</h2>
      <ul className="dash-figures consult-figures">
        {figures.map((f) => (
          <li key={f.label} className={`card${f.attention ? " dash-attention" : ""}`}>
            {f.to.startsWith("#") ? (
              <a href={f.to}>
                <span className="dash-figure">{format.number(f.n)}</span> {f.label}
              </a>
            ) : (
              <Link to={f.to}>
                <span className="dash-figure">{format.number(f.n)}</span> {f.label}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
