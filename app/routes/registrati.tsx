// /registrati — a candidate guardian creates an account and gets a confirmation link by e-mail.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { Field, SelectField } from "~/components/ui/Field";
import type { MessageKey } from "~/i18n";
import { requestLocale } from "~/i18n/locale.server";
import { useT } from "~/i18n/react";
import { register } from "~/modules/auth/accounts.server";
import { registerSchema } from "~/modules/auth/schema";
import { getCurrentUser } from "~/modules/auth/user.server";
import { keptValues, parseForm } from "~/utils/forms";
import { titled } from "~/utils/meta";

export const meta = titled("auth.register.title");

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getCurrentUser(request)) throw redirect("/");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const parsed = parseForm(registerSchema, formData);
  if (!parsed.ok) return data({ done: false as const, errors: parsed.errors, values: parsed.values }, { status: 400 });
  const locale = requestLocale(request, null);
  const result = await register({ ...parsed.data, locale });
  if (!result.ok) {
    const errors: Record<string, MessageKey> = { [result.field]: result.error };
    return data({ done: false as const, errors, values: keptValues(formData) }, { status: 409 });
  }
  return data({ done: true as const, email: parsed.data.email, errors: {}, values: {} });
}

export default function Register() {
  const t = useT();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  if (result?.done) {
    return (
      <div className="narrow">
        <h1>{t("auth.register.done.title")}</h1>
        <Alert tone="success">{t("auth.register.done.body", { email: result.email })}</Alert>
      </div>
    );
  }
  const errors: Record<string, MessageKey | undefined> = result?.errors ?? {};
  const values: Record<string, string> = result?.values ?? {};
  return (
    <div className="narrow">
      <h1>{t("auth.register.title")}</h1>
      <p>{t("auth.register.intro")}</p>
      <ErrorSummary
        errors={errors}
        labels={{
          name: t("auth.register.name"),
          email: t("auth.register.email"),
          password: t("auth.register.password"),
          district: t("auth.register.district"),
          privacy: t("auth.register.privacy"),
        }}
      />
      <div className="card">
        <Form method="post" noValidate>
          <Field name="name" label={t("auth.register.name")} autoComplete="name" required defaultValue={values.name} error={errors.name} />
          <Field
            name="email"
            type="email"
            label={t("auth.register.email")}
            autoComplete="email"
            required
            defaultValue={values.email}
            error={errors.email}
          />
          <Field
            name="password"
            type="password"
            label={t("auth.register.password")}
            hint={t("auth.register.passwordHint")}
            autoComplete="new-password"
            required
            error={errors.password}
          />
          <SelectField
            name="district"
            label={t("auth.register.district")}
            hint={t("auth.register.districtHint")}
            required
            defaultValue={values.district ?? ""}
            error={errors.district}
            options={[
              { value: "", label: t("auth.register.districtChoose") },
              { value: "MI", label: t("district.MI") },
              { value: "BS", label: t("district.BS") },
            ]}
          />
          <div className={`field${errors.privacy ? " field-invalid" : ""}`}>
            {errors.privacy ? (
              <p className="field-error" id="field-privacy-error">
                {t(errors.privacy)}
              </p>
            ) : null}
            <p>
              <Link to="/privacy" target="_blank" rel="noopener">
                {t("auth.register.privacyLink")}
              </Link>
            </p>
            <div className="checkbox">
              <input
                type="checkbox"
                id="field-privacy"
                name="privacy"
                defaultChecked={values.privacy === "on"}
                aria-invalid={errors.privacy ? true : undefined}
                aria-describedby={errors.privacy ? "field-privacy-error" : undefined}
              />
              <label htmlFor="field-privacy">{t("auth.register.privacy")}</label>
            </div>
          </div>
          <div className="actions">
            <button type="submit" className="button" disabled={busy}>
              {t("auth.register.submit")}
            </button>
          </div>
        </Form>
      </div>
    </div>
  );
}
