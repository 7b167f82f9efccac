// What the guardian can do on their request: write again (with attachments), close it, rate the
// answer. A closed request offers a new one instead.
import { Form, Link } from "@remix-run/react";
import { MarkdownEditor } from "~/components/editor/MarkdownEditor";
import { FieldFrame } from "~/components/ui/Field";
import { Alert } from "~/components/ui/Alert";
import { useT } from "~/i18n/react";
import { AttachmentsField } from "../request/AttachmentsField";
import { FormErrorSummary } from "../request/FormErrorSummary";
import { resultFor, type RequestData, type ThreadActionData } from "./types";

interface Props {
  request: RequestData;
  result: ThreadActionData | undefined;
  formKey: string;
}

export function GuardianReply({ request, result, formKey }: Props) {
  const t = useT();
  if (request.status === "closed") {
    return (
      <section className="card consult-composer" aria-labelledby="reply-title">
        <h2 id="reply-title">{t("consultguardian.guardian.reply.title")}</h2>
        <p>{t("consultguardian.guardian.closed")}</p>
        <p>
          <Link to="/consulenze/nuova" className="button">
            {t("consultguardian.guardian.newRequest")}
          </Link>
        </p>
      </section>
    );
  }
  const own = resultFor(result, "message");
  const labels = { body: t("consultguardian.guardian.reply.body"), attachments: t("consultguardian.attachments.label") };
  return (
    <section className="card consult-composer" aria-labelledby="reply-title">
      <h2 id="reply-title">{t("consultguardian.guardian.reply.title")}</h2>
      {request.status === "answered" ? <p className="consult-composer-note">{t("consultguardian.guardian.reply.reopens")}</p> : null}
      {request.status === "waiting_guardian" ? <p className="consult-composer-note">{t("consultguardian.guardian.reply.waiting")}</p> : null}
      <Form key={formKey} method="post" encType="multipart/form-data" action={`/consulenze/${request.id}`} noValidate>
        <input type="hidden" name="intent" value="message" />
        <FormErrorSummary errors={own?.errors ?? {}} vars={own?.vars} labels={labels} notices={own?.formError ? [own.formError] : []} />
        <MarkdownEditor
          name="body"
          label={labels.body}
          defaultValue={own?.values.body ?? ""}
          error={own?.errors.body}
          required
          loadOn="interaction"
          compact
        />
        <AttachmentsField error={own?.errors.attachments} vars={own?.vars.attachments} />
        <div className="actions">
          <button type="submit" className="button">
            {t("consultguardian.guardian.reply.submit")}
          </button>
        </div>
      </Form>
    </section>
  );
}

export function GuardianClose({ request, result }: Omit<Props, "formKey">) {
  const t = useT();
  if (request.status === "closed") return null;
  const own = resultFor(result, "close");
  return (
    <section className="card" aria-labelledby="close-title">
      <h2 id="close-title">{t("consultguardian.guardian.close.title")}</h2>
      {own?.formError ? <Alert tone="error">{t(own.formError)}</Alert> : null}
      <p>{t("consultguardian.guardian.close.body")}</p>
      <Form method="post" action={`/consulenze/${request.id}`}>
        <input type="hidden" name="intent" value="close" />
        <button type="submit" className="button button-secondary">
          {t("consultguardian.guardian.close.submit")}
        </button>
      </Form>
    </section>
  );
}

const SCORES = [1, 2, 3, 4, 5] as const;

export function RatingForm({ request, result, formKey }: Props) {
  const t = useT();
  const answered = request.status === "answered" || (request.status === "closed" && request.firstResponseAt !== null);
  if (!answered) return null;
  const own = resultFor(result, "rate");
  const chosen = own?.values.score ?? (request.ratingScore ? String(request.ratingScore) : "");
  const labels = { score: t("consultguardian.rating.score"), comment: t("consultguardian.rating.comment") };
  const scoreError = own?.errors.score;
  return (
    <section className="card consult-rating" aria-labelledby="rating-title">
      <h2 id="rating-title">{t("consultguardian.rating.title")}</h2>
      {request.ratingScore ? (
        <p className="consult-rating-given">
          <span aria-hidden="true">{"★".repeat(request.ratingScore)}{"☆".repeat(5 - request.ratingScore)} </span>
          {t("consultguardian.rating.given", { score: request.ratingScore })}
        </p>
      ) : (
        <p>{t("consultguardian.rating.intro")}</p>
      )}
      <Form key={formKey} method="post" action={`/consulenze/${request.id}`} noValidate>
        <input type="hidden" name="intent" value="rate" />
        <FormErrorSummary errors={own?.errors ?? {}} labels={labels} notices={own?.formError ? [own.formError] : []} idPrefix="field-" />
        <fieldset
          className={`fieldset consult-scores${scoreError ? " field-invalid" : ""}`}
          aria-describedby={scoreError ? "field-score-error" : undefined}
        >
          <legend>{labels.score}</legend>
          {scoreError ? (
            <p className="field-error" id="field-score-error">
              {t(scoreError)}
            </p>
          ) : null}
          {SCORES.map((score) => (
            <div className="checkbox" key={score}>
              <input
                type="radio"
                name="score"
                value={score}
                id={score === 1 ? "field-score" : `field-score-${score}`}
                defaultChecked={chosen === String(score)}
              />
              <label htmlFor={score === 1 ? "field-score" : `field-score-${score}`}>{t(`consultguardian.rating.${score}`)}</label>
            </div>
          ))}
        </fieldset>
        <FieldFrame fieldId="field-comment" label={labels.comment} error={own?.errors.comment} optional>
          <textarea
            id="field-comment"
            name="comment"
            rows={3}
            maxLength={2000}
            defaultValue={own?.values.comment ?? request.ratingComment ?? ""}
            aria-invalid={own?.errors.comment ? true : undefined}
            aria-describedby={own?.errors.comment ? "field-comment-error" : undefined}
          />
        </FieldFrame>
        <button type="submit" className="button button-secondary">
          {request.ratingScore ? t("consultguardian.rating.change") : t("consultguardian.rating.submit")}
        </button>
      </Form>
    </section>
  );
}
