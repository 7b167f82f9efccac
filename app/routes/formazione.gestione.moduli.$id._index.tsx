// /formazione/gestione/moduli/:id — the module editor: save a draft (a new version learners do
// not see yet), publish, preview; links to the quiz and to the version history.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { useT } from "~/i18n/react";
import { requireAuthoring, requireModule, saveModule } from "~/modules/training/authoring.server";
import { openConflictModules } from "~/modules/training/conflicts.server";
import { readModuleSubmission } from "~/modules/training/authoring-forms.server";
import { ModuleForm } from "~/modules/training/components/authoring/ModuleForm";
import { moduleOutcomeSchema as outcomeSchema } from "~/modules/training/route-params.server";
import { httpError, notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "authoring.module.editTitle", undefined, data?.latest.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAuthoring(request);
  const { module, course, latest, published } = await requireModule(params.id);
  if (!latest) notFound();
  const url = new URL(request.url);
  const outcome = outcomeSchema.safeParse(Object.fromEntries(url.searchParams));
  const conflicts = await openConflictModules([module.id]);
  return {
    module: { id: module.id, slug: module.slug, archived: module.archivedAt !== null, filePath: module.filePath },
    course,
    latest: { id: latest!.id, number: latest!.number, title: latest!.title, summary: latest!.summary, minutes: latest!.minutes, bodyMd: latest!.bodyMd, quiz: latest!.quiz },
    published: published ? { number: published.number } : null,
    conflict: conflicts.has(module.id),
    outcome: outcome.success ? outcome.data : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireAuthoring(request);
  const { module } = await requireModule(params.id);
  const form = await request.formData();
  const submission = readModuleSubmission(form);
  if (submission.kind !== "save") return submission.response;
  const { fields, publish } = submission;
  const saved = await saveModule(actor, module.id, fields, publish);
  if (!saved) notFound();
  const esito = publish ? "pubblicato" : saved!.changed ? "salvato" : "invariato";
  return redirect(`/formazione/gestione/moduli/${module.id}?esito=${esito}&numero=${saved!.number}`);
}

export default function EditModule() {
  const t = useT();
  const { module, course, latest, published, conflict, outcome } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const values = result?.values ?? { title: latest.title, summary: latest.summary, minutes: String(latest.minutes), bodyMd: latest.bodyMd };
  const number = outcome?.numero ?? latest.number;
  return (
    <div>
      <p>
        <Link to={`/formazione/gestione/corsi/${course.slug}`}>{t("authoring.backToCourse", { course: course.title })}</Link>
      </p>
      <h1>{latest.title}</h1>
      {outcome && !result ? (
        <Alert tone="success">
          {outcome.esito === "pubblicato"
            ? t("authoring.module.publishedDone", { number })
            : outcome.esito === "salvato"
              ? t("authoring.module.saved", { number })
              : t("authoring.module.unchanged")}
        </Alert>
      ) : null}
      {module.archived ? <Alert>{t("authoring.module.archivedNotice")}</Alert> : null}
      {conflict ? (
        <Alert tone="error">
          {t("authoring.module.conflictNotice")} <Link to="/formazione/gestione/conflitti">{t("authoring.conflicts.link")}</Link>
        </Alert>
      ) : null}
      <div className="authoring-module-meta card">
        <p>
          {t("authoring.module.state", {
            latest: latest.number,
            published: published ? published.number : t("authoring.module.stateNever"),
          })}{" "}
          {published && published.number !== latest.number ? <strong>{t("authoring.module.draftPending")}</strong> : null}
        </p>
        <p>
          {latest.quiz && latest.quiz.questions.length > 0
            ? t("authoring.module.quizSummary", { count: latest.quiz.questions.length, passMark: latest.quiz.passMark })
            : t("authoring.module.noQuiz")}
        </p>
        <ul className="authoring-links">
          <li>
            <Link to={`/formazione/gestione/moduli/${module.id}/quiz`}>{t("authoring.module.quiz")}</Link>
          </li>
          <li>
            <Link to={`/formazione/gestione/moduli/${module.id}/versioni`}>{t("authoring.module.history")}</Link>
          </li>
        </ul>
        {module.filePath ? <p className="muted">{t("authoring.module.fileSource", { path: module.filePath })}</p> : null}
      </div>
      <ModuleForm editorKey={`${module.id}:${latest.id}`} values={values} errors={result?.errors ?? {}} preview={result?.preview ?? null} />
    </div>
  );
}
