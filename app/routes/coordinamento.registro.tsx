// /coordinamento/registro — the audit log: admins read every district (optional district filter),
// coordinators their districts' entries. Filters in the address (minor's code, action, dates),
// newest first, 50 a page. Codes only: no minor's name, no details. Others: 403.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/ui/Pagination";
import { useT } from "~/i18n/react";
import { AuditFilters } from "~/modules/guardianship/components/dashboard/AuditFilters";
import { AuditTable } from "~/modules/guardianship/components/dashboard/AuditTable";
import { ACTION_FILTERS, auditPage, parseAuditQuery, requireAuditLog } from "~/modules/guardianship/auditlog.server";
import { forbidden } from "~/utils/http.server";
import { titled } from "~/utils/meta";

export const meta = titled("tutelastats.log.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { scope } = await requireAuditLog(request);
  const { query, errors, values } = parseAuditQuery(new URL(request.url).searchParams);
  if (query.district && scope !== "all" && !scope.includes(query.district)) forbidden();
  const page = await auditPage(scope, query);
  return {
    admin: scope === "all",
    district: query.district,
    districts: scope === "all" ? (["MI", "BS"] as const) : scope,
    actions: ACTION_FILTERS.map((value) => ({ value, key: `tutelastats.filter.${value}` as const })),
    values,
    errors,
    ...page,
  };
}

export default function AuditLogPage() {
  const t = useT();
  const { admin, district, districts, actions, values, errors, entries, total, page, pages } = useLoaderData<typeof loader>();
  const href = (p: number) => {
    const params = new URLSearchParams(Object.entries(values).filter(([, v]) => v !== ""));
    if (p > 1) params.set("pagina", String(p));
    const search = params.toString();
    return search ? `/coordinamento/registro?${search}` : "/coordinamento/registro";
  };
  return (
    <div className="stats stats-log-page">
      <h1>{t("tutelastats.log.title")}</h1>
      <p>
        {admin ? (
          <Link to="/amministrazione">{t("tutelastats.log.backAdmin")}</Link>
        ) : (
          <Link to={district ? `/coordinamento?distretto=${district}` : "/coordinamento"}>{t("tutelastats.log.back")}</Link>
        )}
      </p>
      <p className="lead prose">{admin ? t("tutelastats.log.introAdmin") : t("tutelastats.log.intro")}</p>
      <AuditFilters districts={districts} actions={actions} values={values} errors={errors} />
      <AuditTable entries={entries} total={total} />
      <Pagination page={page} pages={pages} href={href} />
    </div>
  );
}
