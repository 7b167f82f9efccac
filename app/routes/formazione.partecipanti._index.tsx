// /formazione/partecipanti — for trainers and coordinators (their districts) and admins: each
// course with how many of their people take it and have completed it.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { CourseParticipationTable, ScopeNote } from "~/modules/training/components/record/ParticipantsTable";
import { canAuthor, progressDistricts } from "~/modules/training/policy.server";
import { participationByCourse } from "~/modules/training/reports.server";
import { forbidden } from "~/utils/http.server";
import { titled } from "~/utils/meta";

export const meta = titled("reports.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const scope = progressDistricts(user);
  if (scope !== "all" && scope.length === 0) forbidden();
  return { scope, courses: await participationByCourse(scope, canAuthor(user)) };
}

export default function Participation() {
  const t = useT();
  const { scope, courses } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1>{t("reports.title")}</h1>
      <p className="lead prose">{t("reports.intro")}</p>
      <ScopeNote scope={scope} />
      {courses.length === 0 ? <p>{t("reports.courses.empty")}</p> : <CourseParticipationTable courses={courses} />}
    </div>
  );
}
