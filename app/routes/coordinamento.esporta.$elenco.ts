// /coordinamento/esporta/:elenco?distretto= — one list of the dashboard as CSV (attesa,
// diciottesimo, formazione, segnalazioni); each download is written to the audit log. Unknown list: 404.
import { requireDistrictDesk } from "~/modules/guardianship/district-desk.server";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requestLocale } from "~/i18n/locale.server";
import { exportDashboardList, exportListParam } from "~/modules/guardianship/stats.server";
import { notFound } from "~/utils/http.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, district } = await requireDistrictDesk(request);
  const list = exportListParam.safeParse(params.elenco);
  if (!list.success) return notFound();
  return exportDashboardList(user, district, list.data, requestLocale(request, user));
}
