// Step one of a new request: topic and subject, sent by GET so that step two can look for FAQ
// entries first. Works without JavaScript; with it, matching entries appear while typing.
import { Form } from "@remix-run/react";
import { Field, SelectField } from "~/components/ui/Field";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { CATEGORIES, SUBJECT_MAX } from "../../constants";
import { FaqSuggestions, NO_HITS, useFaqSuggestions } from "./FaqSuggestions";

export function RequestStart({
  subject,
  category,
  minorId,
  subjectError,
}: {
  subject: string;
  category: string;
  minorId: string | null;
  subjectError?: MessageKey;
}) {
  const t = useT();
  const suggestions = useFaqSuggestions(subject, NO_HITS);
  return (
    <>
      <Form method="get" action="/consulenze/nuova" className="card consult-step" aria-labelledby="step1-title">
        <p className="consult-step-number">{t("consultguardian.new.step", { step: 1 })}</p>
        <h2 id="step1-title">{t("consultguardian.new.step1.title")}</h2>
        <SelectField
          name="categoria"
          label={t("consultguardian.new.category")}
          defaultValue={category}
          options={[
            { value: "", label: t("consultguardian.new.categoryChoose") },
            ...CATEGORIES.map((c) => ({ value: c, label: t(`consultations.category.${c}`) })),
          ]}
        />
        <Field
          name="oggetto"
          label={t("consultguardian.new.subject")}
          hint={t("consultguardian.new.subjectHint")}
          defaultValue={subject}
          maxLength={SUBJECT_MAX}
          required
          error={subjectError}
          onInput={suggestions.onSubjectInput}
          className="consult-subject"
        />
        {minorId ? <input type="hidden" name="minore" value={minorId} /> : null}
        <div className="actions">
          <button type="submit" className="button">
            {t("consultguardian.new.step1.submit")}
          </button>
        </div>
      </Form>
      <FaqSuggestions hits={suggestions.hits} live={suggestions.live} always={false} />
    </>
  );
}
