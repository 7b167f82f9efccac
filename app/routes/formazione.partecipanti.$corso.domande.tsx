// /formazione/partecipanti/:corso/domande — per quiz question of the published modules, the
// share of right answers among the attempts of the viewer's districts' people.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import * as z from "zod";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { ScopeNote } from "~/modules/training/components/record/ParticipantsTable";
import { QuestionStatsView } from "~/modules/training/components/record/QuestionStatsView";
import { progressDistricts } from "~/modules/training/policy.server";
import { courseSlugSchema, findCourseBySlug, questionStats } from "~/modules/training/reports.server";
import { forbidden, notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "reports.questions.title", { course: data?.course.title ?? "" });

const paramsSchema = z.object({ corso: courseSlugSchema });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const scope = progressDistricts(user);
  if (scope !== "all" && scope.length === 0) forbidden();
  const parsed = paramsSchema.safeParse(params);
  const course = parsed.success ? await findCourseBySlug(parsed.data.corso) : null;
  if (!course) return notFound();
  return { scope, course, stats: await questionStats(course.id, scope) };
}

export default function QuestionStatsPage() {
  const t = useT();
  const { scope, course, stats } = useLoaderData<typeof loader>();
  return (
    <div>
      <p className="breadcrumb">
        <Link to={`/formazione/partecipanti/${course.slug}`}>{t("reports.backToCourse", { course: course.title })}</Link>
      </p>
      <h1>{t("reports.questions.title", { course: course.title })}</h1>
      <p className="lead prose">{t("reports.questions.intro")}</p>
      <ScopeNote scope={scope} />
      <QuestionStatsView stats={stats} />
    </div>
  );
}
