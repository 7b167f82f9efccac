// /tutele/:codice/modifica — a coordinator of the minor's district corrects its record. Anyone who
// may not see the record gets 404, as on the record itself. The active guardian, who does see the
// record, gets 403: they know the minor exists, and corrections are the coordinators' job.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import type { CurrentUser } from "~/modules/auth/user.server";
import { MinorForm } from "~/modules/guardianship/components/desk/MinorForm";
import { districtProvinces, formValues, minorFormValues } from "~/modules/guardianship/desk.server";
import { readMinor, romeToday, updateMinor } from "~/modules/guardianship/minors.server";
import { minorSchema } from "~/modules/guardianship/schema";
import { parseForm } from "~/utils/forms";
import { forbidden, notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

// The code stays out of the title (browser history, shared screens).
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "tuteladesk.edit.metaTitle");

/**
 * The record for a coordinator of its district. Showing the form shows the record, so the page's
 * GET is written to the audit log like a read of the record; the POST is audited by updateMinor.
 */
async function requireEditable(user: CurrentUser, code: string | undefined, audit: boolean) {
  const found = code ? await readMinor(user, code, { audit }) : null;
  if (!found) return notFound();
  if (found.viewer !== "coordinator") return forbidden();
  return found.minor;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const minor = await requireEditable(user, params.codice, true);
  return { code: minor.code, values: minorFormValues(minor), provinces: await districtProvinces(minor.districtCode) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const minor = await requireEditable(user, params.codice, false);
  const form = await request.formData();
  const parsed = parseForm(minorSchema(romeToday(new Date())), form);
  if (!parsed.ok) return data({ errors: parsed.errors, values: formValues(form) }, { status: 400 });
  const updated = await updateMinor(user, minor.id, parsed.data);
  if (!updated.ok) return data({ errors: { [updated.error.field]: updated.error.error }, values: formValues(form) }, { status: 400 });
  return redirect(`/tutele/${minor.code}`);
}

export default function EditMinor() {
  const t = useT();
  const { code, values, provinces } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const record = `/tutele/${code}`;
  return (
    <div className="minors-desk">
      <p className="breadcrumb">
        <Link to={record}>{t("tuteladesk.edit.back")}</Link>
      </p>
      <h1>{t("tuteladesk.edit.title", { code })}</h1>
      <p className="prose lead">{t("tuteladesk.edit.intro")}</p>
      <MinorForm
        action={`${record}/modifica`}
        values={result?.values ?? values}
        errors={result?.errors ?? {}}
        provinces={provinces}
        submitLabel={t("tuteladesk.edit.submit")}
        cancel={{ href: record, label: t("form.cancel") }}
      />
    </div>
  );
}
