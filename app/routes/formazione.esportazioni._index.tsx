// /formazione/esportazioni — coordinators (their district) and admins choose an export; a valid
// choice is redirected to the download (formazione.esportazioni.scarica.ts), which logs it.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { ExportForm } from "~/modules/training/components/record/ExportForm";
import { checkExport, defaultPeriod, downloadHref, exportableCourses, exportDistricts, exportFormSchema } from "~/modules/training/exports.server";
import { keptValues, parseForm } from "~/utils/forms";
import { forbidden } from "~/utils/http.server";
import { titled } from "~/utils/meta";

export const meta = titled("exports.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const districts = exportDistricts(user);
  if (districts.length === 0) forbidden();
  return { districts, courses: await exportableCourses(), defaults: defaultPeriod() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const districts = exportDistricts(user);
  if (districts.length === 0) forbidden();
  const formData = await request.formData();
  const parsed = parseForm(exportFormSchema, formData);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  if (!districts.includes(parsed.data.distretto)) forbidden();
  const problem = await checkExport(parsed.data);
  if (problem) return data({ errors: problem, values: keptValues(formData) }, { status: 400 });
  return redirect(downloadHref(parsed.data), 303);
}

export default function Exports() {
  const t = useT();
  const { districts, courses, defaults } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div>
      <h1>{t("exports.title")}</h1>
      <p className="lead prose">{t("exports.intro")}</p>
      <ExportForm districts={districts} courses={courses} values={result?.values ?? defaults} errors={result?.errors ?? {}} />
      <p className="muted prose">{t("exports.auditNote")}</p>
    </div>
  );
}
