// "Propose" for one guardian: a plain POST form; over the caseload cap it asks for the reason.
import { Form } from "@remix-run/react";
import { Field } from "~/components/ui/Field";
import { useT } from "~/i18n/react";
import type { MatchResult } from "./types";

export function ProposeForm({
  guardianId,
  name,
  overCap,
  result,
}: {
  guardianId: string;
  name: string;
  /** At or over the cap: the override reason is asked at once. */
  overCap: boolean;
  result: MatchResult | undefined;
}) {
  const t = useT();
  const mine = result?.intent === "propose" && result.values.guardianId === guardianId ? result : undefined;
  // A guardian who filled up meanwhile gets the reason field after the refusal, too.
  const withReason = overCap || mine?.errors.overrideReason !== undefined;
  return (
    <Form method="post" className="match-propose">
      <input type="hidden" name="intent" value="propose" />
      <input type="hidden" name="guardianId" value={guardianId} />
      {withReason ? (
        <Field
          name="overrideReason"
          id={`field-overrideReason-${guardianId}`}
          label={t("tutelamatch.propose.overrideReason")}
          hint={t("tutelamatch.propose.overrideHint")}
          defaultValue={mine?.values.overrideReason ?? ""}
          error={mine?.errors.overrideReason}
          maxLength={500}
        />
      ) : null}
      <button type="submit" className={`button button-small${withReason ? " button-secondary" : ""}`}>
        {t(withReason ? "tutelamatch.propose.anyway" : "tutelamatch.propose.button")}
        <span className="visually-hidden"> {name}</span>
      </button>
    </Form>
  );
}
