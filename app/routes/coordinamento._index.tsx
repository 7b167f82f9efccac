// /coordinamento — the district coordinators' dashboard (?distretto=MI|BS): minors waiting, delay
// to appointment by month, guardians' caseloads, 18th birthdays, training behind, open flags. Each
// chart is a server-drawn SVG with a table of the same numbers. Others (admins included): 403.
import { requireDistrictDesk } from "~/modules/guardianship/district-desk.server";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { CaseloadSection, DelaysSection, WaitingSection } from "~/modules/guardianship/components/dashboard/ChartSections";
import { DeskLinks, DistrictLinks } from "~/modules/guardianship/components/dashboard/DashboardNav";
import { Figures } from "~/modules/guardianship/components/dashboard/Figures";
import { EighteenSection, FlagsSection, TrainingSection } from "~/modules/guardianship/components/dashboard/ListSections";
import { dashboard } from "~/modules/guardianship/stats.server";
import { titled } from "~/utils/meta";

export const meta = titled("tutelastats.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { district, districts } = await requireDistrictDesk(request);
  return { district, districts, data: await dashboard(district) };
}

export default function CoordinationDashboard() {
  const t = useT();
  const { district, districts, data } = useLoaderData<typeof loader>();
  return (
    <div className="stats">
      <h1>{t("tutelastats.heading", { district: t(`district.${district}`) })}</h1>
      <DistrictLinks districts={districts} current={district} path="/coordinamento" />
      <DeskLinks district={district} />
      <p className="lead prose">{t("tutelastats.intro")}</p>
      <Figures data={data} district={district} />
      <WaitingSection data={data} district={district} />
      <DelaysSection data={data} />
      <CaseloadSection data={data} />
      <EighteenSection data={data} district={district} />
      <TrainingSection data={data} district={district} />
      <FlagsSection data={data} district={district} />
    </div>
  );
}
