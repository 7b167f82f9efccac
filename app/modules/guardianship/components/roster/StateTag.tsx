// A person's state in the elenco, and the training summary from Formazione, as short labels.
import { useFormat, useT } from "~/i18n/react";

export type GuardianState = "candidate" | "listed" | "suspended" | "removed";

const STATE_TAG: Record<GuardianState, string> = {
  candidate: "tag tag-neutral",
  listed: "tag tag-ok",
  suspended: "tag tag-warn",
  removed: "tag tag-neutral",
};

export function StateTag({ state }: { state: GuardianState }) {
  const t = useT();
  return <span className={STATE_TAG[state]}>{t(`tutele.state.${state}`)}</span>;
}

/** Mandatory course done (✓/✗ with words, not only the sign) and hours this year. */
export function TrainingSummary({ mandatoryCompleted, hoursThisYear }: { mandatoryCompleted: boolean; hoursThisYear: number }) {
  const t = useT();
  const format = useFormat();
  return (
    <>
      <span className={mandatoryCompleted ? "roster-ok" : "roster-missing"}>
        <span aria-hidden="true">{mandatoryCompleted ? "✓ " : "✗ "}</span>
        {t(mandatoryCompleted ? "tutelaroster.training.done" : "tutelaroster.training.missing")}
      </span>
      <span className="roster-hours muted">{t("tutelaroster.training.hours", { n: format.number(hoursThisYear) })}</span>
    </>
  );
}
