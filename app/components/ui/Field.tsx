// A labelled form field with its error message linked for screen readers.
import { useT } from "~/i18n/react";
import type { MessageKey } from "~/i18n";

interface FieldProps extends React.InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  error?: MessageKey;
  hint?: string;
}

export function Field({ name, label, error, hint, id, required, type = "text", ...input }: FieldProps) {
  const t = useT();
  const fieldId = id ?? `field-${name}`;
  const describedBy = [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`field${error ? " field-invalid" : ""}`}>
      <label htmlFor={fieldId}>
        {label}
        {required ? null : <span className="optional"> ({t("form.optional")})</span>}
      </label>
      {hint ? (
        <p className="hint" id={`${fieldId}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${fieldId}-error`}>
          {t(error)}
        </p>
      ) : null}
      <input
        id={fieldId}
        name={name}
        type={type}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
    </div>
  );
}
