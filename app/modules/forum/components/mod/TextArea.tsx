// A labelled multi-line field with its hint and error linked for screen readers.
import { FieldFrame } from "~/components/ui/Field";
import type { MessageKey } from "~/i18n";

interface Props extends React.TextareaHTMLAttributes<HTMLTextAreaElement> {
  name: string;
  label: string;
  fieldId?: string;
  hint?: string;
  error?: MessageKey;
}

export function TextArea({ name, label, fieldId = `field-${name}`, hint, error, required, ...area }: Props) {
  const described = [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <FieldFrame fieldId={fieldId} label={label} hint={hint} error={error} optional={!required}>
      <textarea id={fieldId} name={name} required={required} aria-invalid={error ? true : undefined} aria-describedby={described} {...area} />
    </FieldFrame>
  );
}
