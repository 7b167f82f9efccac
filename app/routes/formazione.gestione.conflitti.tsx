// /formazione/gestione/conflitti — open conflicts between content/ files and portal edits, both
// versions side by side with a line diff; keep the portal's version or take the file's.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { useT } from "~/i18n/react";
import { idParam, requireAuthoring } from "~/modules/training/authoring.server";
import { listOpenConflicts, resolveConflict } from "~/modules/training/conflicts.server";
import { ConflictCard } from "~/modules/training/components/authoring/ConflictCard";
import { conflictOutcomeSchema as outcomeSchema, conflictResolutionSchema as resolutionSchema } from "~/modules/training/route-params.server";
import { httpError } from "~/utils/http.server";
import { titled } from "~/utils/meta";

export const meta = titled("authoring.conflicts.title");

const OUTCOMES = {
  portale: "authoring.conflicts.resolvedPortal",
  file: "authoring.conflicts.resolvedFile",
  "gia-risolto": "authoring.conflicts.gone",
} as const;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAuthoring(request);
  const outcome = outcomeSchema.safeParse(new URL(request.url).searchParams.get("esito"));
  return { conflicts: await listOpenConflicts(), outcome: outcome.success ? outcome.data : null };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireAuthoring(request);
  const form = await request.formData();
  const resolution = resolutionSchema.safeParse(form.get("intent"));
  if (!resolution.success) httpError(400);
  const done = await resolveConflict(actor, idParam(String(form.get("conflictId") ?? "")), resolution.data!);
  const esito = !done ? "gia-risolto" : resolution.data === "took_file" ? "file" : "portale";
  return redirect(`/formazione/gestione/conflitti?esito=${esito}`);
}

export default function Conflicts() {
  const t = useT();
  const { conflicts, outcome } = useLoaderData<typeof loader>();
  return (
    <div>
      <p>
        <Link to="/formazione/gestione">{t("authoring.back")}</Link>
      </p>
      <h1>{t("authoring.conflicts.title")}</h1>
      <p className="lead">{t("authoring.conflicts.intro")}</p>
      {outcome ? <Alert tone={outcome === "gia-risolto" ? "info" : "success"}>{t(OUTCOMES[outcome])}</Alert> : null}
      {conflicts.length === 0 ? <p>{t("authoring.conflicts.empty")}</p> : conflicts.map((c) => <ConflictCard key={c.id} conflict={c} />)}
    </div>
  );
}
