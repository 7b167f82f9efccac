// The entry form: topic, question and the Markdown answer, with the reminder to write a new,
// anonymous text. A plain POST form; the buttons name the intent (save / save and submit).
import { Form } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { Field, SelectField } from "~/components/ui/Field";
import { useT } from "~/i18n/react";
import { CATEGORIES } from "~/modules/consultations/constants";
import { FAQ_QUESTION_MAX } from "~/modules/consultations/faq-fields";
import { MarkdownEditor } from "~/components/editor/MarkdownEditor";
import type { FieldErrors } from "~/utils/forms";

export function AnonymityReminder() {
  const t = useT();
  return (
    <div className="alert faq-anon" role="note" aria-labelledby="faq-anon-title">
      <p id="faq-anon-title">
        <strong>{t("faq.anon.title")}</strong>
      </p>
      <p>{t("faq.anon.body")}</p>
    </div>
  );
}

interface Props {
  action: string;
  /** Changes when another entry (or a newer version) is edited, so the editor starts again. */
  editorKey: string;
  values: Record<string, string>;
  errors: FieldErrors;
  /** Drafts (and new entries) can be sent for review from here. */
  canSubmit: boolean;
  isNew: boolean;
}

export function FaqEntryForm({ action, editorKey, values, errors, canSubmit, isNew }: Props) {
  const t = useT();
  const labels = { category: t("faq.field.category"), question: t("faq.field.question"), answer: t("faq.field.answer") };
  return (
    <Form method="post" action={action} noValidate className="faq-form">
      <ErrorSummary errors={errors} labels={labels} />
      <SelectField
        name="category"
        label={labels.category}
        defaultValue={values.category ?? ""}
        error={errors.category}
        required
        options={[{ value: "", label: t("faq.field.categoryChoose") }, ...CATEGORIES.map((c) => ({ value: c, label: t(`consultations.category.${c}`) }))]}
      />
      <Field
        name="question"
        label={labels.question}
        hint={t("faq.field.questionHint")}
        defaultValue={values.question ?? ""}
        error={errors.question}
        maxLength={FAQ_QUESTION_MAX}
        required
        className="faq-question-input"
      />
      <MarkdownEditor key={editorKey} name="answer" label={labels.answer} hint={t("faq.field.answerHint")} defaultValue={values.answer ?? ""} error={errors.answer} required />
      <div className="actions">
        <button type="submit" name="intent" value="save" className="button">
          {isNew ? t("faq.action.saveDraft") : t("faq.action.save")}
        </button>
        {canSubmit ? (
          <button type="submit" name="intent" value="submit" className="button button-secondary">
            {t("faq.action.saveAndSubmit")}
          </button>
        ) : null}
      </div>
    </Form>
  );
}
