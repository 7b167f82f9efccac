// /impegno — the confidentiality pledge and code of conduct; at first login (and after a new
// version) every user accepts it before anything else.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { PledgeText } from "~/components/content/PledgeText";
import { Alert } from "~/components/ui/Alert";
import { useFormat, useT } from "~/i18n/react";
import { acceptPledge, pledgeAcceptedAt } from "~/modules/auth/accounts.server";
import { PLEDGE_VERSION } from "~/modules/auth/pledge";
import { requireUser } from "~/modules/auth/policy.server";
import { getCurrentUser } from "~/modules/auth/user.server";
import { pledgeSchema as schema } from "~/utils/account-pages.server";
import { safeRedirectPath } from "~/utils/http.server";
import { titled } from "~/utils/meta";

export const meta = titled("auth.pledge.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getCurrentUser(request);
  const acceptedAt = user ? await pledgeAcceptedAt(user.id) : null;
  return { signedIn: Boolean(user), acceptedAt: acceptedAt?.toISOString() ?? null, version: PLEDGE_VERSION };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request, { pledge: "optional" });
  const parsed = schema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: "auth.pledge.required" as const }, { status: 400 });
  await acceptPledge(user.id);
  return redirect(safeRedirectPath(parsed.data.redirectTo));
}

export default function Pledge() {
  const t = useT();
  const format = useFormat();
  const { signedIn, acceptedAt, version } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <div>
      <h1>{t("auth.pledge.title")}</h1>
      {signedIn && !acceptedAt ? <p className="lead">{t("auth.pledge.intro", { version })}</p> : null}
      {acceptedAt ? <Alert tone="success">{t("auth.pledge.accepted", { date: format.date(acceptedAt) })}</Alert> : null}
      <div className="card prose">
        <PledgeText />
      </div>
      {signedIn && !acceptedAt ? (
        <Form method="post" className="card prose" noValidate>
          <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? "/"} />
          {result?.error ? (
            <p className="field-error" id="accept-error">
              {t(result.error)}
            </p>
          ) : null}
          <div className="checkbox">
            <input
              type="checkbox"
              id="accept"
              name="accept"
              aria-invalid={result?.error ? true : undefined}
              aria-describedby={result?.error ? "accept-error" : undefined}
            />
            <label htmlFor="accept">{t("auth.pledge.accept")}</label>
          </div>
          <div className="actions">
            <button type="submit" className="button">
              {t("auth.pledge.submit")}
            </button>
          </div>
        </Form>
      ) : null}
    </div>
  );
}
