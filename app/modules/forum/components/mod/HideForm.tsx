// Hiding a post (the reason its author will read) or, when it is hidden, making it visible again.
import { Form, Link } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import type { MessageKey } from "~/i18n";
import { useFormat, useT } from "~/i18n/react";
import { TextArea } from "./TextArea";

const REASON_MIN = 3;
const REASON_MAX = 500;

interface HideProps {
  errors: Partial<Record<string, MessageKey>>;
  values: Record<string, string>;
  formError: MessageKey | null;
  openFlags: number;
  back: string;
}

export function HideForm({ errors, values, formError, openFlags, back }: HideProps) {
  const t = useT();
  return (
    <Form method="post" className="forummod-form">
      <ErrorSummary errors={errors} labels={{ motivo: t("forummod.hide.reason") }} />
      {formError ? (
        <div className="alert alert-error" role="alert">
          <p>{t(formError)}</p>
        </div>
      ) : null}
      {openFlags > 0 ? <p>{t("forummod.hide.openFlags", { count: openFlags })}</p> : null}
      <input type="hidden" name="intent" value="hide" />
      <TextArea
        name="motivo"
        label={t("forummod.hide.reason")}
        hint={t("forummod.chars", { min: REASON_MIN, max: REASON_MAX })}
        error={errors.motivo}
        required
        minLength={REASON_MIN}
        maxLength={REASON_MAX}
        rows={4}
        defaultValue={values.motivo ?? ""}
      />
      <div className="actions">
        <button type="submit" className="button button-danger">
          {t("forummod.hide.submit")}
        </button>
        <Link to={back}>{t("forummod.cancel")}</Link>
      </div>
    </Form>
  );
}

export function UnhideForm({ hiddenAt, reason, formError, back }: { hiddenAt: Date | string; reason: string | null; formError: MessageKey | null; back: string }) {
  const t = useT();
  const f = useFormat();
  return (
    <div className="card forummod-unhide">
      {formError ? (
        <div className="alert alert-error" role="alert">
          <p>{t(formError)}</p>
        </div>
      ) : null}
      <p>{t("forummod.unhide.intro", { date: f.dateTime(hiddenAt), reason: reason ?? "—" })}</p>
      <Form method="post">
        <input type="hidden" name="intent" value="unhide" />
        <div className="actions">
          <button type="submit" className="button">
            {t("forummod.unhide.submit")}
          </button>
          <Link to={back}>{t("forummod.backToTopic")}</Link>
        </div>
      </Form>
    </div>
  );
}
