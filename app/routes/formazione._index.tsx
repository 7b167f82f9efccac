// /formazione — the course catalogue with the user's progress, and the learner's courses in progress.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { listCatalogue } from "~/modules/training/catalogue.server";
import { CourseCard } from "~/modules/training/components/learning/CourseCard";
import { TrainingNav } from "~/modules/training/components/TrainingNav";
import { canLearn, canReadCatalogue, trainingAreas } from "~/modules/training/policy.server";
import { forbidden } from "~/utils/http.server";
import { titled } from "~/utils/meta";

export const meta = titled("training.catalogue.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!canReadCatalogue(user)) forbidden();
  const courses = await listCatalogue(user);
  return { courses, learner: canLearn(user), areas: trainingAreas(user) };
}

export default function Catalogue() {
  const t = useT();
  const { courses, learner, areas } = useLoaderData<typeof loader>();
  const inProgress = learner ? courses.filter((c) => c.enrolledAt && !c.completedAt) : [];
  return (
    <div className="learning">
      <h1>{t("training.catalogue.title")}</h1>
      <p className="lead prose">{t("training.catalogue.intro")}</p>
      <TrainingNav areas={areas} />
      {!learner ? <Alert>{t("training.catalogue.browseOnly")}</Alert> : null}
      {inProgress.length > 0 ? (
        <section aria-labelledby="in-progress-title">
          <h2 id="in-progress-title">{t("training.catalogue.inProgress")}</h2>
          <div className="learning-grid">
            {inProgress.map((course) => (
              <CourseCard key={course.id} course={course} idPrefix="in-progress" />
            ))}
          </div>
        </section>
      ) : null}
      <section aria-labelledby="all-courses-title">
        <h2 id="all-courses-title">{t("training.catalogue.all")}</h2>
        {courses.length === 0 ? <p>{t("training.catalogue.empty")}</p> : null}
        <div className="learning-grid">
          {courses.map((course) => (
            <CourseCard key={course.id} course={course} idPrefix="course" />
          ))}
        </div>
      </section>
    </div>
  );
}
