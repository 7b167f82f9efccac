// /formazione/corsi/:corso — a course: presentation, modules with the user's progress, enrolment.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { useFormat, useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { courseModules, courseStatus } from "~/modules/training/catalogue.server";
import { CertificateLink, CourseStatusTag } from "~/modules/training/components/learning/CourseStatus";
import { ModuleList } from "~/modules/training/components/learning/ModuleList";
import { ProgressBar } from "~/modules/training/components/learning/ProgressBar";
import { enrol, parseSlug, requireCourse } from "~/modules/training/learning.server";
import { canLearn, requireLearner } from "~/modules/training/policy.server";
import { httpError } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";
import type { MetaFunction } from "@remix-run/node";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, "training.catalogue.title", undefined, data?.course.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const course = await requireCourse(user, parseSlug(params.corso));
  const [modules, status] = await Promise.all([courseModules(user.id, course.id), courseStatus(user.id, course.id)]);
  return {
    course: {
      slug: course.slug,
      title: course.title,
      summary: course.summary,
      bodyHtml: course.bodyHtml,
      hours: course.hours,
      mandatory: course.mandatory,
      validityMonths: course.validityMonths,
      draft: course.status === "draft",
    },
    modules,
    status,
    learner: canLearn(user),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireLearner(await requireUser(request));
  const course = await requireCourse(user, parseSlug(params.corso));
  const formData = await request.formData();
  if (formData.get("intent") !== "enrol") httpError(400);
  if (course.status !== "published") httpError(404);
  await enrol(user.id, course.id);
  return redirect(`/formazione/corsi/${course.slug}?stato=iscritto`);
}

export default function CoursePage() {
  const t = useT();
  const format = useFormat();
  const { course, modules, status, learner } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const done = modules.filter((m) => m.done).length;
  const nextModule = modules.find((m) => !m.done) ?? modules[0];
  const moduleSection = (
    <section aria-labelledby="modules-title">
      <h2 id="modules-title">{t("training.course.modules")}</h2>
      {modules.length === 0 ? <p>{t("training.course.noModules")}</p> : <ModuleList courseSlug={course.slug} modules={modules} showState={learner} />}
    </section>
  );
  // The course's own Markdown brings its headings (level 2), so the section is named, not titled.
  const presentation = course.bodyHtml ? (
    <section className="card" aria-label={t("training.course.presentation")}>
      {/* Cached output of renderMarkdown (sanitised on the server). */}
      <div className="prose learning-body" dangerouslySetInnerHTML={{ __html: course.bodyHtml }} />
    </section>
  ) : null;
  return (
    <div className="learning">
      <nav aria-label={t("training.module.breadcrumb")} className="learning-breadcrumb">
        <Link to="/formazione">{t("training.catalogue.title")}</Link>
      </nav>
      <h1>{course.title}</h1>
      <p className="learning-meta">
        {course.draft ? <span className="tag tag-warn">{t("training.course.draft")}</span> : null}
        {course.mandatory ? <span className="tag tag-mandatory">{t("training.course.mandatory")}</span> : null}
        <span className="tag tag-neutral">{t("training.course.hours", { hours: format.number(course.hours) })}</span>
        <span className="tag tag-neutral">{t("training.course.moduleCount", { count: modules.length })}</span>
        {course.validityMonths ? <span className="tag tag-neutral">{t("training.course.validity", { months: course.validityMonths })}</span> : null}
      </p>
      {course.summary ? <p className="lead prose">{course.summary}</p> : null}
      {params.get("stato") === "iscritto" && status.enrolledAt ? <Alert tone="success">{t("training.course.enrolledNow")}</Alert> : null}

      <section className="card learning-summary" aria-labelledby="course-progress-title">
        <h2 id="course-progress-title">{t("training.module.yourProgress")}</h2>
        {!learner ? <p>{t("training.catalogue.browseOnly")}</p> : null}
        {learner ? (
          <p>
            <span className="visually-hidden">{t("training.status.label")}: </span>
            <CourseStatusTag status={status} />
          </p>
        ) : null}
        {status.completedAt ? <p>{t("training.course.completed", { date: format.date(status.completedAt) })}</p> : null}
        {status.certificateId ? (
          <p>
            <CertificateLink id={status.certificateId} />
          </p>
        ) : null}
        {status.enrolledAt ? (
          <>
            {!status.completedAt ? <p className="muted">{t("training.course.enrolled", { date: format.date(status.enrolledAt) })}</p> : null}
            <ProgressBar id="course-progress" done={done} total={modules.length} />
          </>
        ) : null}
        {learner && !status.enrolledAt && !course.draft ? (
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="enrol" />
            <p className="muted">{t("training.course.enrolHint")}</p>
            <button type="submit" className="button">
              {t("training.course.enrol")}
            </button>
          </Form>
        ) : null}
        {nextModule && (status.enrolledAt || !learner) ? (
          <p className="actions">
            <Link className="button button-secondary" to={`/formazione/corsi/${course.slug}/${nextModule.slug}`}>
              {done === 0 || status.completedAt ? t("training.course.start") : t("training.course.resume", { title: nextModule.title })}
            </Link>
          </p>
        ) : null}
      </section>

      {/* Before enrolling the presentation comes first; afterwards the modules do. */}
      {status.enrolledAt ? (
        <>
          {moduleSection}
          {presentation}
        </>
      ) : (
        <>
          {presentation}
          {moduleSection}
        </>
      )}
    </div>
  );
}
