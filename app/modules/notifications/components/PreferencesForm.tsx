// The preferences form: one radio group per configurable kind (immediate e-mail, daily digest, none).
import { Form } from "@remix-run/react";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import type { DeliveryMode } from "../kinds";

export interface PreferenceView {
  kind: string;
  label: MessageKey;
  mode: DeliveryMode;
  modes: DeliveryMode[];
  mayTurnOff: boolean;
}

const MODE_LABEL: Record<DeliveryMode, MessageKey> = {
  immediate: "notifications.prefs.mode.immediate",
  daily: "notifications.prefs.mode.daily",
  never: "notifications.prefs.mode.never",
};

export function PreferencesForm({
  preferences,
  errors,
  values,
}: {
  preferences: PreferenceView[];
  errors: Partial<Record<string, MessageKey>>;
  values: Record<string, string> | null;
}) {
  const t = useT();
  return (
    <Form method="post" noValidate>
      {preferences.map((p) => {
        const error = errors[p.kind];
        const hintId = `pref-${p.kind}-hint`;
        const errorId = `pref-${p.kind}-error`;
        const describedBy = [p.mayTurnOff ? null : hintId, error ? errorId : null].filter(Boolean).join(" ") || undefined;
        const current = values?.[p.kind] ?? p.mode;
        return (
          <fieldset key={p.kind} className={`fieldset preference${error ? " field-invalid" : ""}`} aria-describedby={describedBy}>
            <legend>{t(p.label)}</legend>
            {p.mayTurnOff ? null : (
              <p className="hint" id={hintId}>
                {t("notifications.prefs.cannotTurnOff")}
              </p>
            )}
            {error ? (
              <p className="field-error" id={errorId}>
                {t(error)}
              </p>
            ) : null}
            {p.modes.map((mode) => (
              <div className="checkbox" key={mode}>
                <input type="radio" id={`pref-${p.kind}-${mode}`} name={p.kind} value={mode} defaultChecked={current === mode} />
                <label htmlFor={`pref-${p.kind}-${mode}`}>{t(MODE_LABEL[mode])}</label>
              </div>
            ))}
          </fieldset>
        );
      })}
      <div className="actions">
        <button type="submit" className="button">
          {t("notifications.prefs.save")}
        </button>
      </div>
    </Form>
  );
}
