// The managers' part of an event page: registrations and waiting list, the edit form, cancelling.
import { Form, Link } from "@remix-run/react";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { EventForm, type EventFormValues } from "./EventForm";
import { RegistrationLists } from "./RegistrationLists";

type Person = Parameters<typeof RegistrationLists>[0]["registered"][number];

export function EventManagement({
  event,
  started,
  registrations,
  courses,
  values,
  errors,
}: {
  event: { id: string; cancelledAt: Date | string | null; registered: number };
  started: boolean;
  registrations: { registered: readonly Person[]; waitlist: readonly Person[] };
  courses: readonly { id: string; title: string }[];
  values: EventFormValues;
  errors: Partial<Record<string, MessageKey>>;
}) {
  const t = useT();
  return (
    <>
      <section aria-labelledby="registrations-title">
        <h2 id="registrations-title">{t("events.registrations.title")}</h2>
        {started && !event.cancelledAt ? (
          <p>
            <Link to={`/formazione/incontri/${event.id}/presenze`} className="button button-secondary">
              {t("events.attendance.link")}
            </Link>
          </p>
        ) : null}
        <RegistrationLists registered={registrations.registered} waitlist={registrations.waitlist} />
      </section>
      {!event.cancelledAt ? (
        <section aria-labelledby="edit-title" className="card">
          <h2 id="edit-title">{t("events.edit.title")}</h2>
          <EventForm kind="edit" values={values} errors={errors} courses={courses} registered={event.registered} />
        </section>
      ) : null}
      {!started && !event.cancelledAt ? (
        <section aria-labelledby="cancel-title" className="card">
          <h2 id="cancel-title">{t("events.cancel.title")}</h2>
          <p>{t("events.cancel.body")}</p>
          <Form method="post" noValidate>
            <button type="submit" name="intent" value="cancelEvent" className="button button-danger">
              {t("events.cancel.submit")}
            </button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
