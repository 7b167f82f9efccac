// /formazione/corsi/:corso/:modulo — a module: its published text, mark as read, and its quiz
// (graded on the server, with feedback and explanations; retries allowed).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import type { MessageKey } from "~/i18n";
import { useFormat, useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { CertificateLink } from "~/modules/training/components/learning/CourseStatus";
import { ProgressBar } from "~/modules/training/components/learning/ProgressBar";
import { QuizChangedNotice, QuizForm } from "~/modules/training/components/learning/QuizForm";
import { QuizResult } from "~/modules/training/components/learning/QuizResult";
import { getModuleView, markModuleRead, parseSlug, publishedModule, requireCourse, submitQuiz } from "~/modules/training/learning.server";
import { canLearn, requireLearner } from "~/modules/training/policy.server";
import { answersFromFormData, parseAnswers, type QuizAnswers, type QuizGrade } from "~/modules/training/quiz";
import { httpError, notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, "training.catalogue.title", undefined, data ? `${data.view.version.title} — ${data.view.course.title}` : undefined);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const view = (await getModuleView(user, parseSlug(params.corso), parseSlug(params.modulo))) ?? notFound();
  return { view, learner: canLearn(user) };
}

type QuizOutcome =
  | { kind: "graded"; grade: QuizGrade; completedNow: boolean; certificateId: string | null }
  | { kind: "invalid"; errors: Record<string, MessageKey>; answers: QuizAnswers }
  | { kind: "changed" };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireLearner(await requireUser(request));
  const course = await requireCourse(user, parseSlug(params.corso));
  if (course.status !== "published") notFound();
  const target = (await publishedModule(course.id, parseSlug(params.modulo))) ?? notFound();
  const formData = await request.formData();
  const intent = formData.get("intent");
  const here = `/formazione/corsi/${course.slug}/${params.modulo}`;
  if (intent === "read") {
    const completion = await markModuleRead(user.id, course.id, target.moduleId);
    return redirect(`${here}?stato=${completion.completedNow ? "completato" : "letto"}`);
  }
  if (intent !== "quiz" || !target.quiz) return httpError(400);
  // The quiz changed since the page was shown: grade nothing, show the new questions.
  if (formData.get("versionId") !== target.versionId) return data<QuizOutcome>({ kind: "changed" }, { status: 409 });
  const parsed = parseAnswers(target.quiz, answersFromFormData(formData, target.quiz));
  if (!parsed.ok) return data<QuizOutcome>({ kind: "invalid", errors: parsed.errors, answers: parsed.answers }, { status: 400 });
  const { grade, completion } = await submitQuiz(user.id, course.id, { moduleId: target.moduleId, versionId: target.versionId, quiz: target.quiz }, parsed.answers);
  return data<QuizOutcome>({ kind: "graded", grade, completedNow: completion.completedNow, certificateId: completion.certificateId });
}

export default function ModulePage() {
  const t = useT();
  const format = useFormat();
  const { view, learner } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as QuizOutcome | undefined;
  const [params] = useSearchParams();
  const { course, version, progress, status } = view;
  const base = `/formazione/corsi/${course.slug}`;
  const stato = params.get("stato");
  // The ?stato= flags only echo what the database says (a hand-typed URL shows nothing).
  const completedNow = (stato === "completato" && status.completedAt !== null) || (result?.kind === "graded" && result.completedNow);
  return (
    <div className="learning">
      <nav aria-label={t("training.module.breadcrumb")} className="learning-breadcrumb">
        <Link to="/formazione">{t("training.catalogue.title")}</Link> <span aria-hidden="true">›</span> <Link to={base}>{course.title}</Link>
      </nav>
      <article className="learning-article" aria-labelledby="module-title">
        <h1 id="module-title">{version.title}</h1>
        <p className="learning-meta">
          {view.module.draft ? <span className="tag tag-warn">{t("training.course.draft")}</span> : null}
          {view.position.total > 0 && view.position.index > 0 ? (
            <span className="tag tag-neutral">{t("training.module.position", { index: view.position.index, total: view.position.total })}</span>
          ) : null}
          <span className="tag tag-neutral">{t("training.module.estimated", { minutes: version.minutes })}</span>
        </p>
        {view.module.draft ? <Alert>{t("training.module.draft")}</Alert> : null}
        {completedNow ? (
          <Alert tone="success">
            <p>{t("training.module.courseCompleted")}</p>
            {status.certificateId ? (
              <p>
                <CertificateLink id={status.certificateId} />
              </p>
            ) : null}
          </Alert>
        ) : stato === "letto" && progress.readAt ? (
          <Alert tone="success">{t("training.module.markedRead")}</Alert>
        ) : null}
        {/* Cached output of renderMarkdown for the published version (sanitised on the server). */}
        <div className="prose learning-body" dangerouslySetInnerHTML={{ __html: version.bodyHtml }} />
      </article>

      {learner && !view.module.draft ? (
        <section className="card learning-summary" aria-labelledby="module-progress-title">
          <h2 id="module-progress-title">{t("training.module.yourProgress")}</h2>
          {progress.readAt ? (
            <p>{t("training.module.readOn", { date: format.date(progress.readAt) })}</p>
          ) : (
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="read" />
              {!status.enrolledAt ? <p className="muted">{t("training.module.implicitEnrol")}</p> : null}
              <button type="submit" className="button">
                {t("training.module.markRead")}
              </button>
            </Form>
          )}
          {progress.readAt && version.quiz && !progress.quizPassedAt ? <p>{t("training.module.stillToDo")}</p> : null}
          {status.enrolledAt ? <ProgressBar id="module-course-progress" done={view.doneCount} total={view.position.total} /> : null}
        </section>
      ) : !learner ? (
        <Alert>{t("training.module.browseOnly")}</Alert>
      ) : null}

      {version.quiz && learner && !view.module.draft ? (
        <section className="card quiz" aria-labelledby="quiz-title" id="quiz">
          <h2 id="quiz-title">{t("training.quiz.title")}</h2>
          <p>{t("training.quiz.intro", { passMark: version.quiz.passMark })}</p>
          {progress.quizPassedAt ? <p className="muted">{t("training.quiz.passedOn", { date: format.date(progress.quizPassedAt) })}</p> : null}
          {result?.kind === "graded" ? (
            <QuizResult grade={result.grade} />
          ) : (
            <>
              {result?.kind === "changed" ? <QuizChangedNotice /> : null}
              <QuizForm
                quiz={version.quiz}
                versionId={version.id}
                errors={result?.kind === "invalid" ? result.errors : null}
                answers={result?.kind === "invalid" ? result.answers : null}
              />
            </>
          )}
        </section>
      ) : null}

      <nav className="learning-pager" aria-label={t("training.module.pagination")}>
        {view.previous ? (
          <Link rel="prev" to={`${base}/${view.previous.slug}`}>
            {t("training.module.previous", { title: view.previous.title })}
          </Link>
        ) : (
          <span />
        )}
        <Link to={base}>{t("training.module.backToCourse")}</Link>
        {view.next ? (
          <Link rel="next" to={`${base}/${view.next.slug}`}>
            {t("training.module.next", { title: view.next.title })}
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </div>
  );
}
