// Who changed what and when. The guardian's list is short (status changes); consultants see all,
// where a note shows only as "an internal note was added", never its text.
import type { MessageKey } from "~/i18n";
import { useFormat, useT } from "~/i18n/react";
import type { EventData } from "./types";

const GUARDIAN_TYPES = new Set(["created", "status", "reopened", "auto_closed"]);
const RANK: Record<EventData["type"], number> = {
  created: 0,
  guardian_message: 1,
  reply: 1,
  note: 1,
  assigned: 2,
  status: 3,
  reopened: 3,
  auto_closed: 3,
  rated: 4,
  reminder: 4,
};

export function History({ events, viewer, people = [] }: { events: readonly EventData[]; viewer: "guardian" | "staff"; people?: readonly { id: string; name: string }[] }) {
  const t = useT();
  const format = useFormat();
  const listed = viewer === "guardian" ? events.filter((e) => GUARDIAN_TYPES.has(e.type)) : events;
  // One action writes several events at the same instant: show the cause before the status it led to.
  const shown = [...listed].sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime() || RANK[a.type] - RANK[b.type]);
  if (shown.length === 0) return null;
  const label = (e: EventData): string => {
    if (e.type === "status") {
      const name = (s: EventData["toStatus"]) => (s ? t(`consultations.status.${s}`) : "—");
      return t("consultguardian.history.status", { from: name(e.fromStatus), to: name(e.toStatus) });
    }
    if (e.type === "assigned") {
      const who = people.find((p) => p.id === e.details.assigneeId);
      return who ? t("consultguardian.history.assigned", { name: who.name }) : t("consultguardian.history.assignedSomeone");
    }
    return t(`consultguardian.history.${e.type}` as MessageKey);
  };
  return (
    <section aria-labelledby="history-title" className="card consult-history">
      <h2 id="history-title">{t("consultguardian.history.title")}</h2>
      <ol>
        {shown.map((e) => (
          <li key={e.id}>
            <span className="consult-history-what">{label(e)}</span>
            <span className="muted">
              {e.actorName ?? t("consultguardian.history.system")} ·{" "}
              <time dateTime={new Date(e.createdAt).toISOString()}>{format.dateTime(e.createdAt)}</time>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
