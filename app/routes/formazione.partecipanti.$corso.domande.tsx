// /formazione/partecipanti/:corso/domande — per quiz question of the published modules, the
// share of right answers among the attempts of the viewer's districts' people.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { ScopeNote } from "~/modules/training/components/record/ParticipantsTable";
import { QuestionStatsView } from "~/modules/training/components/record/QuestionStatsView";
import { questionStats, requireCourseReport } from "~/modules/training/reports.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "reports.questions.title", { course: data?.course.title ?? "" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { scope, course } = await requireCourseReport(request, params);
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
