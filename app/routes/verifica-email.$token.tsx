// /verifica-email/:token — confirms an e-mail address. The link shows a button: mail scanners
// that open links must not use up the single-use token.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { checkToken, verifyEmail } from "~/modules/auth/accounts.server";
import { linkTokenParams as params } from "~/utils/account-pages.server";
import { titled } from "~/utils/meta";

export const meta = titled("auth.verify.title");

const reasonKey = { invalid: "auth.token.invalid", expired: "auth.token.expired", used: "auth.token.used" } as const;

export async function loader({ params: raw }: LoaderFunctionArgs) {
  const parsed = params.safeParse(raw);
  if (!parsed.success) return data({ problem: reasonKey.invalid as MessageKey }, { status: 404 });
  const check = await checkToken(parsed.data.token, "verify_email");
  if (!check.ok) return data({ problem: reasonKey[check.reason] as MessageKey }, { status: check.reason === "invalid" ? 404 : 410 });
  return { problem: null };
}

export async function action({ params: raw }: ActionFunctionArgs) {
  const parsed = params.safeParse(raw);
  if (!parsed.success) return data({ problem: reasonKey.invalid as MessageKey }, { status: 404 });
  const result = await verifyEmail(parsed.data.token);
  if (!result.ok) return data({ problem: reasonKey[result.reason] as MessageKey }, { status: 410 });
  return redirect("/accedi?stato=verificata");
}

export default function VerifyEmail() {
  const t = useT();
  const loaded = useLoaderData<typeof loader>();
  const acted = useActionData<typeof action>();
  const problem = acted?.problem ?? loaded.problem;
  return (
    <div className="narrow">
      <h1>{t("auth.verify.title")}</h1>
      {problem ? (
        <>
          <Alert tone="error">{t(problem)}</Alert>
          <p>
            <Link to="/accedi">{t("auth.login.title")}</Link>
          </p>
        </>
      ) : (
        <Form method="post">
          <button type="submit" className="button">
            {t("auth.verify.title")}
          </button>
        </Form>
      )}
    </div>
  );
}
