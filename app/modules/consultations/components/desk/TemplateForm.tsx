// The form to write or edit an answer template (title + Markdown body); plain POST, no JS needed.
import { Form, Link } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { Field, FieldFrame, SelectField } from "~/components/ui/Field";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import type { DistrictCode } from "~/modules/auth/roles";
import { TEMPLATE_TITLE_MAX } from "../../templates-fields";

export function TemplateForm({
  mode,
  values,
  errors,
  districts,
}: {
  mode: { kind: "create" } | { kind: "update"; id: string };
  values: Record<string, string>;
  errors: Partial<Record<string, MessageKey>>;
  /** The districts the user manages; a choice appears only when there are several (create only). */
  districts: readonly DistrictCode[];
}) {
  const t = useT();
  const labels: Record<string, string> = {
    ...(mode.kind === "create" && districts.length > 1 ? { districtCode: t("consultdesk.templates.district") } : {}),
    title: t("consultdesk.templates.titleLabel"),
    body: t("consultdesk.templates.body"),
  };
  const prefix = mode.kind === "create" ? "new" : "edit";
  return (
    <Form method="post" className="card consult-template-form" noValidate aria-labelledby={`template-${prefix}-title`}>
      {/* Edited in place, inside the list of templates (h3 items); written anew below the list. */}
      {mode.kind === "create" ? (
        <h2 id="template-new-title">{t("consultdesk.templates.newTitle")}</h2>
      ) : (
        <h3 id="template-edit-title">{t("consultdesk.templates.editTitle")}</h3>
      )}
      <ErrorSummary errors={errors} labels={labels} />
      <input type="hidden" name="intent" value={mode.kind} />
      {mode.kind === "update" ? <input type="hidden" name="id" value={mode.id} /> : null}
      {mode.kind === "create" && districts.length > 1 ? (
        <SelectField
          name="districtCode"
          label={labels.districtCode}
          defaultValue={values.districtCode ?? districts[0]}
          error={errors.districtCode}
          options={districts.map((d) => ({ value: d, label: t(`district.${d}`) }))}
        />
      ) : null}
      <Field name="title" label={labels.title} required maxLength={TEMPLATE_TITLE_MAX} defaultValue={values.title ?? ""} error={errors.title} />
      <FieldFrame fieldId="field-body" label={labels.body} error={errors.body} hint={t("consultdesk.templates.bodyHint")} optional={false}>
        <textarea
          id="field-body"
          name="body"
          rows={10}
          required
          defaultValue={values.body ?? ""}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={["field-body-hint", errors.body ? "field-body-error" : null].filter(Boolean).join(" ")}
        />
      </FieldFrame>
      <div className="actions">
        <button type="submit" className="button">
          {t(mode.kind === "create" ? "consultdesk.templates.create" : "form.save")}
        </button>
        {mode.kind === "update" ? (
          <Link to="/consulenze/modelli" className="button button-quiet">
            {t("form.cancel")}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
