// /forum/moderazione — the queue of flagged posts in the categories the user moderates (urgent
// ones, a minor's personal data, first), with per-post actions: hide (with the reason the author
// reads) or dismiss. Only coordinators and admins (403 for others); ?esito=hidden|dismissed.
import { forumFormData } from "~/modules/forum/forms.server";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { withOutcome } from "~/modules/forum/components/mod/anchors";
import { ModNav } from "~/modules/forum/components/mod/ModNav";
import { QueueList, type QueueRefusal } from "~/modules/forum/components/mod/QueueList";
import { dismissFlags, hidePost, moderatesAnything, moderationQueue } from "~/modules/forum/moderation.server";
import { MODERATION_PATH } from "~/modules/forum/paths";
import { queueActionSchema as actionSchema } from "~/modules/forum/schema.server";
import { keptValues, type FieldErrors } from "~/utils/forms";
import { forbidden, httpError } from "~/utils/http.server";
import { titled } from "~/utils/meta";

export const meta = titled("forummod.queue.title");

const OUTCOMES = ["hidden", "dismissed"] as const;

async function requireModerator(request: Request) {
  const user = await requireUser(request);
  if (!moderatesAnything(user)) forbidden("forummod.error.noModeration");
  return user;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireModerator(request);
  const esito = new URL(request.url).searchParams.get("esito");
  return {
    items: await moderationQueue(user),
    outcome: (OUTCOMES as readonly (string | null)[]).includes(esito) ? (`forummod.queue.outcome.${esito}` as MessageKey) : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireModerator(request);
  const form = await forumFormData(request);
  const input = actionSchema.safeParse({ intent: form.get("intent"), postId: form.get("postId") });
  if (!input.success) return httpError(400, "forummod.error.badRequest");
  const { intent, postId } = input.data;
  const result =
    intent === "hide" ? await hidePost(user, postId, String(form.get("motivo") ?? "")) : await dismissFlags(user, postId, String(form.get("nota") ?? ""));
  if (!result.ok) {
    const errors: FieldErrors = { [result.field ?? (intent === "hide" ? "motivo" : "nota")]: result.error };
    const refusal: QueueRefusal = { postId, intent, errors, values: keptValues(form) };
    return data(refusal, { status: result.status });
  }
  return redirect(withOutcome(MODERATION_PATH, intent === "hide" ? "hidden" : "dismissed"), 303);
}

export default function ModerationQueue() {
  const t = useT();
  const { items, outcome } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>() ?? null;
  return (
    <div className="forummod">
      <h1>{t("forummod.queue.title")}</h1>
      <ModNav current="queue" />
      <p>{t("forummod.queue.intro")}</p>
      {outcome && !refusal ? <Alert tone="success">{t(outcome)}</Alert> : null}
      {refusal ? (
        <Alert tone="error">
          <a href={`#${refusal.intent === "hide" ? "motivo" : "nota"}-${refusal.postId}`}>{t(Object.values(refusal.errors)[0] ?? "forummod.error.badRequest")}</a>
        </Alert>
      ) : null}
      <QueueList items={items} refusal={refusal} />
    </div>
  );
}
