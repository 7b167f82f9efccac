// /formazione/gestione/corsi/:corso/moduli/nuovo — a new module at the end of a course: saved as
// a draft, published at once, or only previewed.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { moduleFieldsSchema, moduleIntentSchema } from "~/modules/training/authoring-schema";
import { createModule, requireAuthoring, requireCourse } from "~/modules/training/authoring.server";
import { ModuleForm } from "~/modules/training/components/authoring/ModuleForm";
import { keptValues, parseForm } from "~/utils/forms";
import { httpError } from "~/utils/http.server";
import { renderMarkdown } from "~/utils/markdown.server";
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
  const intent = moduleIntentSchema.safeParse(form.get("intent"));
  if (!intent.success) httpError(400);
  if (intent.data === "preview") {
    return data({ errors: {}, values: keptValues(form), preview: renderMarkdown(String(form.get("bodyMd") ?? "")) });
  }
  const parsed = parseForm(moduleFieldsSchema, form);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values, preview: null }, { status: 400 });
  const publish = intent.data === "publish";
  const created = await createModule(actor, course.id, parsed.data, publish);
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
