// Step two of a new request: the whole form (multipart, works without JavaScript), with the
// reminder to leave out personal data that is not needed and the attachments' limits.
import { Form, Link } from "@remix-run/react";
import { MarkdownEditor } from "~/components/editor/MarkdownEditor";
import { Field, FieldFrame, SelectField } from "~/components/ui/Field";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { CATEGORIES, SUBJECT_MAX } from "../../constants";
import { AttachmentsField } from "./AttachmentsField";
import { FormErrorSummary } from "./FormErrorSummary";
import type { ErrorVarsData, MinorOption } from "./types";

export interface RequestFormProps {
  action: string;
  values: Record<string, string>;
  errors: Partial<Record<string, MessageKey>>;
  vars: ErrorVarsData;
  notices: readonly MessageKey[];
  minors: readonly MinorOption[];
  /** The guardian's districts, when there is a choice (more than one). */
  districts: readonly string[];
  changeHref: string;
  onSubjectInput: (event: React.FormEvent<HTMLInputElement>) => void;
}

export function RequestForm({ action, values, errors, vars, notices, minors, districts, changeHref, onSubjectInput }: RequestFormProps) {
  const t = useT();
  const labels: Record<string, string> = {
    category: t("consultguardian.new.category"),
    subject: t("consultguardian.new.subject"),
    ...(districts.length > 1 ? { districtCode: t("consultguardian.new.district") } : {}),
    ...(minors.length > 0 ? { minorId: t("consultguardian.new.minor") } : {}),
    description: t("consultguardian.new.description"),
    urgencyReason: t("consultguardian.new.urgencyReason"),
    deadlineDate: t("consultguardian.new.deadline"),
    attachments: t("consultguardian.attachments.label"),
  };
  return (
    <Form method="post" encType="multipart/form-data" action={action} noValidate className="card consult-step consult-request-form" aria-labelledby="step2-title">
      <p className="consult-step-number">{t("consultguardian.new.step", { step: 2 })}</p>
      <h2 id="step2-title">{t("consultguardian.new.form.title")}</h2>
      <FormErrorSummary errors={errors} vars={vars} labels={labels} notices={notices} />
      <p>
        <Link to={changeHref}>{t("consultguardian.new.change")}</Link>
      </p>
      <SelectField
        name="category"
        label={labels.category}
        defaultValue={values.category ?? ""}
        error={errors.category}
        options={[
          { value: "", label: t("consultguardian.new.categoryChoose") },
          ...CATEGORIES.map((c) => ({ value: c, label: t(`consultations.category.${c}`) })),
        ]}
      />
      <Field
        name="subject"
        label={labels.subject}
        defaultValue={values.subject ?? ""}
        maxLength={SUBJECT_MAX}
        required
        error={errors.subject}
        onInput={onSubjectInput}
        className="consult-subject"
      />
      {districts.length > 1 ? (
        <SelectField
          name="districtCode"
          label={labels.districtCode}
          defaultValue={values.districtCode ?? districts[0]}
          error={errors.districtCode}
          options={districts.map((d) => ({ value: d, label: t(`district.${d}` as MessageKey) }))}
        />
      ) : null}
      {minors.length > 0 ? (
        <SelectField
          name="minorId"
          label={labels.minorId}
          hint={t("consultguardian.new.minorHint")}
          defaultValue={values.minorId ?? ""}
          error={errors.minorId}
          options={[{ value: "", label: t("consultguardian.new.minorNone") }, ...minors.map((m) => ({ value: m.id, label: m.code }))]}
        />
      ) : null}
      <aside className="consult-privacy" aria-labelledby="privacy-title">
        <h3 id="privacy-title">{t("consultguardian.privacy.title")}</h3>
        <ul>
          <li>{t("consultguardian.privacy.need")}</li>
          <li>{t("consultguardian.privacy.name")}</li>
          <li>{t("consultguardian.privacy.documents")}</li>
        </ul>
      </aside>
      <MarkdownEditor
        name="description"
        label={labels.description}
        hint={t("consultguardian.new.descriptionHint")}
        defaultValue={values.description ?? ""}
        error={errors.description}
        required
        loadOn="interaction"
        compact
      />
      <fieldset className="fieldset consult-urgency">
        <legend>{t("consultguardian.new.urgency")}</legend>
        <div className="checkbox">
          <input id="field-urgent" type="checkbox" name="urgent" defaultChecked={values.urgent === "on"} aria-describedby="field-urgent-hint" />
          <label htmlFor="field-urgent">{t("consultguardian.new.urgent")}</label>
        </div>
        <p className="hint" id="field-urgent-hint">
          {t("consultguardian.new.urgentHint")}
        </p>
        <FieldFrame
          fieldId="field-urgencyReason"
          label={labels.urgencyReason}
          hint={t("consultguardian.new.urgencyReasonHint")}
          error={errors.urgencyReason}
          optional
        >
          <textarea
            id="field-urgencyReason"
            name="urgencyReason"
            rows={3}
            maxLength={1000}
            defaultValue={values.urgencyReason ?? ""}
            aria-invalid={errors.urgencyReason ? true : undefined}
            aria-describedby={["field-urgencyReason-hint", errors.urgencyReason ? "field-urgencyReason-error" : null].filter(Boolean).join(" ")}
            className="consult-short-text"
          />
        </FieldFrame>
        <Field
          name="deadlineDate"
          type="date"
          label={labels.deadlineDate}
          hint={t("consultguardian.new.deadlineHint")}
          defaultValue={values.deadlineDate ?? ""}
          error={errors.deadlineDate}
        />
      </fieldset>
      <AttachmentsField error={errors.attachments} vars={vars.attachments} />
      <div className="actions">
        <button type="submit" className="button">
          {t("consultguardian.new.submit")}
        </button>
      </div>
    </Form>
  );
}
