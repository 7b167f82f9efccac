// The course form (new and edit): title, slug (new only), texts, audience, mandatory, hours,
// validity, renewed course, status. Plain HTML form; the presentation uses the Markdown editor.
import { Form } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { Field, SelectField } from "~/components/ui/Field";
import type { FieldErrors } from "~/utils/forms";
import { useT } from "~/i18n/react";
import { MarkdownEditor } from "~/components/editor/MarkdownEditor";

export interface CourseFormProps {
  mode: "new" | "edit";
  slug?: string;
  values: Record<string, string>;
  errors: FieldErrors;
  renewsOptions: { id: string; title: string }[];
}

export function CourseForm({ mode, slug, values, errors, renewsOptions }: CourseFormProps) {
  const t = useT();
  const labels: Record<string, string> = {
    title: t("authoring.course.title"),
    ...(mode === "new" ? { slug: t("authoring.course.slug") } : {}),
    summary: t("authoring.course.summary"),
    bodyMd: t("authoring.course.body"),
    audience: t("authoring.course.audience"),
    hours: t("authoring.course.hours"),
    validityMonths: t("authoring.course.validity"),
    renewsCourseId: t("authoring.course.renews"),
    status: t("authoring.course.status"),
  };
  return (
    <Form method="post" noValidate className="authoring-form">
      <ErrorSummary errors={errors} labels={labels} />
      <Field name="title" label={labels.title} required defaultValue={values.title ?? ""} error={errors.title} maxLength={200} />
      {mode === "new" ? (
        <Field
          name="slug"
          label={labels.slug}
          required
          hint={t("authoring.course.slugHint")}
          defaultValue={values.slug ?? ""}
          error={errors.slug}
          autoCapitalize="none"
          spellCheck={false}
        />
      ) : (
        <p className="muted">{t("authoring.course.slugFixed", { slug: slug ?? "" })}</p>
      )}
      <Field name="summary" label={labels.summary} hint={t("authoring.course.summaryHint")} defaultValue={values.summary ?? ""} error={errors.summary} />
      <MarkdownEditor name="bodyMd" label={labels.bodyMd} hint={t("authoring.course.bodyHint")} defaultValue={values.bodyMd ?? ""} error={errors.bodyMd} />
      <SelectField
        name="audience"
        label={labels.audience}
        defaultValue={values.audience ?? "all"}
        error={errors.audience}
        options={(["candidate", "guardian", "all"] as const).map((a) => ({ value: a, label: t(`authoring.course.audience.${a}`) }))}
      />
      <div className="checkbox">
        <input type="checkbox" id="field-mandatory" name="mandatory" defaultChecked={values.mandatory === "on"} />
        <label htmlFor="field-mandatory">{t("authoring.course.mandatory")}</label>
      </div>
      <Field name="hours" label={labels.hours} required inputMode="decimal" hint={t("authoring.course.hoursHint")} defaultValue={values.hours ?? ""} error={errors.hours} className="authoring-short" />
      <Field
        name="validityMonths"
        label={labels.validityMonths}
        inputMode="numeric"
        hint={t("authoring.course.validityHint")}
        defaultValue={values.validityMonths ?? ""}
        error={errors.validityMonths}
        className="authoring-short"
      />
      <SelectField
        name="renewsCourseId"
        label={labels.renewsCourseId}
        defaultValue={values.renewsCourseId ?? ""}
        error={errors.renewsCourseId}
        options={[{ value: "", label: t("authoring.course.renewsNone") }, ...renewsOptions.map((c) => ({ value: c.id, label: c.title }))]}
      />
      <SelectField
        name="status"
        label={labels.status}
        defaultValue={values.status ?? "draft"}
        error={errors.status}
        options={(["draft", "published"] as const).map((s) => ({ value: s, label: t(`authoring.status.${s}`) }))}
      />
      <div className="actions">
        <button type="submit" name="intent" value="save" className="button">
          {t(mode === "new" ? "authoring.course.create" : "authoring.course.save")}
        </button>
      </div>
    </Form>
  );
}
