// /consulenze/modelli — a district's legal consultants manage its answer templates (list, write,
// edit, delete after confirmation). Anyone else, admins included, gets 403: templates are the
// consultants' working tool. Another district's template is 404, as if it did not exist.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { ConsultationsNav } from "~/modules/consultations/components/ConsultationsNav";
import { TemplateForm } from "~/modules/consultations/components/desk/TemplateForm";
import { TemplateList } from "~/modules/consultations/components/desk/TemplateList";
import { consultantDistricts, consultationAreas } from "~/modules/consultations/policy.server";
import { readTemplateQuery, templateActionSchema } from "~/modules/consultations/templates-schema";
import { createTemplate, deleteTemplate, getManagedTemplate, listManagedTemplates, updateTemplate } from "~/modules/consultations/templates.server";
import { keptValues, parseForm } from "~/utils/forms";
import { forbidden, notFound } from "~/utils/http.server";
import { titled } from "~/utils/meta";

export const meta = titled("consultdesk.templates.title");

const OUTCOMES = {
  creato: "consultdesk.templates.created",
  modificato: "consultdesk.templates.updatedOk",
  eliminato: "consultdesk.templates.deleted",
} as const satisfies Record<string, MessageKey>;

async function requireTemplateManager(request: Request) {
  const user = await requireUser(request);
  const districts = consultantDistricts(user);
  if (districts.length === 0) forbidden();
  return { user, districts };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, districts } = await requireTemplateManager(request);
  const query = readTemplateQuery(new URL(request.url));
  const items = await listManagedTemplates(user);
  const editing = query.edit ? await getManagedTemplate(user, query.edit) : null;
  if (query.edit && !editing) notFound();
  if (query.remove && !items.some((i) => i.id === query.remove)) notFound();
  return {
    areas: consultationAreas(user),
    districts,
    items,
    editing: editing ? { id: editing.id, title: editing.title, body: editing.bodyMd } : null,
    confirmId: query.remove ?? null,
    outcome: query.outcome ? OUTCOMES[query.outcome] : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, districts } = await requireTemplateManager(request);
  const formData = await request.formData();
  const parsed = parseForm(templateActionSchema, formData);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const input = parsed.data;
  if (input.intent === "create") {
    const districtCode = input.districtCode ?? districts[0];
    if (!districts.includes(districtCode)) {
      return data(
        {
          errors: { districtCode: "validation.district" as MessageKey },
          values: keptValues(formData),
        },
        { status: 400 },
      );
    }
    const created = await createTemplate(user, districtCode, input);
    if (!created.ok) forbidden();
    return redirect(`/consulenze/modelli?esito=creato#modello-${created.ok ? created.id : ""}`);
  }
  const result = input.intent === "update" ? await updateTemplate(user, input.id, input) : await deleteTemplate(user, input.id);
  if (!result.ok) notFound();
  return redirect(input.intent === "update" ? `/consulenze/modelli?esito=modificato#modello-${input.id}` : "/consulenze/modelli?esito=eliminato");
}

export default function Templates() {
  const t = useT();
  const { areas, districts, items, editing, confirmId, outcome } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failedIntent = result?.values.intent;
  // A refused edit comes back with the submitted values; otherwise the template being edited.
  const editId = failedIntent === "update" ? result?.values.id ?? null : editing?.id ?? null;
  const editValues = failedIntent === "update" ? result!.values : editing ? { title: editing.title, body: editing.body } : {};
  return (
    <div className="consult consult-templates-page">
      <h1>{t("consultdesk.templates.title")}</h1>
      <ConsultationsNav areas={areas} />
      <p className="lead prose">{t("consultdesk.templates.intro")}</p>
      {outcome && !result ? <Alert tone="success">{t(outcome)}</Alert> : null}
      {failedIntent === "delete" ? <Alert tone="error">{t("validation.choice")}</Alert> : null}
      <section aria-labelledby="templates-list-title">
        <h2 id="templates-list-title">{t("consultdesk.templates.listTitle", { n: items.length })}</h2>
        <TemplateList
          items={items}
          showDistrict={districts.length > 1}
          confirmId={confirmId}
          editing={
            editId
              ? {
                  id: editId,
                  form: (
                    <TemplateForm
                      key={`edit-${editId}`}
                      mode={{ kind: "update", id: editId }}
                      values={editValues}
                      errors={failedIntent === "update" ? result!.errors : {}}
                      districts={districts}
                    />
                  ),
                }
              : null
          }
        />
      </section>
      {editId ? null : (
        <TemplateForm
          key="create"
          mode={{ kind: "create" }}
          values={failedIntent === "create" ? result!.values : {}}
          errors={failedIntent === "create" ? result!.errors : {}}
          districts={districts}
        />
      )}
    </div>
  );
}
