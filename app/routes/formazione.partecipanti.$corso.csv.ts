// /formazione/partecipanti/:corso/csv — the whole participants list of the viewer's districts as CSV.
import type { LoaderFunctionArgs } from "@remix-run/node";
import * as z from "zod";
import { requestLocale } from "~/i18n/locale.server";
import { requireUser } from "~/modules/auth/policy.server";
import { progressDistricts } from "~/modules/training/policy.server";
import {
  courseParticipants,
  courseSlugSchema,
  csvResponse,
  findCourseBySlug,
  parseParticipantsQuery,
  participantsCsv,
} from "~/modules/training/reports.server";
import { forbidden, notFound } from "~/utils/http.server";

const paramsSchema = z.object({ corso: courseSlugSchema });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const scope = progressDistricts(user);
  if (scope !== "all" && scope.length === 0) forbidden();
  const parsed = paramsSchema.safeParse(params);
  const course = parsed.success ? await findCourseBySlug(parsed.data.corso) : null;
  if (!course) return notFound();
  const query = parseParticipantsQuery(new URL(request.url).searchParams);
  const all = await courseParticipants(course.id, scope, query.ordine, null);
  return csvResponse(`partecipanti-${course.slug}.csv`, participantsCsv(requestLocale(request, user), all));
}
