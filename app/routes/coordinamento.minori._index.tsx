// /coordinamento/minori?distretto&stato&q&pagina — the district's minors for its coordinators:
// status, current guardian or days waiting, open flags; filters, pages and the CSV of the same list.
import { requireDistrictDesk } from "~/modules/guardianship/district-desk.server";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/ui/Pagination";
import { useFormat, useT } from "~/i18n/react";
import { DistrictSwitcher } from "~/modules/guardianship/components/desk/DistrictSwitcher";
import { MinorsFilters } from "~/modules/guardianship/components/desk/MinorsFilters";
import { MinorsTable } from "~/modules/guardianship/components/desk/MinorsTable";
import { minorsSearch } from "~/modules/guardianship/components/desk/query";
import { readMinorsQuery } from "~/modules/guardianship/components/desk/query.server";
import { listMinors, tableRow } from "~/modules/guardianship/desk.server";
import { notFound } from "~/utils/http.server";
import { titled } from "~/utils/meta";

export const meta = titled("tuteladesk.list.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { district, districts } = await requireDistrictDesk(request);
  const query = readMinorsQuery(new URL(request.url).searchParams);
  const list = await listMinors(district, query);
  if (query.pagina > list.pages) return notFound();
  const rows = list.rows.map((r) => tableRow(r, list.today));
  return { district, districts, query, rows, total: list.total, page: list.page, pages: list.pages };
}

export default function MinorsList() {
  const t = useT();
  const format = useFormat();
  const { district, districts, query, rows, total, page, pages } = useLoaderData<typeof loader>();
  const districtName = t(`district.${district}`);
  const filtered = Boolean(query.stato || query.q);
  return (
    <div className="minors-desk">
      <p className="breadcrumb">
        <Link to={`/coordinamento?distretto=${district}`}>{t("tuteladesk.back")}</Link>
      </p>
      <h1>{t("tuteladesk.list.heading", { district: districtName })}</h1>
      <DistrictSwitcher districts={districts} current={district} href={(d) => `/coordinamento/minori?distretto=${d}`} />
      <p className="prose muted">{t("tuteladesk.list.intro")}</p>
      <div className="actions minors-actions">
        <Link to={`/coordinamento/minori/nuovo?distretto=${district}`} className="button">
          {t("tuteladesk.list.register")}
        </Link>
        <a href={`/coordinamento/minori/esporta?${minorsSearch(district, query)}`} className="button button-secondary" download>
          {t("tuteladesk.list.csv")}
        </a>
      </div>
      <p className="hint">{t("tuteladesk.list.csvNote")}</p>
      <MinorsFilters district={district} query={query} />
      <p role="status" className="minors-count">
        {total === 1 ? t("tuteladesk.list.countOne") : t("tuteladesk.list.count", { n: format.number(total) })}
      </p>
      {rows.length === 0 ? (
        <p>{filtered ? t("tuteladesk.list.empty") : t("tuteladesk.list.emptyDistrict")}</p>
      ) : (
        <MinorsTable rows={rows} caption={t("tuteladesk.list.caption", { district: districtName })} />
      )}
      <Pagination page={page} pages={pages} href={(p) => `/coordinamento/minori?${minorsSearch(district, query, p)}`} />
    </div>
  );
}
