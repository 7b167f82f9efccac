// Links between the districts a coordinator keeps; shown only when there is more than one.
import { Link } from "@remix-run/react";
import { useT } from "~/i18n/react";
import type { DistrictCode } from "~/modules/auth/roles";

export function RosterDistricts({
  districts,
  current,
  href,
}: {
  districts: readonly DistrictCode[];
  current: DistrictCode;
  href: (district: DistrictCode) => string;
}) {
  const t = useT();
  if (districts.length < 2) return null;
  return (
    <nav className="roster-districts" aria-label={t("tutelaroster.districts.label")}>
      <ul>
        {districts.map((d) => (
          <li key={d}>
            <Link to={href(d)} aria-current={d === current ? "page" : undefined} className={d === current ? "tag" : "tag tag-neutral"}>
              {t(`district.${d}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
