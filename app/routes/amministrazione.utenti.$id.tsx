// /amministrazione/utenti/:id — one user's account and roles: grant, revoke, disable, re-enable.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { handleUserAction } from "~/modules/admin/actions.server";
import { AccountSection } from "~/modules/admin/components/AccountSection";
import { RolesSection } from "~/modules/admin/components/RolesSection";
import { UserSummary } from "~/modules/admin/components/UserSummary";
import { requireFound, requireUserIdParam, requireUserManager } from "~/modules/admin/policy.server";
import { getUserDetail } from "~/modules/admin/queries.server";
import { outcomeSchema } from "~/modules/admin/schema";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "admin.title", undefined, data?.user.name);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUserManager(request);
  const id = requireUserIdParam(params);
  const user = requireFound(await getUserDetail(id));
  const outcome = outcomeSchema.safeParse(new URL(request.url).searchParams.get("esito"));
  return { user, self: actor.id === user.id, outcome: outcome.success ? outcome.data : null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUserManager(request);
  const id = requireUserIdParam(params);
  const result = await handleUserAction(actor, id, await request.formData());
  if (result.ok) return redirect(`/amministrazione/utenti/${id}?esito=${result.outcome}`);
  return data(result.data, { status: result.status });
}

const OUTCOME_MESSAGES: Record<string, MessageKey> = {
  "ruolo-assegnato": "admin.outcome.granted",
  "ruolo-revocato": "admin.outcome.revoked",
  disabilitato: "admin.outcome.disabled",
  riabilitato: "admin.outcome.enabled",
};

export default function AdminUser() {
  const t = useT();
  const { user, self, outcome } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div>
      <p>
        <Link to="/amministrazione">{t("admin.user.back")}</Link>
      </p>
      <h1>
        {user.name}
        {self ? <span className="muted"> {t("admin.user.you")}</span> : null}
      </h1>
      {outcome && !result ? <Alert tone="success">{t(OUTCOME_MESSAGES[outcome])}</Alert> : null}
      {result?.message ? <Alert tone="error">{t(result.message)}</Alert> : null}
      <UserSummary user={user} />
      <RolesSection user={user} self={self} result={result?.intent === "grant" || result?.intent === "revoke" ? result : undefined} />
      <AccountSection user={user} self={self} result={result?.intent === "disable" || result?.intent === "enable" ? result : undefined} />
    </div>
  );
}
