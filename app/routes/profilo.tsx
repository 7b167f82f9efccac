// /profilo — the user's own details, roles, language, spoken languages and password.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { Field, SelectField } from "~/components/ui/Field";
import type { MessageKey } from "~/i18n";
import { localeCookie } from "~/i18n/locale.server";
import { useFormat, useT } from "~/i18n/react";
import { SPOKEN_LANGUAGES } from "~/i18n/spoken-languages";
import { changePassword, getProfile, pledgeAcceptedAt, updateProfile } from "~/modules/auth/accounts.server";
import { PLEDGE_VERSION } from "~/modules/auth/pledge";
import { requireUser } from "~/modules/auth/policy.server";
import { changePasswordSchema, profileSchema } from "~/modules/auth/schema";
import { parseForm } from "~/utils/forms";
import { notFound } from "~/utils/http.server";
import { titled } from "~/utils/meta";

export const meta = titled("auth.profile.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const profile = (await getProfile(user.id)) ?? notFound();
  const acceptedAt = await pledgeAcceptedAt(user.id);
  return { profile, roles: user.roles, pledge: { version: PLEDGE_VERSION, acceptedAt: acceptedAt?.toISOString() ?? null } };
}

type Result = {
  form: "profile" | "password";
  errors: Record<string, MessageKey>;
  values: Record<string, string>;
  spoken?: string[];
};

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  if (formData.get("intent") === "password") {
    const parsed = parseForm(changePasswordSchema, formData);
    if (!parsed.ok) return data<Result>({ form: "password", errors: parsed.errors as Record<string, MessageKey>, values: {} }, { status: 400 });
    const result = await changePassword(user.id, parsed.data.current, parsed.data.password, user.sessionId);
    if (!result.ok) return data<Result>({ form: "password", errors: { current: "auth.profile.currentWrong" }, values: {} }, { status: 400 });
    return redirect("/profilo?salvato=password");
  }
  const parsed = parseForm(profileSchema, formData);
  if (!parsed.ok) {
    const spoken = formData.getAll("spokenLanguages").map(String);
    return data<Result>({ form: "profile", errors: parsed.errors as Record<string, MessageKey>, values: parsed.values, spoken }, { status: 400 });
  }
  await updateProfile(user.id, parsed.data);
  return redirect("/profilo?salvato=profilo", { headers: { "Set-Cookie": localeCookie(parsed.data.locale) } });
}

export default function Profile() {
  const t = useT();
  const format = useFormat();
  const { profile, roles, pledge } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const saved = params.get("salvato");
  const pErrors = result?.form === "profile" ? result.errors : {};
  const values = result?.form === "profile" ? result.values : null;
  const pwErrors = result?.form === "password" ? result.errors : {};
  const spoken: string[] = result?.form === "profile" ? (result.spoken ?? []) : profile.spokenLanguages;
  return (
    <div>
      <h1>{t("auth.profile.title")}</h1>
      {saved === "profilo" && !result ? <Alert tone="success">{t("auth.profile.saved")}</Alert> : null}
      {saved === "password" && !result ? <Alert tone="success">{t("auth.profile.passwordSaved")}</Alert> : null}

      <section className="card" aria-labelledby="roles-title">
        <h2 id="roles-title">{t("auth.profile.roles")}</h2>
        <ul>
          {roles.map((r) => (
            <li key={`${r.role}-${r.districtCode}`}>
              {r.districtCode
                ? t("auth.profile.roleIn", { role: t(`role.${r.role}`), district: t(`district.${r.districtCode}`) })
                : t(`role.${r.role}`)}
            </li>
          ))}
        </ul>
        {pledge.acceptedAt ? (
          <p className="muted">{t("auth.profile.pledge", { version: pledge.version, date: format.date(pledge.acceptedAt) })}</p>
        ) : null}
      </section>

      <section className="card" aria-labelledby="details-title">
        <h2 id="details-title">{t("auth.profile.details")}</h2>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="profile" />
          <p>
            <strong>{t("auth.profile.email")}:</strong> {profile.email}
          </p>
          <Field name="name" label={t("auth.profile.name")} required autoComplete="name" defaultValue={values?.name ?? profile.name} error={pErrors.name} />
          <SelectField
            name="locale"
            label={t("auth.profile.locale")}
            defaultValue={values?.locale ?? profile.locale}
            error={pErrors.locale}
            options={[
              { value: "it", label: t("lang.it") },
              { value: "en", label: t("lang.en") },
            ]}
          />
          <Field
            name="phone"
            type="tel"
            label={t("auth.profile.phone")}
            hint={t("auth.profile.phoneHint")}
            autoComplete="tel"
            defaultValue={values?.phone ?? profile.phone ?? ""}
            error={pErrors.phone}
          />
          <fieldset className="fieldset">
            <legend>{t("auth.profile.languages")}</legend>
            <div className="checkbox-grid">
              {SPOKEN_LANGUAGES.map((code) => (
                <div className="checkbox" key={code}>
                  <input type="checkbox" id={`lang-${code}`} name="spokenLanguages" value={code} defaultChecked={spoken.includes(code)} />
                  <label htmlFor={`lang-${code}`}>{t(`lang.spoken.${code}`)}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <div className="actions">
            <button type="submit" className="button">
              {t("form.save")}
            </button>
          </div>
        </Form>
      </section>

      <section className="card" aria-labelledby="password-title">
        <h2 id="password-title">{t("auth.profile.password")}</h2>
        <p>{t("auth.profile.passwordIntro")}</p>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="password" />
          <Field name="current" type="password" label={t("auth.profile.current")} required autoComplete="current-password" error={pwErrors.current} />
          <Field
            name="password"
            type="password"
            label={t("auth.profile.newPassword")}
            hint={t("auth.register.passwordHint")}
            required
            autoComplete="new-password"
            error={pwErrors.password}
          />
          <Field name="confirm" type="password" label={t("auth.profile.confirm")} required autoComplete="new-password" error={pwErrors.confirm} />
          <div className="actions">
            <button type="submit" className="button">
              {t("auth.profile.passwordSubmit")}
            </button>
          </div>
        </Form>
      </section>
    </div>
  );
}
