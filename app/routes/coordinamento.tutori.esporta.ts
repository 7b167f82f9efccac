// /coordinamento/tutori/esporta?distretto&stato&disponibili&q — the district's guardians' list with
// the list's filters as CSV (Excel on Italian settings); every export is written to the audit log.
import { requireDistrictDesk } from "~/modules/guardianship/district-desk.server";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requestLocale } from "~/i18n/locale.server";
import { readRosterQuery } from "~/modules/guardianship/components/roster/query.server";
import { exportRoster } from "~/modules/guardianship/roster.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, district } = await requireDistrictDesk(request);
  const query = readRosterQuery(new URL(request.url).searchParams);
  return exportRoster(user, district, query, requestLocale(request, user));
}
