// Disabling an account (with a reason; its sessions end at once) or re-enabling it.
import { Form } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import type { FieldErrors } from "~/utils/forms";

interface Props {
  user: { disabledAt: string | null };
  self: boolean;
  result?: { intent: string | null; errors: FieldErrors; values: Record<string, string> };
}

export function AccountSection({ user, self, result }: Props) {
  const t = useT();
  const format = useFormat();
  if (user.disabledAt) {
    return (
      <section className="card" aria-labelledby="enable-title">
        <h2 id="enable-title">{t("admin.enable.title")}</h2>
        <p>{t("admin.enable.intro", { date: format.dateTime(user.disabledAt) })}</p>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="enable" />
          <button type="submit" className="button">
            {t("admin.enable.submit")}
          </button>
        </Form>
      </section>
    );
  }
  const error = result?.intent === "disable" ? result.errors.reason : undefined;
  const reason = result?.intent === "disable" ? (result.values.reason ?? "") : "";
  return (
    <section className="card" aria-labelledby="disable-title">
      <h2 id="disable-title">{t("admin.disable.title")}</h2>
      {self ? (
        <p>{t("admin.disable.selfNote")}</p>
      ) : (
        <>
          <p>{t("admin.disable.intro")}</p>
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="disable" />
            <div className={`field${error ? " field-invalid" : ""}`}>
              <label htmlFor="field-reason">{t("admin.disable.reason")}</label>
              <p className="hint" id="field-reason-hint">
                {t("admin.disable.reasonHint")}
              </p>
              {error ? (
                <p className="field-error" id="field-reason-error">
                  {t(error)}
                </p>
              ) : null}
              <textarea
                id="field-reason"
                name="reason"
                required
                maxLength={500}
                rows={3}
                defaultValue={reason}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? "field-reason-hint field-reason-error" : "field-reason-hint"}
              />
            </div>
            <div className="actions">
              <button type="submit" className="button button-danger">
                {t("admin.disable.submit")}
              </button>
            </div>
          </Form>
        </>
      )}
    </section>
  );
}
