// The service-level countdown of a request in words ("due in 5 hours", "2 days overdue", "paused").
// Pass `now` from the loader so that the server and the browser render the same words.
import { useFormat, useT } from "~/i18n/react";
import { countdown } from "../sla";

type When = Date | string | null | undefined;
const asDate = (d: When) => (d ? new Date(d) : null);

/** `withDate` adds the due date and time under the words (the request's page); lists use a tooltip. */
export function Countdown({ dueAt, pausedAt, now, withDate = false }: { dueAt: When; pausedAt: When; now?: Date | string; withDate?: boolean }) {
  const t = useT();
  const format = useFormat();
  const due = asDate(dueAt);
  const c = countdown(due, asDate(pausedAt), now ? new Date(now) : new Date());
  const span = (hours: number) =>
    hours >= 48
      ? t("consultdesk.countdown.days", { n: Math.floor(hours / 24) })
      : hours >= 1
        ? t(hours === 1 ? "consultdesk.countdown.hour" : "consultdesk.countdown.hours", { n: hours })
        : t("consultdesk.countdown.lessThanHour");
  const title = due ? t("consultdesk.countdown.dueAt", { when: format.dateTime(due) }) : undefined;
  // Due dates are midnight at the end of a working day: say "by the end of 27 Nov", not "28 Nov, 00:00".
  const at = withDate && due ? <span className="consult-countdown-at">{t("consultguardian.countdown.by", { date: format.date(new Date(due.getTime() - 1)) })}</span> : null;
  switch (c.state) {
    case "none":
      return (
        <span className="consult-countdown consult-countdown-none">
          <strong>{t("consultdesk.countdown.none")}</strong>
        </span>
      );
    case "paused":
      return (
        <span className="consult-countdown consult-countdown-paused" title={title}>
          <strong>{t("consultdesk.countdown.paused")}</strong>
        </span>
      );
    case "overdue":
      return (
        <span className="consult-countdown consult-countdown-overdue" title={title}>
          <strong suppressHydrationWarning>{t("consultdesk.countdown.overdue", { span: span(c.hours) })}</strong>
          {at}
        </span>
      );
    case "due":
      return (
        <span className={`consult-countdown ${c.soon ? "consult-countdown-soon" : "consult-countdown-due"}`} title={title}>
          <strong suppressHydrationWarning>{t("consultdesk.countdown.due", { span: span(c.hours) })}</strong>
          {at}
        </span>
      );
  }
}
