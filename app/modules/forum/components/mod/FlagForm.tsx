// Reporting a post: the reason (a minor's personal data first) and a note for the moderators.
import { Form, Link } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { TextArea } from "./TextArea";

interface Props {
  reasons: readonly string[];
  errors: Partial<Record<string, MessageKey>>;
  values: Record<string, string>;
  formError: MessageKey | null;
  back: string;
}

export function FlagForm({ reasons, errors, values, formError, back }: Props) {
  const t = useT();
  const reasonError = errors.motivo;
  return (
    <Form method="post" className="forummod-form">
      <ErrorSummary errors={errors} labels={{ motivo: t("forummod.flag.reason"), nota: t("forummod.flag.note") }} />
      {formError ? (
        <div className="alert alert-error" role="alert">
          <p>{t(formError)}</p>
        </div>
      ) : null}
      <fieldset
        className={`fieldset forummod-reasons${reasonError ? " field-invalid" : ""}`}
        aria-describedby={reasonError ? "field-motivo-error" : undefined}
      >
        <legend>{t("forummod.flag.reason")}</legend>
        {reasonError ? (
          <p className="field-error" id="field-motivo-error">
            {t(reasonError)}
          </p>
        ) : null}
        {reasons.map((reason, i) => {
          // The first choice carries the id the error summary links to.
          const id = i === 0 ? "field-motivo" : `field-motivo-${reason}`;
          return (
            <div className="checkbox" key={reason}>
              <input
                type="radio"
                id={id}
                name="motivo"
                value={reason}
                required
                defaultChecked={values.motivo === reason}
                aria-describedby={reason === "minor_data" ? "motivo-minor-hint" : undefined}
              />
              <div>
                <label htmlFor={id}>{t(`forum.flagReason.${reason}` as MessageKey)}</label>
                {reason === "minor_data" ? (
                  <p className="hint forummod-reason-hint" id="motivo-minor-hint">
                    {t("forummod.flag.minorHint")}
                  </p>
                ) : null}
              </div>
            </div>
          );
        })}
      </fieldset>
      <TextArea name="nota" label={t("forummod.flag.note")} hint={t("forummod.flag.noteHint")} error={errors.nota} maxLength={500} rows={4} defaultValue={values.nota ?? ""} />
      <div className="actions">
        <button type="submit" className="button">
          {t("forummod.flag.submit")}
        </button>
        <Link to={back}>{t("forummod.cancel")}</Link>
      </div>
    </Form>
  );
}
