// /notifiche/preferenze — per kind of notification, how the user wants the e-mail: now, daily digest, never.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { PreferencesForm } from "~/modules/notifications/components/PreferencesForm";
import { NOTIFICATION_KINDS } from "~/modules/notifications/kinds";
import { pageTitle } from "~/utils/meta";
import { getPreferences, savePreferences } from "~/modules/notifications/preferences.server";
import { preferencesSchema } from "~/modules/notifications/schema";
import { parseForm } from "~/utils/forms";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "notifications.prefs.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const preferences = await getPreferences(user.id);
  return {
    preferences: preferences.map((p) => ({
      ...p,
      label: NOTIFICATION_KINDS[p.kind].label,
      mayTurnOff: NOTIFICATION_KINDS[p.kind].mayTurnOff,
    })),
  };
}

type Result = { errors: Partial<Record<string, MessageKey>>; values: Record<string, string> };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = parseForm(preferencesSchema(), await request.formData());
  if (!parsed.ok) return data<Result>({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  await savePreferences(user.id, parsed.data);
  return redirect("/notifiche/preferenze?salvato=1");
}

export default function NotificationPreferences() {
  const t = useT();
  const { preferences } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <div className="prose">
      <p>
        <Link to="/notifiche">{t("notifications.prefs.back")}</Link>
      </p>
      <h1>{t("notifications.prefs.title")}</h1>
      <p className="lead">{t("notifications.prefs.intro")}</p>
      {params.get("salvato") && !result ? <Alert tone="success">{t("notifications.prefs.saved")}</Alert> : null}
      {result ? <Alert tone="error">{t("form.errorSummary")}</Alert> : null}
      {preferences.length === 0 ? (
        <p>{t("notifications.prefs.none")}</p>
      ) : (
        <PreferencesForm preferences={preferences} errors={result?.errors ?? {}} values={result?.values ?? null} />
      )}
    </div>
  );
}
