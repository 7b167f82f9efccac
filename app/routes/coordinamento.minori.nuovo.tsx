// /coordinamento/minori/nuovo?distretto — a coordinator registers a minor of the district; the
// portal gives the code and the browser goes to the new minor's record (/tutele/<code>).
import { requireDistrictDesk } from "~/modules/guardianship/district-desk.server";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { MinorForm } from "~/modules/guardianship/components/desk/MinorForm";
import { districtProvinces, formValues } from "~/modules/guardianship/desk.server";
import { createMinor, romeToday } from "~/modules/guardianship/minors.server";
import { minorSchema } from "~/modules/guardianship/schema";
import { parseForm } from "~/utils/forms";
import { titled } from "~/utils/meta";

export const meta = titled("tuteladesk.new.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { district } = await requireDistrictDesk(request);
  return { district, provinces: await districtProvinces(district) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, district } = await requireDistrictDesk(request);
  const form = await request.formData();
  const parsed = parseForm(minorSchema(romeToday(new Date())), form);
  if (!parsed.ok) return data({ errors: parsed.errors, values: formValues(form) }, { status: 400 });
  const created = await createMinor(user, district, parsed.data);
  if (!created.ok) return data({ errors: { [created.error.field]: created.error.error }, values: formValues(form) }, { status: 400 });
  return redirect(`/tutele/${created.code}`);
}

export default function NewMinor() {
  const t = useT();
  const { district, provinces } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const list = `/coordinamento/minori?distretto=${district}`;
  return (
    <div className="minors-desk">
      <p className="breadcrumb">
        <Link to={list}>{t("tuteladesk.list.heading", { district: t(`district.${district}`) })}</Link>
      </p>
      <h1>{t("tuteladesk.new.title")}</h1>
      <p className="prose lead">{t("tuteladesk.new.intro")}</p>
      <MinorForm
        action={`/coordinamento/minori/nuovo?distretto=${district}`}
        values={result?.values ?? {}}
        errors={result?.errors ?? {}}
        provinces={provinces}
        submitLabel={t("tuteladesk.new.submit")}
        cancel={{ href: list, label: t("tuteladesk.new.cancel") }}
      />
    </div>
  );
}
