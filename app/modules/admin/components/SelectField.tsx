// A labelled <select> with an optional hint and an error linked for screen readers (like ui/Field).
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";

interface SelectFieldProps extends React.SelectHTMLAttributes<HTMLSelectElement> {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  error?: MessageKey;
  hint?: string;
}

export function SelectField({ name, label, options, error, hint, id, ...select }: SelectFieldProps) {
  const t = useT();
  const fieldId = id ?? `field-${name}`;
  const describedBy = [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`field${error ? " field-invalid" : ""}`}>
      <label htmlFor={fieldId}>{label}</label>
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
      <select id={fieldId} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy || undefined} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
