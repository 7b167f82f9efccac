// /consulenze/rapporti — reports for legal consultants (their districts) and admins (all, with a
// district filter ?distretto=): the last 12 months of requests, response times, service level
// and ratings. Others get 403.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { SelectField } from "~/components/ui/Field";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { ConsultationsNav } from "~/modules/consultations/components/ConsultationsNav";
import { ReportView } from "~/modules/consultations/components/desk/ReportView";
import { deskDistrictChoices } from "~/modules/consultations/desk.server";
import { canSeeReports, consultationAreas } from "~/modules/consultations/policy.server";
import { consultationReport } from "~/modules/consultations/reports.server";
import { reportDistrictParam as districtParam } from "~/modules/consultations/schema.server";
import { forbidden } from "~/utils/http.server";
import { titled } from "~/utils/meta";

export const meta = titled("consultdesk.reports.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!canSeeReports(user)) forbidden();
  const districts = deskDistrictChoices(user);
  const asked = districtParam.parse(new URL(request.url).searchParams.get("distretto") || undefined);
  const district = asked && districts.includes(asked) ? asked : undefined;
  const report = await consultationReport(user, { district });
  if (!report) forbidden();
  return { areas: consultationAreas(user), districts, district: district ?? null, report: report! };
}

export default function Reports() {
  const t = useT();
  const { areas, districts, district, report } = useLoaderData<typeof loader>();
  return (
    <div className="consult consult-reports">
      <h1>{t("consultdesk.reports.title")}</h1>
      <ConsultationsNav areas={areas} />
      <p className="lead prose">
        {district
          ? t("consultdesk.reports.introDistrict", { district: t(`district.${district}`) })
          : districts.length === 1
            ? t("consultdesk.reports.introDistrict", { district: t(`district.${districts[0]}`) })
            : t("consultdesk.reports.introAll")}
      </p>
      {districts.length > 1 ? (
        <Form method="get" className="card outbox-filter consult-report-filter" role="search" aria-label={t("consultdesk.reports.filter")}>
          <SelectField
            name="distretto"
            label={t("consultdesk.filters.district")}
            defaultValue={district ?? ""}
            options={[{ value: "", label: t("consultdesk.filters.allDistricts") }, ...districts.map((d) => ({ value: d, label: t(`district.${d}`) }))]}
          />
          <button type="submit" className="button">
            {t("consultdesk.reports.show")}
          </button>
        </Form>
      ) : null}
      <ReportView report={report} district={district} />
    </div>
  );
}
