// /formazione/gestione/corsi/:corso — edit a course and order, archive or add its modules.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { useT } from "~/i18n/react";
import { COURSE_OUTCOMES as OUTCOMES } from "~/modules/training/authoring-fields";
import { courseFieldsSchema, courseIntentSchema } from "~/modules/training/authoring-schema.server";
import { courseOutcomeSchema as outcomeSchema } from "~/modules/training/route-params.server";
import {
  courseModules,
  moveModule,
  otherCourses,
  requireAuthoring,
  requireCourse,
  setModuleArchived,
  updateCourse,
} from "~/modules/training/authoring.server";
import { CourseForm } from "~/modules/training/components/authoring/CourseForm";
import { ModuleTable } from "~/modules/training/components/authoring/ModuleTable";
import { keptValues, parseForm, type FieldErrors } from "~/utils/forms";
import { httpError } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "authoring.course.editTitle", undefined, data?.course.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAuthoring(request);
  const course = await requireCourse(params.corso);
  const outcome = outcomeSchema.safeParse(new URL(request.url).searchParams.get("esito"));
  const [modules, renewsOptions] = await Promise.all([courseModules(course.id), otherCourses(course.id)]);
  return { course, modules, renewsOptions, outcome: outcome.success ? outcome.data : null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireAuthoring(request);
  const course = await requireCourse(params.corso);
  const form = await request.formData();
  const intent = courseIntentSchema.safeParse(form.get("intent"));
  if (!intent.success) httpError(400);
  const here = `/formazione/gestione/corsi/${course.slug}`;
  if (intent.data === "save") {
    const parsed = parseForm(courseFieldsSchema, form);
    if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
    const result = await updateCourse(actor, course.id, course.slug, parsed.data);
    if (!result.ok) return data({ errors: { [result.field]: result.message } as FieldErrors, values: keptValues(form) }, { status: 400 });
    return redirect(`${here}?esito=salvato`);
  }
  const [verb, moduleId] = intent.data!.split(":") as ["up" | "down" | "archive" | "unarchive", string];
  const done =
    verb === "up" || verb === "down"
      ? await moveModule(actor, course.id, moduleId, verb)
      : await setModuleArchived(actor, course.id, moduleId, verb === "archive");
  const outcome = !done ? "invariato" : verb === "archive" ? "archiviato" : verb === "unarchive" ? "riattivato" : "spostato";
  return redirect(`${here}?esito=${outcome}#moduli`);
}

export default function EditCourse() {
  const t = useT();
  const { course, modules, renewsOptions, outcome } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const values: Record<string, string> = result?.values ?? {
    title: course.title,
    summary: course.summary,
    bodyMd: course.bodyMd,
    audience: course.audience,
    mandatory: course.mandatory ? "on" : "",
    hours: String(course.hours).replace(".", ","),
    validityMonths: course.validityMonths === null ? "" : String(course.validityMonths),
    renewsCourseId: course.renewsCourseId ?? "",
    status: course.status,
  };
  return (
    <div>
      <p>
        <Link to="/formazione/gestione">{t("authoring.back")}</Link>
      </p>
      <h1>
        {course.title} <span className={`tag${course.status === "draft" ? " tag-warn" : ""}`}>{t(`authoring.status.${course.status}`)}</span>
      </h1>
      {outcome && !result ? <Alert tone="success">{t(OUTCOMES[outcome])}</Alert> : null}
      <section aria-labelledby="moduli" className="card">
        <div className="authoring-head">
          <h2 id="moduli">{t("authoring.modules.title")}</h2>
          <Link to={`/formazione/gestione/corsi/${course.slug}/moduli/nuovo`} className="button">
            {t("authoring.modules.new")}
          </Link>
        </div>
        <ModuleTable modules={modules} />
      </section>
      <section aria-labelledby="course-form-title">
        <h2 id="course-form-title">{t("authoring.course.editTitle")}</h2>
        <CourseForm mode="edit" slug={course.slug} values={values} errors={result?.errors ?? {}} renewsOptions={renewsOptions} />
      </section>
    </div>
  );
}
