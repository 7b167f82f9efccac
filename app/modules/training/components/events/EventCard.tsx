// One training event in the list: title, facts, the reader's status and what they may do.
import { Link } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { placesLeft } from "~/modules/training/events-rules";
import { EventFacts, EventTags, MyStatus, type EventFactsData } from "./EventFacts";
import { LearnerActions } from "./LearnerActions";

export interface EventCardData extends EventFactsData {
  canRegister: boolean;
  canManage: boolean;
  started: boolean;
}

export function EventCard({ event, past, showDistrict }: { event: EventCardData; past: boolean; showDistrict: boolean }) {
  const t = useT();
  const open = event.canRegister && !event.started && !event.cancelledAt;
  return (
    <li className="card event-card" id={`evento-${event.id}`}>
      <h3 className="event-title">
        <Link to={`/formazione/incontri/${event.id}`}>{event.title}</Link>
      </h3>
      <EventTags event={event} showDistrict={showDistrict} />
      <EventFacts event={event} past={past} />
      <MyStatus event={event} past={past} />
      {open ? (
        <LearnerActions
          eventId={event.id}
          title={event.title}
          status={event.myStatus}
          full={placesLeft(event.capacity, event.registered) === 0}
          action="/formazione/incontri?index"
        />
      ) : null}
      {event.canManage ? (
        <p className="event-manage">
          <Link to={`/formazione/incontri/${event.id}`}>
            {t("events.manage.link")}
            <span className="visually-hidden"> {t("events.action.forEvent", { title: event.title })}</span>
          </Link>
          {event.started && !event.cancelledAt ? (
            <Link to={`/formazione/incontri/${event.id}/presenze`}>
              {t("events.attendance.link")}
              <span className="visually-hidden"> {t("events.action.forEvent", { title: event.title })}</span>
            </Link>
          ) : null}
        </p>
      ) : null}
    </li>
  );
}
