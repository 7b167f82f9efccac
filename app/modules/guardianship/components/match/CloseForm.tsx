// A minor still waiting for a guardian who no longer needs one (turned 18, transferred, left,
// repatriated): the coordinator closes the record, with the reason and the date.
import { Form } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { Field, SelectField } from "~/components/ui/Field";
import { useT } from "~/i18n/react";
import { CLOSING_REASONS } from "../../fields";
import type { MatchResult } from "./types";

export function CloseForm({ today, result }: { today: string; result?: MatchResult }) {
  const t = useT();
  const mine = result?.intent === "close" ? result : undefined;
  const labels = { endReason: t("tutelamatch.close.reason"), endedOn: t("tutelamatch.close.date") };
  return (
    <section className="card" aria-labelledby="match-close">
      <details open={mine !== undefined}>
        <summary>
          <h2 id="match-close" className="match-close-title">
            {t("tutelamatch.close.title")}
          </h2>
        </summary>
        <Form method="post" className="match-form">
          <p className="hint">{t("tutelamatch.close.hint")}</p>
          <ErrorSummary errors={mine?.errors ?? {}} labels={labels} />
          <input type="hidden" name="intent" value="close" />
          <SelectField
            name="endReason"
            label={labels.endReason}
            required
            defaultValue={mine?.values.endReason ?? ""}
            error={mine?.errors.endReason}
            options={[
              { value: "", label: t("tutelamatch.end.choose") },
              ...CLOSING_REASONS.map((r) => ({ value: r, label: t(`tutele.endReason.${r}`) })),
            ]}
          />
          <Field name="endedOn" type="date" label={labels.endedOn} required max={today} defaultValue={mine?.values.endedOn ?? today} error={mine?.errors.endedOn} />
          <button type="submit" className="button button-danger">
            {t("tutelamatch.close.button")}
          </button>
        </Form>
      </details>
    </section>
  );
}
