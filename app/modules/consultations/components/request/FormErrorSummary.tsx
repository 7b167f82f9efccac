// The list of a form's errors at its top, like ui/ErrorSummary, but with values for the messages'
// placeholders (a file's name): each entry links to its field and the box takes focus when shown.
import { useEffect, useRef } from "react";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import type { ErrorVarsData } from "./types";

export function FormErrorSummary({
  errors,
  vars,
  labels,
  notices = [],
  idPrefix = "field-",
}: {
  errors: Partial<Record<string, MessageKey>>;
  vars?: ErrorVarsData;
  /** Field name → visible label, in the order the fields appear. */
  labels: Record<string, string>;
  /** Messages about the whole form, shown under the list. */
  notices?: readonly MessageKey[];
  idPrefix?: string;
}) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.keys(labels).filter((name) => errors[name]);
  const show = entries.length > 0 || notices.length > 0;
  useEffect(() => {
    if (show) ref.current?.focus();
  }, [errors, notices]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!show) return null;
  const titleId = `${idPrefix}error-summary-title`;
  return (
    <div ref={ref} className="alert alert-error" role="alert" tabIndex={-1} aria-labelledby={entries.length > 0 ? titleId : undefined}>
      {entries.length > 0 ? (
        <>
          <p id={titleId}>
            <strong>{t("form.errorSummary")}</strong>
          </p>
          <ul>
            {entries.map((name) => (
              <li key={name}>
                <a href={`#${idPrefix}${name}`}>
                  {labels[name]}: {t(errors[name]!, vars?.[name])}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {notices.map((key) => (
        <p key={key}>{t(key)}</p>
      ))}
    </div>
  );
}
