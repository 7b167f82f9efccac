// /formazione/partecipanti/:corso/csv — the whole participants list of the viewer's districts as CSV.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requestLocale } from "~/i18n/locale.server";
import {
  courseParticipants,
  csvResponse,
  parseParticipantsQuery,
  participantsCsv,
  requireCourseReport,
} from "~/modules/training/reports.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, scope, course } = await requireCourseReport(request, params);
  const query = parseParticipantsQuery(new URL(request.url).searchParams);
  const all = await courseParticipants(course.id, scope, query.ordine, null);
  return csvResponse(`partecipanti-${course.slug}.csv`, participantsCsv(requestLocale(request, user), all));
}
