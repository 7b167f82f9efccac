// The quiz editor: pass mark and questions (single or multiple choice, 2–8 answers with "right"
// ticks, explanation). Adding, removing and moving are submit buttons, so it works without JS.
import { Form } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { Field, SelectField } from "~/components/ui/Field";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import {
  MAX_OPTIONS,
  MAX_QUESTIONS,
  MIN_OPTIONS,
  optionField,
  questionField,
  type QuestionDraft,
  type QuizDraft,
  type QuizErrors,
} from "../../authoring-fields";

function TextArea({ name, label, hint, error, value, required }: { name: string; label: string; hint?: string; error?: MessageKey; value: string; required?: boolean }) {
  const t = useT();
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field${error ? " field-invalid" : ""}`}>
      <label htmlFor={id}>
        {label}
        {required ? null : <span className="optional"> ({t("form.optional")})</span>}
      </label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {t(error)}
        </p>
      ) : null}
      <textarea id={id} name={name} rows={3} defaultValue={value} aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
    </div>
  );
}

function Step({ intent, children, disabled }: { intent: string; children: React.ReactNode; disabled?: boolean }) {
  return (
    <button type="submit" name="intent" value={intent} className="button button-secondary button-small" disabled={disabled} formNoValidate>
      {children}
    </button>
  );
}

function Question({ q, i, count, errors }: { q: QuestionDraft; i: number; count: number; errors: QuizErrors }) {
  const t = useT();
  const n = i + 1;
  const optionsError = errors[questionField(i, "options")];
  return (
    <fieldset className="qe-question card" id={`domanda-${n}`}>
      <legend>{t("authoring.quiz.question", { n })}</legend>
      <input type="hidden" name={questionField(i, "id")} value={q.id} />
      <SelectField
        name={questionField(i, "type")}
        label={t("authoring.quiz.type")}
        defaultValue={q.type}
        options={(["single", "multiple"] as const).map((type) => ({ value: type, label: t(`authoring.quiz.type.${type}`) }))}
      />
      <TextArea name={questionField(i, "text")} label={t("authoring.quiz.text")} value={q.text} error={errors[questionField(i, "text")]} required />
      <fieldset
        className={`qe-options${optionsError ? " field-invalid" : ""}`}
        id={`field-${questionField(i, "options")}`}
        aria-describedby={optionsError ? `field-${questionField(i, "options")}-error` : undefined}
      >
        <legend>{t("authoring.quiz.options")}</legend>
        {optionsError ? (
          <p className="field-error" id={`field-${questionField(i, "options")}-error`}>
            {t(optionsError)}
          </p>
        ) : null}
        <ol className="qe-option-list">
          {q.options.map((o, j) => {
            const textName = optionField(i, j, "text");
            const error = errors[textName];
            return (
              <li key={`${q.id}-${o.id}`} className={`qe-option${error ? " field-invalid" : ""}`}>
                <input type="hidden" name={optionField(i, j, "id")} value={o.id} />
                <div className="qe-option-text">
                  <label htmlFor={`field-${textName}`}>{t("authoring.quiz.option", { n: j + 1 })}</label>
                  {error ? (
                    <p className="field-error" id={`field-${textName}-error`}>
                      {t(error)}
                    </p>
                  ) : null}
                  <input
                    type="text"
                    id={`field-${textName}`}
                    name={textName}
                    defaultValue={o.text}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `field-${textName}-error` : undefined}
                  />
                </div>
                <div className="checkbox qe-option-correct">
                  <input type="checkbox" id={`field-${optionField(i, j, "correct")}`} name={optionField(i, j, "correct")} defaultChecked={o.correct} />
                  <label htmlFor={`field-${optionField(i, j, "correct")}`}>
                    {t("authoring.quiz.correct")}
                    <span className="visually-hidden"> ({t("authoring.quiz.option", { n: j + 1 })})</span>
                  </label>
                </div>
                <Step intent={`remove-option:${i}:${j}`} disabled={q.options.length <= MIN_OPTIONS}>
                  {t("authoring.quiz.removeOption", { o: j + 1, n })}
                </Step>
              </li>
            );
          })}
        </ol>
        <Step intent={`add-option:${i}`} disabled={q.options.length >= MAX_OPTIONS}>
          {t("authoring.quiz.addOption", { n })}
        </Step>
      </fieldset>
      <TextArea
        name={questionField(i, "explanation")}
        label={t("authoring.quiz.explanation")}
        hint={t("authoring.quiz.explanationHint")}
        value={q.explanation}
        error={errors[questionField(i, "explanation")]}
      />
      <div className="authoring-row-actions">
        <Step intent={`up-question:${i}`} disabled={i === 0}>
          {t("authoring.quiz.upQuestion", { n })}
        </Step>
        <Step intent={`down-question:${i}`} disabled={i === count - 1}>
          {t("authoring.quiz.downQuestion", { n })}
        </Step>
        <Step intent={`remove-question:${i}`}>{t("authoring.quiz.removeQuestion", { n })}</Step>
      </div>
    </fieldset>
  );
}

export function QuizForm({ draft, errors, formKey }: { draft: QuizDraft; errors: QuizErrors; formKey: string }) {
  const t = useT();
  const labels: Record<string, string> = { passMark: t("authoring.quiz.passMark") };
  draft.questions.forEach((q, i) => {
    const prefix = t("authoring.quiz.question", { n: i + 1 });
    labels[questionField(i, "text")] = `${prefix}, ${t("authoring.quiz.text").toLowerCase()}`;
    labels[questionField(i, "options")] = `${prefix}, ${t("authoring.quiz.options").toLowerCase()}`;
    q.options.forEach((_, j) => {
      labels[optionField(i, j, "text")] = `${prefix}, ${t("authoring.quiz.option", { n: j + 1 }).toLowerCase()}`;
    });
    labels[questionField(i, "explanation")] = `${prefix}, ${t("authoring.quiz.explanation").toLowerCase()}`;
  });
  return (
    <Form method="post" noValidate className="authoring-form qe-form" key={formKey}>
      <ErrorSummary errors={errors} labels={labels} />
      {/* First submit button of the form: pressing Enter in a field saves, never removes. */}
      <div className="actions qe-top-actions">
        <button type="submit" name="intent" value="save" className="button">
          {t("authoring.quiz.save")}
        </button>
      </div>
      <Field
        name="passMark"
        label={labels.passMark}
        required
        inputMode="numeric"
        hint={t("authoring.quiz.passMarkHint")}
        defaultValue={draft.passMark}
        error={errors.passMark}
        className="authoring-short"
      />
      {draft.questions.length === 0 ? <p>{t("authoring.quiz.empty")}</p> : null}
      {draft.questions.map((q, i) => (
        <Question key={`${q.id}-${i}`} q={q} i={i} count={draft.questions.length} errors={errors} />
      ))}
      <div className="actions">
        <Step intent="add-question" disabled={draft.questions.length >= MAX_QUESTIONS}>
          {t("authoring.quiz.addQuestion")}
        </Step>
        <button type="submit" name="intent" value="save" className="button">
          {t("authoring.quiz.save")}
        </button>
      </div>
    </Form>
  );
}
