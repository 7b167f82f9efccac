// The status of a consultation request as a tag: the word says it, the colour only repeats it.
import { useT } from "~/i18n/react";
import type { ConsultationStatus } from "../constants";

// A symbol beside the word (hidden from screen readers, which read the word).
const SYMBOL: Record<ConsultationStatus, string> = {
  new: "●",
  in_charge: "◐",
  waiting_guardian: "‖",
  answered: "✓",
  closed: "■",
};

export function StatusBadge({ status, urgent = false }: { status: ConsultationStatus; urgent?: boolean }) {
  const t = useT();
  return (
    <>
      <span className={`tag consult-status consult-status-${status}`}>
        <span aria-hidden="true">{SYMBOL[status]} </span>
        {t(`consultations.status.${status}`)}
      </span>
      {urgent ? <span className="tag tag-warn consult-urgent">{t("consultations.urgent")}</span> : null}
    </>
  );
}
