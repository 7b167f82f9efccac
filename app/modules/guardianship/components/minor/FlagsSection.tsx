// Flags on the minor ("segnalazioni"): open ones with their address-by date (overdue highlighted),
// each removable with a reason; removed ones stay below as history.
import { Form } from "@remix-run/react";
import { Field, FieldFrame } from "~/components/ui/Field";
import { useFormat, useT } from "~/i18n/react";
import { resultFor, type FlagView, type MinorResult } from "./types";

function Raised({ flag }: { flag: FlagView }) {
  const t = useT();
  const f = useFormat();
  return (
    <p className="mp-meta muted">
      {flag.raisedByName
        ? t("tutelaminor.flags.raisedBy", { name: flag.raisedByName, date: f.dateTime(flag.raisedAt) })
        : t("tutelaminor.flags.raisedOn", { date: f.dateTime(flag.raisedAt) })}
    </p>
  );
}

function RemoveForm({ flag, result }: { flag: FlagView; result: MinorResult | undefined }) {
  const t = useT();
  const mine = resultFor(result, "removeFlag", flag.id);
  const fieldId = `field-removalReason-${flag.id}`;
  const error = mine.errors.removalReason;
  return (
    <details className="mp-remove" open={error ? true : undefined}>
      <summary>{t("tutelaminor.flags.remove")}</summary>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="removeFlag" />
        <input type="hidden" name="id" value={flag.id} />
        <FieldFrame fieldId={fieldId} label={t("tutelaminor.flags.removalReason")} error={error} optional={false}>
          <textarea
            id={fieldId}
            name="removalReason"
            required
            rows={2}
            maxLength={500}
            defaultValue={mine.values.removalReason}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${fieldId}-error` : undefined}
          />
        </FieldFrame>
        <button type="submit" className="button button-secondary button-small">
          {t("tutelaminor.flags.confirmRemove")}
        </button>
      </Form>
    </details>
  );
}

export function FlagsSection({
  openFlags,
  removedFlags,
  result,
}: {
  openFlags: FlagView[];
  removedFlags: FlagView[];
  result: MinorResult | undefined;
}) {
  const t = useT();
  const f = useFormat();
  const add = resultFor(result, "addFlag");
  return (
    <section className="card" aria-labelledby="segnalazioni">
      <h2 id="segnalazioni">{t("tutelaminor.flags.title")}</h2>
      {openFlags.length === 0 ? (
        <p className="muted">{t("tutelaminor.flags.none")}</p>
      ) : (
        <ul className="mp-list">
          {openFlags.map((flag) => (
            <li key={flag.id} className={`mp-flag${flag.overdue ? " mp-flag-overdue" : ""}`}>
              <p className="mp-flag-reason">{flag.reason}</p>
              <p className="mp-meta">
                {flag.addressBy ? (
                  <>
                    {t("tutelaminor.flags.addressBy", { date: f.date(flag.addressBy) })}{" "}
                    {flag.overdue ? <span className="tag tag-warn">{t("tutelaminor.flags.overdue")}</span> : null}
                  </>
                ) : (
                  <span className="muted">{t("tutelaminor.flags.noDate")}</span>
                )}
              </p>
              <Raised flag={flag} />
              <RemoveForm flag={flag} result={result} />
            </li>
          ))}
        </ul>
      )}
      {removedFlags.length > 0 ? (
        <details className="mp-history">
          <summary>{t("tutelaminor.flags.history", { n: removedFlags.length })}</summary>
          <ul className="mp-list">
            {removedFlags.map((flag) => (
              <li key={flag.id} className="mp-flag mp-flag-removed">
                <p className="mp-flag-reason">{flag.reason}</p>
                <Raised flag={flag} />
                <p className="mp-meta">
                  {t("tutelaminor.flags.removedBy", { name: flag.removedByName ?? "—", date: f.dateTime(flag.removedAt!) })}
                </p>
                <p className="mp-meta">
                  <strong>{t("tutelaminor.flags.removalReason")}:</strong> {flag.removalReason}
                </p>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <Form method="post" className="mp-form" aria-labelledby="segnalazioni-nuova" noValidate>
        <h3 id="segnalazioni-nuova">{t("tutelaminor.flags.addTitle")}</h3>
        <input type="hidden" name="intent" value="addFlag" />
        <FieldFrame fieldId="field-reason" label={t("tutelaminor.flags.reason")} error={add.errors.reason} optional={false}>
          <textarea
            id="field-reason"
            name="reason"
            required
            rows={3}
            maxLength={500}
            defaultValue={add.values.reason}
            aria-invalid={add.errors.reason ? true : undefined}
            aria-describedby={add.errors.reason ? "field-reason-error" : undefined}
          />
        </FieldFrame>
        <Field name="addressBy" type="date" label={t("tutelaminor.flags.addressByLabel")} defaultValue={add.values.addressBy} error={add.errors.addressBy} />
        <button type="submit" className="button">
          {t("tutelaminor.flags.add")}
        </button>
      </Form>
    </section>
  );
}
