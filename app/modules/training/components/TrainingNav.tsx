// The areas of Formazione the user may open, as links under the page title.
import { Link } from "@remix-run/react";
import { useT } from "~/i18n/react";
import type { MessageKey } from "~/i18n";

export interface TrainingAreas {
  record: boolean;
  events: boolean;
  participants: boolean;
  exports: boolean;
  authoring: boolean;
}

const AREAS: { key: keyof TrainingAreas; to: string; label: MessageKey }[] = [
  { key: "record", to: "/formazione/percorso", label: "training.areas.record" },
  { key: "record", to: "/formazione/cerca", label: "training.areas.search" },
  { key: "events", to: "/formazione/incontri", label: "training.areas.events" },
  { key: "participants", to: "/formazione/partecipanti", label: "training.areas.participants" },
  { key: "exports", to: "/formazione/esportazioni", label: "training.areas.exports" },
  { key: "authoring", to: "/formazione/gestione", label: "training.areas.authoring" },
];

export function TrainingNav({ areas }: { areas: TrainingAreas }) {
  const t = useT();
  return (
    <nav aria-label={t("training.areas.label")} className="training-nav">
      <ul>
        {AREAS.filter((a) => areas[a.key]).map((a) => (
          <li key={a.to}>
            <Link to={a.to}>{t(a.label)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
