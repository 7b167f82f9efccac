// A request's status as words with a symbol, never by colour alone.
import { useT } from "~/i18n/react";
import type { ConsultationStatus } from "../../constants";

const SYMBOL: Record<ConsultationStatus, string> = {
  new: "●",
  in_charge: "◐",
  waiting_guardian: "⏸",
  answered: "✓",
  closed: "■",
};

export function StatusBadge({ status }: { status: ConsultationStatus }) {
  const t = useT();
  return (
    <span className={`tag consult-status consult-status-${status}`}>
      <span aria-hidden="true">{SYMBOL[status]} </span>
      {t(`consultations.status.${status}`)}
    </span>
  );
}
