// The coordinators' export form: what (completions CSV or certificates ZIP), district, course, period.
import { Form } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { Field, SelectField } from "~/components/ui/Field";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import type { FieldErrors } from "~/utils/forms";

export interface ExportFormProps {
  districts: readonly ("MI" | "BS")[];
  courses: readonly { slug: string; title: string }[];
  values: Record<string, string>;
  errors: FieldErrors;
}

export function ExportForm({ districts, courses, values, errors }: ExportFormProps) {
  const t = useT();
  const kind = values.tipo ?? "completamenti";
  const labels = {
    tipo: t("exports.field.kind"),
    distretto: t("exports.field.district"),
    corso: t("exports.field.course"),
    dal: t("exports.field.from"),
    al: t("exports.field.to"),
  };
  const kindError = errors.tipo as MessageKey | undefined;
  return (
    // A native submission: the answer is a file download, which client-side navigation cannot take.
    <Form method="post" noValidate reloadDocument className="card export-form">
      <ErrorSummary errors={errors} labels={labels} />
      {errors._form ? <Alert tone="error">{t(errors._form)}</Alert> : null}
      <fieldset className={`fieldset${kindError ? " field-invalid" : ""}`} id="field-tipo" aria-describedby={kindError ? "tipo-error" : undefined}>
        <legend>{labels.tipo}</legend>
        {kindError ? (
          <p className="field-error" id="tipo-error">
            {t(kindError)}
          </p>
        ) : null}
        <div className="checkbox">
          <input type="radio" id="tipo-completamenti" name="tipo" value="completamenti" defaultChecked={kind === "completamenti"} />
          <label htmlFor="tipo-completamenti">{t("exports.kind.completions")}</label>
        </div>
        <div className="checkbox">
          <input type="radio" id="tipo-attestati" name="tipo" value="attestati" defaultChecked={kind === "attestati"} />
          <label htmlFor="tipo-attestati">{t("exports.kind.certificates")}</label>
        </div>
      </fieldset>
      <SelectField
        name="distretto"
        label={labels.distretto}
        defaultValue={values.distretto ?? districts[0]}
        error={errors.distretto}
        options={districts.map((d) => ({ value: d, label: t(d === "MI" ? "district.MI" : "district.BS") }))}
      />
      <SelectField
        name="corso"
        label={labels.corso}
        defaultValue={values.corso ?? ""}
        error={errors.corso}
        options={[{ value: "", label: t("exports.field.coursePick") }, ...courses.map((c) => ({ value: c.slug, label: c.title }))]}
      />
      <div className="export-dates">
        <Field name="dal" type="date" label={labels.dal} defaultValue={values.dal} error={errors.dal} required hint={t("exports.field.dateHint")} />
        <Field name="al" type="date" label={labels.al} defaultValue={values.al} error={errors.al} required hint={t("exports.field.dateHint")} />
      </div>
      <div className="actions">
        <button type="submit" className="button">
          {t("exports.submit")}
        </button>
      </div>
    </Form>
  );
}
