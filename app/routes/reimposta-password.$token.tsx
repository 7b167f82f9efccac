// /reimposta-password/:token — sets a new password from a single-use link valid for one hour.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { Field } from "~/components/ui/Field";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { checkToken, resetPassword } from "~/modules/auth/accounts.server";
import { resetSchema } from "~/modules/auth/schema";
import { blankSessionCookie } from "~/modules/auth/session.server";
import { linkTokenParams as params } from "~/utils/account-pages.server";
import { parseForm } from "~/utils/forms";
import { titled } from "~/utils/meta";

export const meta = titled("auth.reset.title");

const reasonKey = { invalid: "auth.token.invalid", expired: "auth.token.expired", used: "auth.token.used" } as const;

export async function loader({ params: raw }: LoaderFunctionArgs) {
  const parsed = params.safeParse(raw);
  if (!parsed.success) return data({ problem: reasonKey.invalid as MessageKey }, { status: 404 });
  const check = await checkToken(parsed.data.token, "reset_password");
  if (!check.ok) return data({ problem: reasonKey[check.reason] as MessageKey }, { status: check.reason === "invalid" ? 404 : 410 });
  return { problem: null };
}

export async function action({ request, params: raw }: ActionFunctionArgs) {
  const token = params.safeParse(raw);
  if (!token.success) return data({ problem: reasonKey.invalid as MessageKey, errors: {} }, { status: 404 });
  const parsed = parseForm(resetSchema, await request.formData());
  if (!parsed.ok) return data({ problem: null, errors: parsed.errors }, { status: 400 });
  const result = await resetPassword(token.data.token, parsed.data.password);
  if (!result.ok) return data({ problem: reasonKey[result.reason] as MessageKey, errors: {} }, { status: 410 });
  return redirect("/accedi?stato=password", { headers: { "Set-Cookie": blankSessionCookie() } });
}

export default function ResetPassword() {
  const t = useT();
  const loaded = useLoaderData<typeof loader>();
  const acted = useActionData<typeof action>();
  const problem = acted?.problem ?? loaded.problem;
  const errors: Record<string, MessageKey | undefined> = acted?.errors ?? {};
  return (
    <div className="narrow">
      <h1>{t("auth.reset.title")}</h1>
      {problem ? (
        <>
          <Alert tone="error">{t(problem)}</Alert>
          <p>
            <Link to="/password-dimenticata">{t("auth.reset.again")}</Link>
          </p>
        </>
      ) : (
        <div className="card">
          <Form method="post" noValidate>
            <Field
              name="password"
              type="password"
              label={t("auth.reset.password")}
              hint={t("auth.register.passwordHint")}
              autoComplete="new-password"
              required
              error={errors.password}
            />
            <Field
              name="confirm"
              type="password"
              label={t("auth.reset.confirm")}
              autoComplete="new-password"
              required
              error={errors.confirm}
            />
            <div className="actions">
              <button type="submit" className="button">
                {t("auth.reset.submit")}
              </button>
            </div>
          </Form>
        </div>
      )}
    </div>
  );
}
