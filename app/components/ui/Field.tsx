// Labelled form fields (input, select) with hint and error message linked for screen readers.
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";

interface FrameProps {
  fieldId: string;
  label: string;
  error?: MessageKey;
  hint?: string;
  optional: boolean;
  children: React.ReactNode;
  /** Extra class of the wrapper, and an id for the label (for widgets labelled by it). */
  className?: string;
  labelId?: string;
}

function describedBy(fieldId: string, hint?: string, error?: MessageKey): string | undefined {
  return [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** Label, hint and error around any control; the control's ids follow `${fieldId}-hint/-error`. */
export function FieldFrame({ fieldId, label, error, hint, optional, children, className, labelId }: FrameProps) {
  const t = useT();
  return (
    <div className={`field${className ? ` ${className}` : ""}${error ? " field-invalid" : ""}`}>
      <label id={labelId} htmlFor={fieldId}>
        {label}
        {optional ? <span className="optional"> ({t("form.optional")})</span> : null}
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
      {children}
    </div>
  );
}

interface FieldProps extends React.InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  error?: MessageKey;
  hint?: string;
}

export function Field({ name, label, error, hint, id, required, type = "text", ...input }: FieldProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldFrame fieldId={fieldId} label={label} error={error} hint={hint} optional={!required}>
      <input
        id={fieldId}
        name={name}
        type={type}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
        {...input}
      />
    </FieldFrame>
  );
}

interface SelectFieldProps extends React.SelectHTMLAttributes<HTMLSelectElement> {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  error?: MessageKey;
  hint?: string;
}

/** A select; filters and choices with a neutral first option are not marked optional. */
export function SelectField({ name, label, options, error, hint, id, ...select }: SelectFieldProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldFrame fieldId={fieldId} label={label} error={error} hint={hint} optional={false}>
      <select id={fieldId} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(fieldId, hint, error)} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
