// The module form: title, summary, minutes and the Markdown body, with three submit buttons —
// save a draft, publish, preview — and the preview itself when the server sent one back.
import { Form } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { Field } from "~/components/ui/Field";
import type { FieldErrors } from "~/utils/forms";
import { useT } from "~/i18n/react";
import { MarkdownEditor } from "~/components/editor/MarkdownEditor";
import { RenderedMarkdown } from "./RenderedMarkdown";

export interface ModuleFormProps {
  /** Changes when another module (or version) is edited, so the editor starts again. */
  editorKey: string;
  values: Record<string, string>;
  errors: FieldErrors;
  preview: string | null;
}

export function ModuleForm({ editorKey, values, errors, preview }: ModuleFormProps) {
  const t = useT();
  const labels = {
    title: t("authoring.module.title"),
    summary: t("authoring.module.summary"),
    minutes: t("authoring.module.minutes"),
    bodyMd: t("authoring.module.body"),
  };
  return (
    <>
      {preview !== null ? (
        <section className="card preview" aria-labelledby="preview-title">
          <h2 id="preview-title">{t("authoring.module.previewTitle")}</h2>
          <p className="muted">{t("authoring.module.previewHint")}</p>
          <RenderedMarkdown html={preview} />
        </section>
      ) : null}
      <Form method="post" noValidate className="authoring-form">
        <ErrorSummary errors={errors} labels={labels} />
        <Field name="title" label={labels.title} required defaultValue={values.title ?? ""} error={errors.title} maxLength={200} />
        <Field name="summary" label={labels.summary} hint={t("authoring.module.summaryHint")} defaultValue={values.summary ?? ""} error={errors.summary} />
        <Field
          name="minutes"
          label={labels.minutes}
          required
          inputMode="numeric"
          defaultValue={values.minutes ?? ""}
          error={errors.minutes}
          className="authoring-short"
        />
        <MarkdownEditor
          key={editorKey}
          name="bodyMd"
          label={labels.bodyMd}
          hint={t("authoring.module.bodyHint")}
          defaultValue={values.bodyMd ?? ""}
          error={errors.bodyMd}
          required
        />
        <div className="actions">
          <button type="submit" name="intent" value="save" className="button">
            {t("authoring.module.saveDraft")}
          </button>
          <button type="submit" name="intent" value="publish" className="button button-secondary">
            {t("authoring.module.publish")}
          </button>
          <button type="submit" name="intent" value="preview" className="button button-quiet">
            {t("authoring.module.preview")}
          </button>
        </div>
      </Form>
    </>
  );
}
