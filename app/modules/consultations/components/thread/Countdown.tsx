// The service-level countdown of a request in words (never by colour alone), with the due time.
import { useFormat, useT } from "~/i18n/react";
import type { Countdown as CountdownState } from "../../sla";

export function CountdownText({ countdown, dueAt }: { countdown: CountdownState; dueAt: Date | string | null }) {
  const t = useT();
  const format = useFormat();
  let text: string;
  let tone: string;
  switch (countdown.state) {
    case "none":
      text = t("consultguardian.countdown.none");
      tone = "none";
      break;
    case "paused":
      text = t("consultguardian.countdown.paused");
      tone = "paused";
      break;
    case "overdue":
      text = t("consultguardian.countdown.overdue", { hours: countdown.hours });
      tone = "overdue";
      break;
    case "due":
      text = countdown.soon ? t("consultguardian.countdown.soon") : t("consultguardian.countdown.due", { hours: countdown.hours });
      tone = countdown.soon ? "soon" : "due";
      break;
  }
  return (
    <span className={`consult-countdown consult-countdown-${tone}`}>
      <strong>{text}</strong>
      {dueAt && (countdown.state === "due" || countdown.state === "overdue") ? (
        <span className="consult-countdown-at">{t("consultguardian.countdown.by", { date: format.dateTime(dueAt) })}</span>
      ) : null}
    </span>
  );
}
