// /coordinamento/tutori?distretto&stato&disponibili&q — the district's guardians' list (elenco) for
// its coordinators: state, training, availability, caseload, notes; filters and the CSV of the list.
import { requireDistrictDesk } from "~/modules/guardianship/district-desk.server";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import { rosterSearch } from "~/modules/guardianship/components/roster/query";
import { readRosterQuery } from "~/modules/guardianship/components/roster/query.server";
import { DistrictSwitcher } from "~/modules/guardianship/components/desk/DistrictSwitcher";
import { RosterFilters } from "~/modules/guardianship/components/roster/RosterFilters";
import { RosterTable } from "~/modules/guardianship/components/roster/RosterTable";
import { listRoster, rosterTableRow } from "~/modules/guardianship/roster.server";
import { titled } from "~/utils/meta";

export const meta = titled("tutelaroster.list.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { district, districts } = await requireDistrictDesk(request);
  const query = readRosterQuery(new URL(request.url).searchParams);
  const people = await listRoster(district, query);
  return { district, districts, query, rows: people.map(rosterTableRow) };
}

export default function GuardiansRoster() {
  const t = useT();
  const format = useFormat();
  const { district, districts, query, rows } = useLoaderData<typeof loader>();
  const districtName = t(`district.${district}`);
  const filtered = Boolean(query.stato || query.q || query.disponibili);
  return (
    <div className="roster">
      <p className="breadcrumb">
        <Link to={`/coordinamento?distretto=${district}`}>{t("tutelaroster.back")}</Link>
      </p>
      <h1>{t("tutelaroster.list.heading", { district: districtName })}</h1>
      <DistrictSwitcher districts={districts} current={district} href={(d) => `/coordinamento/tutori?distretto=${d}`} />
      <p className="prose muted">{t("tutelaroster.list.intro")}</p>
      <div className="actions roster-actions">
        <a href={`/coordinamento/tutori/esporta?${rosterSearch(district, query)}`} className="button button-secondary" download>
          {t("tutelaroster.list.csv")}
        </a>
      </div>
      <p className="hint">{t("tutelaroster.list.csvNote")}</p>
      <RosterFilters district={district} query={query} />
      <p role="status" className="roster-count">
        {rows.length === 1 ? t("tutelaroster.list.countOne") : t("tutelaroster.list.count", { n: format.number(rows.length) })}
      </p>
      {rows.length === 0 ? (
        <p>{filtered ? t("tutelaroster.list.empty") : t("tutelaroster.list.emptyDistrict")}</p>
      ) : (
        <RosterTable rows={rows} district={district} caption={t("tutelaroster.list.caption", { district: districtName })} />
      )}
    </div>
  );
}
