// The facts of a training event (when, where, hours, places) and the reader's own status.
import type { MessageKey } from "~/i18n";
import { useFormat, useLocale, useT } from "~/i18n/react";
import { formatEventWhen, placesLeft } from "~/modules/training/events-rules";

export interface EventFactsData {
  id: string;
  title: string;
  districtCode: string;
  mode: "in_person" | "online";
  place: string | null;
  startsAt: Date | string;
  endsAt: Date | string;
  capacity: number;
  hours: number;
  cancelledAt: Date | string | null;
  registered: number;
  waitlisted: number;
  myStatus: "registered" | "waitlisted" | "cancelled" | null;
  myAttended: boolean | null;
  myPosition: number | null;
}

export function EventWhen({ event }: { event: Pick<EventFactsData, "startsAt" | "endsAt"> }) {
  const locale = useLocale();
  return <>{formatEventWhen(locale, event.startsAt, event.endsAt)}</>;
}

export function PlacesText({ event }: { event: EventFactsData }) {
  const t = useT();
  const left = placesLeft(event.capacity, event.registered);
  if (left > 0) return <>{t("events.places.left", { left, capacity: event.capacity })}</>;
  return (
    <>
      {t("events.places.full")}
      {event.waitlisted > 0 ? ` ${t("events.places.waiting", { count: event.waitlisted })}` : null}
    </>
  );
}

/** The facts as a description list; `link` is given only to those allowed to see it. */
export function EventFacts({ event, link, past }: { event: EventFactsData; link?: string | null; past: boolean }) {
  const t = useT();
  const f = useFormat();
  return (
    <dl className="event-facts">
      <dt>{t("events.facts.when")}</dt>
      <dd>
        <EventWhen event={event} />
      </dd>
      <dt>{t("events.facts.where")}</dt>
      <dd>
        {event.mode === "in_person" ? (
          event.place
        ) : (
          <>
            {t("events.mode.online")}
            {link ? (
              <>
                {": "}
                <a href={link} rel="noopener noreferrer">
                  {link}
                </a>
              </>
            ) : null}
          </>
        )}
      </dd>
      <dt>{t("events.facts.hours")}</dt>
      <dd>{t("events.hoursValue", { hours: f.number(event.hours) })}</dd>
      {!past && !event.cancelledAt ? (
        <>
          <dt>{t("events.facts.places")}</dt>
          <dd>
            <PlacesText event={event} />
          </dd>
        </>
      ) : null}
    </dl>
  );
}

/** The reader's registration in words, or null when they have none. */
export function myStatusKey(event: EventFactsData, past: boolean): MessageKey | null {
  if (event.myStatus === "registered") {
    if (event.myAttended === true) return "events.status.attended";
    if (event.myAttended === false) return "events.status.absent";
    return past ? "events.status.wasRegistered" : "events.status.registered";
  }
  if (event.myStatus === "waitlisted") return past ? "events.status.wasWaitlisted" : "events.status.waitlisted";
  return null;
}

export function MyStatus({ event, past }: { event: EventFactsData; past: boolean }) {
  const t = useT();
  const key = myStatusKey(event, past);
  if (!key) return null;
  return (
    <p className={`event-status event-status-${event.myStatus}`}>
      <strong>{t(key, { position: event.myPosition ?? "" })}</strong>
    </p>
  );
}

export function EventTags({ event, showDistrict }: { event: EventFactsData; showDistrict: boolean }) {
  const t = useT();
  if (!event.cancelledAt && !showDistrict) return null;
  return (
    <p className="event-tags">
      {event.cancelledAt ? <span className="tag tag-warn">{t("events.cancelledTag")}</span> : null}
      {showDistrict ? <span className="tag">{t(`district.${event.districtCode}` as MessageKey)}</span> : null}
    </p>
  );
}
