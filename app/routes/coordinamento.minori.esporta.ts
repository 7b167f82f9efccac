// /coordinamento/minori/esporta?distretto&stato&q — the district's minors matching the list's
// filters as CSV (Excel on Italian settings); every export is written to the audit log.
import { requireDistrictDesk } from "~/modules/guardianship/district-desk.server";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requestLocale } from "~/i18n/locale.server";
import { readMinorsQuery } from "~/modules/guardianship/components/desk/query.server";
import { exportMinors } from "~/modules/guardianship/desk.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, district } = await requireDistrictDesk(request);
  const query = readMinorsQuery(new URL(request.url).searchParams);
  return exportMinors(user, district, query, requestLocale(request, user));
}
