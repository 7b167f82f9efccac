// Links between the districts a coordinator keeps; shown only when there is more than one.
import { Link } from "@remix-run/react";
import { useT } from "~/i18n/react";
import type { DistrictCode } from "~/modules/auth/roles";

export function DistrictSwitcher({
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
    <nav className="minors-districts" aria-label={t("tuteladesk.districts.label")}>
      <ul>
        {districts.map((d) => (
          <li key={d}>
            {d === current ? (
              <Link to={href(d)} aria-current="page" className="tag">
                {t(`district.${d}`)}
              </Link>
            ) : (
              <Link to={href(d)} className="tag tag-neutral">
                {t(`district.${d}`)}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
