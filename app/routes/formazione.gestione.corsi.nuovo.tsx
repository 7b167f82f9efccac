// /formazione/gestione/corsi/nuovo — a new course (trainers and admins).
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { newCourseSchema } from "~/modules/training/authoring-schema";
import { createCourse, otherCourses, requireAuthoring } from "~/modules/training/authoring.server";
import { CourseForm } from "~/modules/training/components/authoring/CourseForm";
import { keptValues, parseForm, type FieldErrors } from "~/utils/forms";
import { titled } from "~/utils/meta";

export const meta = titled("authoring.course.newTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAuthoring(request);
  return { renewsOptions: await otherCourses(null) };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireAuthoring(request);
  const form = await request.formData();
  const parsed = parseForm(newCourseSchema, form);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const result = await createCourse(actor, parsed.data);
  if (!result.ok) return data({ errors: { [result.field]: result.message } as FieldErrors, values: keptValues(form) }, { status: 409 });
  return redirect(`/formazione/gestione/corsi/${result.slug}?esito=creato`);
}

export default function NewCourse() {
  const t = useT();
  const { renewsOptions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div>
      <p>
        <Link to="/formazione/gestione">{t("authoring.back")}</Link>
      </p>
      <h1>{t("authoring.course.newTitle")}</h1>
      <CourseForm
        mode="new"
        values={result?.values ?? { audience: "all", status: "draft", hours: "1" }}
        errors={result?.errors ?? {}}
        renewsOptions={renewsOptions}
      />
    </div>
  );
}
