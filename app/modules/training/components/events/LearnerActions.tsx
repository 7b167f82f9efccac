// The learner's register / cancel button for one event (a POST form that works without JavaScript).
import { Form } from "@remix-run/react";
import { useT } from "~/i18n/react";

export function LearnerActions({
  eventId,
  title,
  status,
  full,
  action,
}: {
  eventId: string;
  title: string;
  status: "registered" | "waitlisted" | "cancelled" | null;
  full: boolean;
  /** The form's target; the list page sends the event id along. */
  action?: string;
}) {
  const t = useT();
  const active = status === "registered" || status === "waitlisted";
  return (
    <Form method="post" action={action} noValidate className="event-actions">
      <input type="hidden" name="eventId" value={eventId} />
      {active ? (
        <button type="submit" name="intent" value="unregister" className="button button-secondary button-small">
          {t(status === "waitlisted" ? "events.action.leaveWaitlist" : "events.action.unregister")}
          <span className="visually-hidden"> {t("events.action.forEvent", { title })}</span>
        </button>
      ) : (
        <button type="submit" name="intent" value="register" className="button button-small">
          {t(full ? "events.action.joinWaitlist" : "events.action.register")}
          <span className="visually-hidden"> {t("events.action.forEvent", { title })}</span>
        </button>
      )}
    </Form>
  );
}
