// /formazione/gestione/moduli/:id/quiz — the module's quiz editor. Structural buttons send the
// draft back changed (nothing saved); "save" validates and stores the quiz as a new version.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { useT } from "~/i18n/react";
import { applyQuizIntent, quizToDraft, readQuizDraft, validateQuiz, type QuizErrors } from "~/modules/training/authoring-fields";
import { quizIntentSchema } from "~/modules/training/authoring-schema.server";
import { quizOutcomeSchema as outcomeSchema } from "~/modules/training/route-params.server";
import { requireAuthoring, requireModule, saveQuiz } from "~/modules/training/authoring.server";
import { QuizForm } from "~/modules/training/components/authoring/QuizForm";
import { httpError, notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "authoring.quiz.title", { module: data?.title ?? "" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAuthoring(request);
  const { module, latest } = await requireModule(params.id);
  if (!latest) notFound();
  const outcome = outcomeSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  return {
    moduleId: module.id,
    title: latest!.title,
    versionId: latest!.id,
    draft: quizToDraft(latest!.quiz),
    outcome: outcome.success ? outcome.data : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireAuthoring(request);
  const { module } = await requireModule(params.id);
  const form = await request.formData();
  const intent = quizIntentSchema.safeParse(form.get("intent"));
  if (!intent.success) httpError(400);
  const draft = readQuizDraft(form);
  const formKey = crypto.randomUUID();
  if (intent.data !== "save") {
    return data({ draft: applyQuizIntent(draft, intent.data!), errors: {} as QuizErrors, unsaved: true, formKey });
  }
  const valid = validateQuiz(draft);
  if (!valid.ok) return data({ draft, errors: valid.errors, unsaved: true, formKey }, { status: 400 });
  const saved = await saveQuiz(actor, module.id, valid.quiz);
  if (!saved) notFound();
  return redirect(`/formazione/gestione/moduli/${module.id}/quiz?esito=${saved!.changed ? "salvato" : "invariato"}&numero=${saved!.number}`);
}

export default function QuizEditor() {
  const t = useT();
  const { moduleId, title, versionId, draft, outcome } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div>
      <p>
        <Link to={`/formazione/gestione/moduli/${moduleId}`}>{t("authoring.backToModule")}</Link>
      </p>
      <h1>{t("authoring.quiz.title", { module: title })}</h1>
      <p className="lead">{t("authoring.quiz.intro")}</p>
      {outcome && !result ? (
        <Alert tone="success">
          {outcome.esito === "salvato" ? t("authoring.quiz.saved", { number: outcome.numero }) : t("authoring.quiz.unchanged")}
        </Alert>
      ) : null}
      {result?.unsaved && Object.keys(result.errors).length === 0 ? <Alert>{t("authoring.quiz.unsaved")}</Alert> : null}
      <QuizForm draft={result?.draft ?? draft} errors={result?.errors ?? {}} formKey={result?.formKey ?? versionId} />
    </div>
  );
}
