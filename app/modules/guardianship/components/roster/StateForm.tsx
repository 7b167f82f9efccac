// The form that changes a person's state in the elenco. The training record sits right beside it:
// listing someone without the mandatory course is refused unless an override reason is written.
import { Form } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { Field, FieldFrame, SelectField } from "~/components/ui/Field";
import { useT } from "~/i18n/react";
import type { FieldErrors } from "~/utils/forms";
import { GUARDIAN_STATE_VALUES } from "../../fields";
import { TrainingSummary, type GuardianState } from "./StateTag";

interface Props {
  action: string;
  person: { state: GuardianState; listedSince: string | null; mandatoryCompleted: boolean; hoursThisYear: number };
  errors: FieldErrors;
  values: Record<string, string> | null;
}

export function StateForm({ action, person, errors, values }: Props) {
  const t = useT();
  const v = (name: string, fallback = "") => (values ? (values[name] ?? "") : fallback);
  const labels = {
    state: t("tutelaroster.stateForm.state"),
    listedSince: t("tutelaroster.stateForm.listedSince"),
    reason: t("tutelaroster.stateForm.reason"),
    overrideReason: t("tutelaroster.stateForm.override"),
  };
  return (
    <section className="card" aria-labelledby="state-form-title">
      <h2 id="state-form-title">{t("tutelaroster.stateForm.title")}</h2>
      <p className="roster-training" id="state-form-training">
        <strong>{t("tutelaroster.stateForm.training")}</strong>{" "}
        <TrainingSummary mandatoryCompleted={person.mandatoryCompleted} hoursThisYear={person.hoursThisYear} />
      </p>
      {!person.mandatoryCompleted ? <p className="hint">{t("tutelaroster.stateForm.mandatoryNote")}</p> : null}
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" action={action} noValidate aria-labelledby="state-form-title">
        <input type="hidden" name="intent" value="state" />
        <SelectField
          name="state"
          label={labels.state}
          required
          defaultValue={v("state", person.state)}
          error={errors.state}
          options={GUARDIAN_STATE_VALUES.map((s) => ({ value: s, label: t(`tutele.state.${s}`) }))}
        />
        <Field
          name="listedSince"
          type="date"
          label={labels.listedSince}
          hint={t("tutelaroster.stateForm.listedSinceHint")}
          defaultValue={v("listedSince", person.listedSince ?? "")}
          error={errors.listedSince}
        />
        <FieldFrame fieldId="field-reason" label={labels.reason} hint={t("tutelaroster.stateForm.reasonHint")} error={errors.reason} optional>
          <textarea
            id="field-reason"
            name="reason"
            rows={3}
            maxLength={500}
            defaultValue={v("reason")}
            aria-invalid={errors.reason ? true : undefined}
            aria-describedby={["field-reason-hint", errors.reason ? "field-reason-error" : null].filter(Boolean).join(" ")}
          />
        </FieldFrame>
        <FieldFrame
          fieldId="field-overrideReason"
          label={labels.overrideReason}
          hint={t(person.mandatoryCompleted ? "tutelaroster.stateForm.overrideHintDone" : "tutelaroster.stateForm.overrideHintMissing")}
          error={errors.overrideReason}
          optional
        >
          <textarea
            id="field-overrideReason"
            name="overrideReason"
            rows={3}
            maxLength={500}
            defaultValue={v("overrideReason")}
            aria-invalid={errors.overrideReason ? true : undefined}
            aria-describedby={["field-overrideReason-hint", errors.overrideReason ? "field-overrideReason-error" : null].filter(Boolean).join(" ")}
          />
        </FieldFrame>
        <div className="actions">
          <button type="submit" className="button">
            {t("tutelaroster.stateForm.submit")}
          </button>
        </div>
      </Form>
    </section>
  );
}
