// /consulenze/:id — one request. Its guardian reads the thread, writes again, closes and rates;
// the district's consultants take, assign, reply, write internal notes and set the status;
// admins read only. Everyone else gets 404, and every read by anyone but the guardian is audited.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { ConsultationsNav } from "~/modules/consultations/components/ConsultationsNav";
import { GuardianView } from "~/modules/consultations/components/thread/GuardianView";
import { StaffView } from "~/modules/consultations/components/thread/StaffView";
import { submitThreadAction } from "~/modules/consultations/forms.server";
import { consultationAreas } from "~/modules/consultations/policy.server";
import { consultantThread, guardianThread, loadForViewer } from "~/modules/consultations/requests.server";
import { CONSULTANT_TARGETS, idParam } from "~/modules/consultations/schema";
import { listTemplates } from "~/modules/consultations/templates.server";
import { threadOutcomeSchema } from "~/modules/consultations/thread-params.server";
import { consultantMayMove } from "~/modules/consultations/workflow.server";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "consultguardian.thread.number", { number: data?.thread.request.number ?? "" }, data?.thread.request.subject);

function requestId(params: LoaderFunctionArgs["params"]): string {
  const id = idParam.safeParse(params.id);
  return id.success ? id.data : notFound();
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { request: row, viewer } = await loadForViewer(user, requestId(params));
  const url = new URL(request.url);
  const esito = threadOutcomeSchema.safeParse(url.searchParams.get("esito"));
  const common = {
    areas: consultationAreas(user),
    outcome: esito.success ? (`consultguardian.outcome.${esito.data}` as MessageKey) : null,
  };
  if (viewer === "guardian") {
    return { ...common, view: "guardian" as const, thread: await guardianThread(row) };
  }
  const canWork = viewer === "consultant";
  const templates = canWork ? await listTemplates(row.districtCode) : [];
  const chosen = templates.find((tpl) => tpl.id === url.searchParams.get("modello")) ?? null;
  return {
    ...common,
    view: "staff" as const,
    canWork,
    thread: await consultantThread(row),
    now: new Date(),
    moves: canWork ? CONSULTANT_TARGETS.filter((s) => consultantMayMove(row.status, s)) : [],
    templates: templates.map((tpl) => ({ id: tpl.id, title: tpl.title, bodyMd: tpl.bodyMd })),
    prefill: chosen?.bodyMd ?? "",
    chosenTemplate: chosen?.id ?? null,
    myId: user.id,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = requestId(params);
  // The action's own writes are recorded as events; the page read after the redirect is audited.
  const { viewer } = await loadForViewer(user, id, { audit: false });
  return submitThreadAction(user, viewer, id, request);
}

export default function ConsultationPage() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const location = useLocation();
  // A new key after each navigation empties the forms once a submission went through.
  const formKey = location.key;
  const top = (
    <>
      <ConsultationsNav areas={data.areas} />
      {data.outcome && !result ? <Alert tone="success">{t(data.outcome)}</Alert> : null}
    </>
  );
  return (
    <div className="consult consult-page">
      {data.view === "guardian" ? (
        <GuardianView thread={data.thread} result={result} formKey={formKey} alert={top} />
      ) : (
        <StaffView
          thread={data.thread}
          canWork={data.canWork}
          now={data.now}
          moves={data.moves}
          templates={data.templates}
          prefill={data.prefill}
          chosenTemplate={data.chosenTemplate}
          myId={data.myId}
          result={result}
          formKey={formKey}
          alert={top}
        />
      )}
    </div>
  );
}
