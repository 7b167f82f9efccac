// The attachments input of a request or a message, with its limits stated and its error (which
// names the refused file). The type is checked on the server from the content; `accept` only helps.
import type { MessageKey, Vars } from "~/i18n";
import { useT } from "~/i18n/react";

export const ACCEPT = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

export function AttachmentsField({ error, vars, name = "attachments" }: { error?: MessageKey; vars?: Vars; name?: string }) {
  const t = useT();
  const fieldId = `field-${name}`;
  const describedBy = [`${fieldId}-hint`, error ? `${fieldId}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`field consult-files-field${error ? " field-invalid" : ""}`}>
      <label htmlFor={fieldId}>
        {t("consultguardian.attachments.label")}
        <span className="optional"> ({t("form.optional")})</span>
      </label>
      <p className="hint" id={`${fieldId}-hint`}>
        {t("consultguardian.attachments.hint")}
      </p>
      {error ? (
        <p className="field-error" id={`${fieldId}-error`}>
          {t(error, vars)}
        </p>
      ) : null}
      <input id={fieldId} name={name} type="file" multiple accept={ACCEPT} aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
    </div>
  );
}
