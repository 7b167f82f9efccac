// The list of a form's errors at its top, each linking to its field; it takes focus when shown
// so that screen-reader and keyboard users learn at once that the form was not accepted.
import { useEffect, useRef } from "react";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";

export function ErrorSummary({
  errors,
  labels,
}: {
  errors: Partial<Record<string, MessageKey>>;
  /** Field name → visible label, in the order the fields appear. */
  labels: Record<string, string>;
}) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.keys(labels).filter((name) => errors[name]);
  useEffect(() => {
    if (entries.length > 0) ref.current?.focus();
  }, [errors]); // eslint-disable-line react-hooks/exhaustive-deps
  if (entries.length === 0) return null;
  return (
    <div ref={ref} className="alert alert-error" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <p id="error-summary-title">
        <strong>{t("form.errorSummary")}</strong>
      </p>
      <ul>
        {entries.map((name) => (
          <li key={name}>
            <a href={`#field-${name}`}>
              {labels[name]}: {t(errors[name]!)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
