// /consulenze/nuova — a guardian files a request in two steps that work without JavaScript:
// topic and subject (GET), then the FAQ entries that match the subject and the whole form.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { ConsultationsNav } from "~/modules/consultations/components/ConsultationsNav";
import { FaqSuggestions, useFaqSuggestions } from "~/modules/consultations/components/request/FaqSuggestions";
import { RequestForm } from "~/modules/consultations/components/request/RequestForm";
import { RequestStart } from "~/modules/consultations/components/request/RequestStart";
import { searchPublishedFaq } from "~/modules/consultations/faq.server";
import { submitNewRequest } from "~/modules/consultations/forms.server";
import { consultationAreas, guardianDistricts, requireFiler } from "~/modules/consultations/policy.server";
import { myMinors } from "~/modules/consultations/requests.server";
import { draftQuerySchema } from "~/modules/consultations/schema";
import { titled } from "~/utils/meta";

export const meta = titled("consultguardian.new.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireFiler(await requireUser(request));
  const params = new URL(request.url).searchParams;
  const draft = draftQuerySchema.parse({
    subject: params.get("oggetto") ?? undefined,
    category: params.get("categoria") || undefined,
    minorId: params.get("minore") || undefined,
  });
  const minors = await myMinors(user.id);
  const minorId = minors.some((m) => m.id === draft.minorId) ? draft.minorId! : null;
  const subject = draft.subject ?? "";
  // ?modifica=1 goes back to step one with the subject and topic filled in.
  const editing = params.has("modifica");
  const districts = guardianDistricts(user);
  return {
    areas: consultationAreas(user),
    step: subject && !editing ? (2 as const) : (1 as const),
    subject,
    category: draft.category ?? "",
    minorId,
    // Step one sent with an empty subject: say so on the field.
    subjectError: params.has("oggetto") && !subject && !editing ? ("consultations.validation.subject" as MessageKey) : undefined,
    hits: subject ? await searchPublishedFaq(subject, { limit: 5 }) : [],
    minors: minors.map((m) => ({ id: m.id, code: m.code })),
    districts: districts.length > 1 ? districts : [],
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireFiler(await requireUser(request));
  return submitNewRequest(user, request);
}

function stepQuery(subject: string, category: string, minorId: string | null): string {
  const query = new URLSearchParams({ oggetto: subject });
  if (category) query.set("categoria", category);
  if (minorId) query.set("minore", minorId);
  return query.toString();
}

export default function NewConsultation() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const suggestions = useFaqSuggestions(data.subject, data.hits);
  return (
    <div className="consult">
      <h1>{t("consultguardian.new.title")}</h1>
      <ConsultationsNav areas={data.areas} />
      <p className="lead prose">{t("consultguardian.new.intro")}</p>
      {data.step === 1 ? (
        <RequestStart subject={data.subject} category={data.category} minorId={data.minorId} subjectError={data.subjectError} />
      ) : (
        <>
          <FaqSuggestions hits={suggestions.hits} live={suggestions.live} always />
          <RequestForm
            action={`/consulenze/nuova?${stepQuery(data.subject, data.category, data.minorId)}`}
            values={result?.values ?? { subject: data.subject, category: data.category, minorId: data.minorId ?? "" }}
            errors={result?.errors ?? {}}
            vars={result?.vars ?? {}}
            notices={result?.notices ?? []}
            minors={data.minors}
            districts={data.districts}
            changeHref={`/consulenze/nuova?modifica=1&${stepQuery(data.subject, data.category, data.minorId)}`}
            onSubjectInput={suggestions.onSubjectInput}
          />
        </>
      )}
    </div>
  );
}
