// /consulenze/faq/nuova[?richiesta=<id>] — a consultant writes a new FAQ entry (a draft, or sent
// for review at once). From a request: it must be answered or closed and of the consultant's
// district (else 404); its subject and thread are shown read-only as a reference, never copied.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { ConsultationsNav } from "~/modules/consultations/components/ConsultationsNav";
import { AnonymityReminder, FaqEntryForm } from "~/modules/consultations/components/faq/FaqEntryForm";
import { FaqSourcePanel } from "~/modules/consultations/components/faq/FaqSourcePanel";
import { faqCreateSchema, faqIdParam } from "~/modules/consultations/faq-schema";
import { createFaqEntry, faqEditPath, loadFaqSource } from "~/modules/consultations/faq.server";
import { canWriteFaq, consultationAreas } from "~/modules/consultations/policy.server";
import { guardianThread } from "~/modules/consultations/requests.server";
import { keptValues, parseForm, type FieldErrors } from "~/utils/forms";
import { forbidden, notFound } from "~/utils/http.server";
import { titled } from "~/utils/meta";

export const meta = titled("faq.new.title");

async function requireWriter(request: Request) {
  const user = await requireUser(request);
  if (!canWriteFaq(user)) forbidden("faq.error.notConsultant");
  const raw = new URL(request.url).searchParams.get("richiesta");
  if (raw === null || raw === "") return { user, sourceId: null };
  const id = faqIdParam.safeParse(raw);
  if (!id.success) notFound();
  return { user, sourceId: id.data! };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, sourceId } = await requireWriter(request);
  const areas = consultationAreas(user);
  if (!sourceId) return { areas, source: null, refused: null };
  const loaded = await loadFaqSource(user, sourceId);
  if (!loaded.ok) return { areas, source: null, refused: { id: loaded.request.id, number: loaded.request.number, error: loaded.error as MessageKey } };
  const thread = await guardianThread(loaded.request);
  return {
    areas,
    source: {
      id: thread.request.id,
      number: thread.request.number,
      category: thread.request.category,
      subject: thread.request.subject,
      descriptionHtml: thread.request.descriptionHtml,
      messages: thread.messages.map((m) => ({ id: m.id, authorRole: m.authorRole, bodyHtml: m.bodyHtml, createdAt: m.createdAt })),
    },
    refused: null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, sourceId } = await requireWriter(request);
  const form = await request.formData();
  const parsed = parseForm(faqCreateSchema, form);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values, error: null }, { status: 400 });
  const { intent, ...fields } = parsed.data;
  const created = await createFaqEntry(user, fields, { submit: intent === "submit", sourceId });
  if (!created.ok) return data({ errors: {} as FieldErrors, values: keptValues(form), error: created.error }, { status: created.status });
  return redirect(`${faqEditPath(created.id)}?esito=${intent === "submit" ? "inviata" : "creata"}`);
}

export default function NewFaqEntry() {
  const t = useT();
  const { areas, source, refused } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const formAction = source ? `/consulenze/faq/nuova?richiesta=${source.id}` : "/consulenze/faq/nuova";
  if (refused) {
    return (
      <div className="faq">
        <ConsultationsNav areas={areas} />
        <h1>{t("faq.new.title")}</h1>
        <Alert tone="error">
          <p>{t(refused.error)}</p>
          <p>
            <Link to={`/consulenze/${refused.id}`}>{t("faq.source.open")}</Link>
          </p>
        </Alert>
      </div>
    );
  }
  return (
    <div className="faq">
      <ConsultationsNav areas={areas} />
      <h1>{t("faq.new.title")}</h1>
      {source ? <p className="muted">{t("faq.new.fromRequest", { number: t("consultations.number", { number: source.number }) })}</p> : null}
      <p className="lead prose">{t("faq.new.intro")}</p>
      {result?.error ? <Alert tone="error">{t(result.error)}</Alert> : null}
      <div className={source ? "faq-compose faq-compose-with-source" : "faq-compose"}>
        {source ? <FaqSourcePanel source={source} /> : null}
        <div className="faq-compose-form">
          <AnonymityReminder />
          <FaqEntryForm
            action={formAction}
            editorKey="new"
            values={result?.values ?? { category: source?.category ?? "" }}
            errors={result?.errors ?? {}}
            canSubmit
            isNew
          />
        </div>
      </div>
    </div>
  );
}
