// /accedi — log in (fields email, password); also re-sends the e-mail confirmation link.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { Field } from "~/components/ui/Field";
import { isLocale, type MessageKey } from "~/i18n";
import { LOCALE_COOKIE } from "~/i18n/locale.server";
import { useT } from "~/i18n/react";
import { login, resendVerification, setLocale } from "~/modules/auth/accounts.server";
import { forgotSchema, loginSchema } from "~/modules/auth/schema";
import { readCookie, sessionCookie } from "~/modules/auth/session.server";
import { getCurrentUser } from "~/modules/auth/user.server";
import { parseForm } from "~/utils/forms";
import { safeRedirectPath } from "~/utils/http.server";
import { titled } from "~/utils/meta";

export const meta = titled("auth.login.title");

const NOTICES: Record<string, MessageKey> = {
  verificata: "auth.login.verified",
  password: "auth.login.passwordChanged",
  uscito: "auth.logout.done",
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getCurrentUser(request);
  const url = new URL(request.url);
  if (user) throw redirect(safeRedirectPath(url.searchParams.get("redirectTo")));
  const notice = NOTICES[url.searchParams.get("stato") ?? ""] ?? null;
  return { notice };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  if (formData.get("intent") === "resend") {
    const parsed = parseForm(forgotSchema, formData);
    if (parsed.ok) await resendVerification(parsed.data.email);
    return data({ status: "resent" as const, errors: {}, values: { email: String(formData.get("email") ?? "") } });
  }
  const parsed = parseForm(loginSchema, formData);
  if (!parsed.ok) return data({ status: "invalid" as const, errors: parsed.errors, values: parsed.values }, { status: 400 });
  const result = await login(parsed.data.email, parsed.data.password, context.clientIp);
  const values = { email: parsed.data.email, redirectTo: parsed.data.redirectTo ?? "" };
  if (result.ok) {
    // A language chosen on this device before logging in is the user's latest choice.
    const chosen = readCookie(request, LOCALE_COOKIE);
    if (isLocale(chosen) && chosen !== result.locale) await setLocale(result.userId, chosen);
    const target = safeRedirectPath(parsed.data.redirectTo);
    const next = result.pledgeAccepted ? target : `/impegno?redirectTo=${encodeURIComponent(target)}`;
    return redirect(next, { headers: { "Set-Cookie": sessionCookie(result.token, result.expiresAt) } });
  }
  if (result.reason === "throttled") {
    return data({ status: "throttled" as const, minutes: result.minutes, errors: {}, values }, { status: 429 });
  }
  if (result.reason === "unverified") {
    return data({ status: "unverified" as const, errors: {}, values }, { status: 403 });
  }
  return data({ status: "failed" as const, errors: {}, values }, { status: 401 });
}

export default function Login() {
  const { notice } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const errors: Record<string, MessageKey | undefined> = result?.errors ?? {};
  const values: Record<string, string> = result?.values ?? {};
  const redirectTo = values.redirectTo ?? params.get("redirectTo") ?? "";
  return (
    <div className="narrow">
      <h1>{t("auth.login.title")}</h1>
      {notice && !result ? <Alert tone="success">{t(notice)}</Alert> : null}
      {result?.status === "failed" ? <Alert tone="error">{t("auth.login.invalid")}</Alert> : null}
      {result?.status === "throttled" ? (
        <Alert tone="error">{t("auth.login.throttled", { minutes: "minutes" in result ? result.minutes : 15 })}</Alert>
      ) : null}
      {result?.status === "resent" ? <Alert tone="success">{t("auth.login.resent")}</Alert> : null}
      {result?.status === "unverified" ? (
        <Alert tone="error">
          <p>{t("auth.login.unverified")}</p>
          <Form method="post">
            <input type="hidden" name="intent" value="resend" />
            <input type="hidden" name="email" value={values.email} />
            <button type="submit" className="button button-secondary button-small">
              {t("auth.login.resend")}
            </button>
          </Form>
        </Alert>
      ) : null}
      <div className="card">
        <p>{t("auth.login.intro")}</p>
        <Form method="post" noValidate>
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <Field
            name="email"
            type="email"
            label={t("auth.login.email")}
            autoComplete="email"
            required
            defaultValue={values.email}
            error={errors.email}
          />
          <Field
            name="password"
            type="password"
            label={t("auth.login.password")}
            autoComplete="current-password"
            required
            error={errors.password}
          />
          <div className="actions">
            <button type="submit" className="button" disabled={busy}>
              {t("auth.login.submit")}
            </button>
            <Link to="/password-dimenticata">{t("auth.login.forgot")}</Link>
          </div>
        </Form>
      </div>
      <p>
        <Link to="/registrati">{t("auth.login.noAccount")}</Link>
      </p>
    </div>
  );
}
