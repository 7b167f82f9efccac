// /formazione/gestione/corsi/:corso/moduli/nuovo — a new module at the end of a course: saved as
// a draft, published at once, or only previewed.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { createModule, requireAuthoring, requireCourse } from "~/modules/training/authoring.server";
import { readModuleSubmission } from "~/modules/training/authoring-forms.server";
import { ModuleForm } from "~/modules/training/components/authoring/ModuleForm";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "authoring.module.newTitle", undefined, data?.course.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAuthoring(request);
  const course = await requireCourse(params.corso);
  return { course: { slug: course.slug, title: course.title } };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireAuthoring(request);
  const course = await requireCourse(params.corso);
  const form = await request.formData();
  const submission = readModuleSubmission(form);
  if (submission.kind !== "save") return submission.response;
  const { fields, publish } = submission;
  const created = await createModule(actor, course.id, fields, publish);
  return redirect(`/formazione/gestione/moduli/${created.id}?esito=${publish ? "pubblicato" : "salvato"}&numero=${created.version.number}`);
}

export default function NewModule() {
  const t = useT();
  const { course } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div>
      <p>
        <Link to={`/formazione/gestione/corsi/${course.slug}`}>{t("authoring.backToCourse", { course: course.title })}</Link>
      </p>
      <h1>{t("authoring.module.newTitle")}</h1>
      <p className="muted">{t("authoring.module.inCourse", { course: course.title })}</p>
      <ModuleForm editorKey="new" values={result?.values ?? { minutes: "20" }} errors={result?.errors ?? {}} preview={result?.preview ?? null} />
    </div>
  );
}
