// /consulenze/faq/:id/modifica — consultants and admins edit an entry (a published one stays
// published), send a draft for review; a reviewer (another consultant, or an admin — never the
// author) publishes it, sends it back to draft, or unpublishes it. Every change is audited.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { ConsultationsNav } from "~/modules/consultations/components/ConsultationsNav";
import { AnonymityReminder, FaqEntryForm } from "~/modules/consultations/components/faq/FaqEntryForm";
import { FaqReviewPanel } from "~/modules/consultations/components/faq/FaqReviewPanel";
import { FaqStatusTag } from "~/modules/consultations/components/faq/FaqStatusTag";
import { faqEditSchema, faqIdParam, readFaqOutcome } from "~/modules/consultations/faq-schema";
import { consultationAreas } from "~/modules/consultations/policy.server";
import { canManageFaq, decideFaqEntry, faqEditPath, loadFaqEntry, updateFaqEntry, type FaqResult } from "~/modules/consultations/faq.server";
import { keptValues, parseForm, type FieldErrors } from "~/utils/forms";
import { forbidden, notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "faq.edit.title", undefined, data?.entry.question);

async function requireEditor(request: Request, rawId: string | undefined) {
  const user = await requireUser(request);
  if (!canManageFaq(user)) forbidden("faq.error.notConsultant");
  const id = faqIdParam.safeParse(rawId);
  if (!id.success) notFound();
  return { user, id: id.data! };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, id } = await requireEditor(request, params.id);
  const { row, entry, staff } = await loadFaqEntry(user, id);
  return {
    areas: consultationAreas(user),
    entry,
    staff: staff!,
    values: { category: row.category, question: row.question, answer: row.answerMd },
    outcome: readFaqOutcome(new URL(request.url).searchParams),
  };
}

const OUTCOME_OF = { save: "salvata", submit: "inviata", publish: "pubblicata", sendBack: "rimandata", unpublish: "ritirata" } as const;

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, id } = await requireEditor(request, params.id);
  const form = await request.formData();
  const parsed = parseForm(faqEditSchema, form);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values, error: null as MessageKey | null }, { status: 400 });
  const act = parsed.data;
  let result: FaqResult;
  if (act.intent === "save" || act.intent === "submit") {
    const { intent, ...fields } = act;
    result = await updateFaqEntry(user, id, fields, intent === "submit");
  } else {
    result = await decideFaqEntry(user, id, act.intent);
  }
  if (!result.ok) {
    if (result.status === 404) notFound();
    const values = act.intent === "save" || act.intent === "submit" ? keptValues(form) : null;
    return data({ errors: {} as FieldErrors, values, error: result.error as MessageKey | null }, { status: result.status });
  }
  return redirect(`${faqEditPath(id)}?esito=${OUTCOME_OF[act.intent]}`);
}

const NOTE = { draft: "faq.edit.draftNote", in_review: "faq.edit.inReviewNote", published: "faq.edit.publishedNote" } as const;

export default function EditFaqEntry() {
  const t = useT();
  const { areas, entry, staff, values, outcome } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { pathname } = useLocation();
  const fieldErrors: FieldErrors = result?.errors ?? {};
  const onlyIntentError = result && !result.error && Object.keys(fieldErrors).every((k) => k === "intent");
  return (
    <div className="faq">
      <ConsultationsNav areas={areas} />
      <h1>{t("faq.edit.title")}</h1>
      <p className="faq-entry-tags">
        <FaqStatusTag status={entry.status} /> <span className="muted">{t(NOTE[entry.status])}</span>
      </p>
      {outcome && !result ? <Alert tone="success">{t(outcome)}</Alert> : null}
      {result?.error ? <Alert tone="error">{t(result.error)}</Alert> : null}
      {onlyIntentError ? <Alert tone="error">{t("validation.choice")}</Alert> : null}
      <p className="faq-staff-links">
        <Link to={`/consulenze/faq/${entry.id}`}>{t("faq.action.view")}</Link>
        {staff.source ? (
          <Link to={`/consulenze/${staff.source.id}`}>{t("faq.entry.source", { number: t("consultations.number", { number: staff.source.number }) })}</Link>
        ) : null}
      </p>
      <FaqReviewPanel
        action={pathname}
        status={entry.status}
        canReview={staff.canReview}
        mine={staff.mine}
        reviewerName={staff.reviewerName}
        publishedAt={entry.publishedAt}
      />
      <AnonymityReminder />
      <FaqEntryForm
        action={pathname}
        editorKey={`${entry.id}:${String(entry.updatedAt)}`}
        values={result?.values ?? values}
        errors={fieldErrors}
        canSubmit={entry.status === "draft"}
        isNew={false}
      />
    </div>
  );
}
