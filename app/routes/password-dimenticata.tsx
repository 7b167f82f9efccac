// /password-dimenticata — asks for a reset link; the answer never tells whether the address exists.
import type { ActionFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { Field } from "~/components/ui/Field";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { requestPasswordReset } from "~/modules/auth/accounts.server";
import { forgotSchema } from "~/modules/auth/schema";
import { parseForm } from "~/utils/forms";
import { titled } from "~/utils/meta";

export const meta = titled("auth.forgot.title");

export async function action({ request }: ActionFunctionArgs) {
  const parsed = parseForm(forgotSchema, await request.formData());
  if (!parsed.ok) return data({ sentTo: null, errors: parsed.errors, values: parsed.values }, { status: 400 });
  await requestPasswordReset(parsed.data.email);
  return { sentTo: parsed.data.email, errors: {}, values: {} };
}

export default function ForgotPassword() {
  const t = useT();
  const result = useActionData<typeof action>();
  const errors: Record<string, MessageKey | undefined> = result?.errors ?? {};
  const values: Record<string, string> = result?.values ?? {};
  return (
    <div className="narrow">
      <h1>{t("auth.forgot.title")}</h1>
      {result?.sentTo ? (
        <Alert tone="success">{t("auth.forgot.sent", { email: result.sentTo })}</Alert>
      ) : (
        <div className="card">
          <p>{t("auth.forgot.intro")}</p>
          <Form method="post" noValidate>
            <Field
              name="email"
              type="email"
              label={t("auth.login.email")}
              autoComplete="email"
              required
              defaultValue={values.email}
              error={errors.email}
            />
            <div className="actions">
              <button type="submit" className="button">
                {t("auth.forgot.submit")}
              </button>
            </div>
          </Form>
        </div>
      )}
    </div>
  );
}
