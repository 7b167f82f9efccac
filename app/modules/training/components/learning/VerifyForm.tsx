// The certificate-code form: a GET form, so the result has its own address and needs no JavaScript.
import { Form } from "@remix-run/react";
import { Field } from "~/components/ui/Field";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";

export function VerifyForm({ value, error, autoFocus }: { value?: string; error?: MessageKey; autoFocus?: boolean }) {
  const t = useT();
  return (
    <Form method="get" action="/attestati/verifica" noValidate className="verify-form">
      <Field
        name="codice"
        label={t("training.certificate.codeLabel")}
        hint={t("training.certificate.codeHint")}
        required
        defaultValue={value}
        error={error}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        autoFocus={autoFocus}
      />
      <div className="actions">
        <button type="submit" className="button">
          {t("training.certificate.check")}
        </button>
      </div>
    </Form>
  );
}
