// The quiz as a plain form: radio buttons or checkboxes in fieldsets, answers kept and unanswered
// questions marked when the server sends the form back. Works without JavaScript.
import { Form, useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { Alert } from "~/components/ui/Alert";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import type { PublicQuiz, QuizAnswers } from "~/modules/training/quiz";

export function QuizForm({
  quiz,
  versionId,
  answers,
  errors,
}: {
  quiz: PublicQuiz;
  versionId: string;
  answers?: QuizAnswers | null;
  errors?: Record<string, MessageKey> | null;
}) {
  const t = useT();
  const location = useLocation();
  const summary = useRef<HTMLDivElement>(null);
  const invalid = quiz.questions.filter((q) => errors?.[q.id]);
  useEffect(() => {
    if (invalid.length > 0) summary.current?.focus();
  }, [errors]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    // A new key per navigation: "try again" gives an empty form.
    <Form method="post" noValidate key={location.key} className="quiz-form">
      <input type="hidden" name="intent" value="quiz" />
      <input type="hidden" name="versionId" value={versionId} />
      {invalid.length > 0 ? (
        <div ref={summary} tabIndex={-1} className="alert alert-error" role="alert">
          <p>
            <strong>{t("training.quiz.missing")}</strong>
          </p>
          <ul>
            {invalid.map((q) => (
              <li key={q.id}>
                <a href={`#question-${q.id}`}>{t("training.quiz.question", { n: quiz.questions.indexOf(q) + 1 })}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {quiz.questions.map((q, i) => {
        const error = errors?.[q.id];
        const chosen = answers?.[q.id] ?? [];
        const hintId = `question-${q.id}-hint`;
        const errorId = `question-${q.id}-error`;
        return (
          <fieldset
            key={q.id}
            id={`question-${q.id}`}
            className={`fieldset quiz-question${error ? " field-invalid" : ""}`}
            aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(" ")}
          >
            <legend>
              <span className="quiz-number">{t("training.quiz.question", { n: i + 1 })}</span> {q.text}
            </legend>
            <p className="hint" id={hintId}>
              {t(q.type === "single" ? "training.quiz.single" : "training.quiz.multiple")}
            </p>
            {error ? (
              <p className="field-error" id={errorId}>
                {t(error)}
              </p>
            ) : null}
            {q.options.map((o) => (
              <div className="checkbox" key={o.id}>
                <input
                  type={q.type === "single" ? "radio" : "checkbox"}
                  id={`answer-${q.id}-${o.id}`}
                  name={q.id}
                  value={o.id}
                  defaultChecked={chosen.includes(o.id)}
                />
                <label htmlFor={`answer-${q.id}-${o.id}`}>{o.text}</label>
              </div>
            ))}
          </fieldset>
        );
      })}
      <div className="actions">
        <button type="submit" className="button">
          {t("training.quiz.submit")}
        </button>
      </div>
    </Form>
  );
}

export function QuizChangedNotice() {
  const t = useT();
  return <Alert tone="info">{t("training.quiz.changed")}</Alert>;
}
