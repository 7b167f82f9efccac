// The dashboard's header links: the district switcher (two or more districts) and the desk's pages.
import { Link } from "@remix-run/react";
import { useT } from "~/i18n/react";
import type { DistrictCode } from "~/modules/auth/roles";
import { withDistrict } from "./links";

export function DistrictLinks({ districts, current, path }: { districts: readonly DistrictCode[]; current: DistrictCode; path: string }) {
  const t = useT();
  if (districts.length < 2) return null;
  return (
    <nav className="stats-districts" aria-label={t("tutelastats.districts")}>
      <ul>
        {districts.map((d) => (
          <li key={d}>
            <Link to={withDistrict(path, d)} className={d === current ? "tag" : "tag tag-neutral"} aria-current={d === current ? "page" : undefined}>
              {t(`district.${d}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function DeskLinks({ district }: { district: DistrictCode }) {
  const t = useT();
  const links = [
    { to: withDistrict("/coordinamento/minori", district), label: t("tutelastats.nav.minors") },
    { to: withDistrict("/coordinamento/minori/nuovo", district), label: t("tutelastats.nav.newMinor") },
    { to: withDistrict("/coordinamento/tutori", district), label: t("tutelastats.nav.guardians") },
    { to: withDistrict("/coordinamento/registro", district), label: t("tutelastats.nav.auditLog") },
  ];
  return (
    <nav className="training-nav" aria-label={t("tutelastats.nav.label")}>
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <Link to={l.to}>{l.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
