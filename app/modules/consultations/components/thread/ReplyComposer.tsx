// The consultant's reply to the guardian: a template picker (a GET form that prefills the box
// without JavaScript, inserts at the cursor with it), the Markdown editor, attachments and the
// status to set after sending. Visually and by name distinct from the internal note box.
import { Form, Link } from "@remix-run/react";
import { useState } from "react";
import { MarkdownEditor, type EditorInsert } from "~/components/editor/MarkdownEditor";
import { SelectField } from "~/components/ui/Field";
import { useT } from "~/i18n/react";
import { CONSULTANT_TARGETS } from "../../constants";
import { AttachmentsField } from "../request/AttachmentsField";
import { FormErrorSummary } from "../request/FormErrorSummary";
import { EyeIcon } from "./Icons";
import { resultFor, type RequestData, type ThreadActionData } from "./types";

export interface TemplateData {
  id: string;
  title: string;
  bodyMd: string;
}

function TemplatePicker({
  requestId,
  templates,
  chosen,
  onInsert,
}: {
  requestId: string;
  templates: readonly TemplateData[];
  chosen: string | null;
  onInsert: (template: TemplateData) => void;
}) {
  const t = useT();
  const [inserted, setInserted] = useState<string | null>(null);
  if (templates.length === 0) {
    return (
      <p className="muted consult-templates">
        {t("consultguardian.template.none")} <Link to="/consulenze/modelli">{t("consultguardian.template.manage")}</Link>
      </p>
    );
  }
  return (
    <Form
      method="get"
      action={`/consulenze/${requestId}`}
      className="consult-inline-form consult-templates"
      onSubmit={(event) => {
        // With JavaScript the template goes in at the cursor and the draft stays as it is.
        const id = new FormData(event.currentTarget).get("modello");
        const template = templates.find((tpl) => tpl.id === id);
        if (!template) return;
        event.preventDefault();
        onInsert(template);
        setInserted(template.title);
      }}
    >
      <SelectField
        name="modello"
        label={t("consultguardian.template.label")}
        defaultValue={chosen ?? templates[0].id}
        options={templates.map((tpl) => ({ value: tpl.id, label: tpl.title }))}
      />
      <button type="submit" className="button button-secondary">
        {t("consultguardian.template.insert")}
      </button>
      <p className="visually-hidden" aria-live="polite">
        {inserted ? t("consultguardian.template.inserted", { title: inserted }) : ""}
      </p>
    </Form>
  );
}

export function ReplyComposer({
  request,
  templates,
  prefill,
  chosenTemplate,
  result,
  formKey,
}: {
  request: RequestData;
  templates: readonly TemplateData[];
  prefill: string;
  chosenTemplate: string | null;
  result: ThreadActionData | undefined;
  formKey: string;
}) {
  const t = useT();
  const [insert, setInsert] = useState<EditorInsert | null>(null);
  if (request.status === "closed") return null;
  const own = resultFor(result, "reply");
  const labels = {
    body: t("consultguardian.reply.body"),
    attachments: t("consultguardian.attachments.label"),
    nextStatus: t("consultguardian.reply.nextStatus"),
  };
  return (
    <section className="card consult-composer consult-reply" aria-labelledby="reply-title">
      <h2 id="reply-title">{t("consultguardian.reply.title")}</h2>
      <p className="consult-composer-note">
        <EyeIcon /> {t("consultguardian.reply.visible")}
      </p>
      <TemplatePicker
        requestId={request.id}
        templates={templates}
        chosen={chosenTemplate}
        onInsert={(template) => setInsert((previous) => ({ text: template.bodyMd, seq: (previous?.seq ?? 0) + 1 }))}
      />
      <Form key={formKey} method="post" encType="multipart/form-data" action={`/consulenze/${request.id}`} noValidate>
        <input type="hidden" name="intent" value="reply" />
        <FormErrorSummary errors={own?.errors ?? {}} vars={own?.vars} labels={labels} notices={own?.formError ? [own.formError] : []} />
        <MarkdownEditor
          name="body"
          label={labels.body}
          defaultValue={own?.values.body ?? prefill}
          error={own?.errors.body}
          required
          loadOn="interaction"
          compact
          insert={insert}
        />
        <AttachmentsField error={own?.errors.attachments} vars={own?.vars.attachments} />
        <SelectField
          name="nextStatus"
          label={labels.nextStatus}
          // A further reply to an answered request keeps it answered unless the consultant says otherwise.
          defaultValue={own?.values.nextStatus ?? (request.status === "answered" ? "answered" : "in_charge")}
          error={own?.errors.nextStatus}
          options={CONSULTANT_TARGETS.map((s) => ({ value: s, label: t(`consultations.status.${s}`) }))}
        />
        <div className="actions">
          <button type="submit" className="button">
            {t("consultguardian.reply.submit")}
          </button>
        </div>
      </Form>
    </section>
  );
}
