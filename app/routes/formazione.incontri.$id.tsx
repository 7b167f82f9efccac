// /formazione/incontri/:id — one training event: details, register or cancel; its managers also
// see the registrations and the waiting list, edit it or cancel it.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { EventFacts, EventTags, MyStatus } from "~/modules/training/components/events/EventFacts";
import { EventManagement } from "~/modules/training/components/events/EventManagement";
import { LearnerActions } from "~/modules/training/components/events/LearnerActions";
import { canRegisterFor, placesLeft, utcToRomeLocal } from "~/modules/training/events-rules";
import { eventUpdateSchema } from "~/modules/training/events-schema.server";
import {
  cancelEvent,
  eventRegistrationList,
  learnerAction,
  publishedCourses,
  requireManagedEvent,
  requireVisibleEvent,
  updateEvent,
} from "~/modules/training/events.server";
import { canManageEvents } from "~/modules/training/policy.server";
import { EVENT_OUTCOMES as OUTCOMES, eventOutcomeSchema as outcomeSchema } from "~/modules/training/route-params.server";
import { keptValues, parseForm, type FieldErrors } from "~/utils/forms";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "events.list.title", undefined, data?.event.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { descriptionMd, link, ...event } = await requireVisibleEvent(user, params.id);
  const now = new Date();
  const manage = canManageEvents(user, event.districtCode);
  const start = utcToRomeLocal(event.startsAt);
  const outcome = outcomeSchema.safeParse(new URL(request.url).searchParams.get("esito"));
  return {
    // The online link is for the people registered and the event's managers only.
    event: { ...event, link: manage || event.myStatus === "registered" ? link : null },
    started: event.startsAt <= now,
    past: event.endsAt <= now,
    canRegister: canRegisterFor(user, event.districtCode),
    manage,
    registrations: manage ? await eventRegistrationList(event.id) : null,
    courses: manage ? await publishedCourses() : [],
    formValues: manage
      ? {
          title: event.title,
          description: descriptionMd,
          mode: event.mode,
          place: event.place ?? "",
          link: link ?? "",
          date: start.date,
          startTime: start.time,
          endTime: utcToRomeLocal(event.endsAt).time,
          capacity: String(event.capacity),
          hours: String(event.hours),
          courseId: event.courseId ?? "",
        }
      : null,
    outcome: outcome.success ? OUTCOMES[outcome.data] : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "register" || intent === "unregister") {
    const event = await requireVisibleEvent(user, params.id);
    const result = await learnerAction(user, formData, event.id);
    if (result.ok) return redirect(`/formazione/incontri/${event.id}?esito=${result.outcome}`);
    return data({ error: result.error, errors: {} as FieldErrors, values: null }, { status: 409 });
  }
  const event = await requireManagedEvent(user, params.id);
  if (intent === "cancelEvent") {
    const result = await cancelEvent(user, event.id);
    if (!result.ok) return data({ error: result.error, errors: {} as FieldErrors, values: null }, { status: 409 });
    return redirect(`/formazione/incontri/${event.id}?esito=annullato`);
  }
  const parsed = parseForm(eventUpdateSchema, formData);
  if (!parsed.ok) return data({ error: null, errors: parsed.errors, values: parsed.values }, { status: 400 });
  const result = await updateEvent(user, event.id, parsed.data);
  if (!result.ok) {
    const errors: FieldErrors = result.field ? { [result.field]: result.error } : {};
    return data({ error: result.field ? null : result.error, errors, values: keptValues(formData) }, { status: result.field ? 400 : 409 });
  }
  return redirect(`/formazione/incontri/${event.id}?esito=salvato`);
}

export default function EventPage() {
  const t = useT();
  const { event, started, past, canRegister, manage, registrations, courses, formValues, outcome } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const open = canRegister && !started && !event.cancelledAt;
  return (
    <div className="events">
      <p>
        <Link to="/formazione/incontri">{t("events.back")}</Link>
      </p>
      <h1>{event.title}</h1>
      <EventTags event={event} showDistrict />
      {result?.error ? <Alert tone="error">{t(result.error)}</Alert> : outcome && !result ? <Alert tone="success">{t(outcome)}</Alert> : null}
      {event.cancelledAt ? <Alert>{t("events.cancelledNotice")}</Alert> : null}
      <EventFacts event={event} link={event.link} past={past} />
      {event.mode === "online" && !event.link && !past ? <p className="muted">{t("events.linkAfterRegistration")}</p> : null}
      {event.courseSlug && event.courseStatus === "published" ? (
        <p>
          {t("events.relatedCourse")} <Link to={`/formazione/corsi/${event.courseSlug}`}>{event.courseTitle}</Link>
        </p>
      ) : null}
      <MyStatus event={event} past={past} />
      {open ? (
        <LearnerActions eventId={event.id} title={event.title} status={event.myStatus} full={placesLeft(event.capacity, event.registered) === 0} />
      ) : null}
      {event.descriptionHtml ? (
        <section aria-labelledby="description-title">
          <h2 id="description-title">{t("events.description")}</h2>
          <div className="prose" dangerouslySetInnerHTML={{ __html: event.descriptionHtml }} />
        </section>
      ) : null}
      {manage && registrations && formValues ? (
        <EventManagement
          event={event}
          started={started}
          registrations={registrations}
          courses={courses}
          values={result?.values ?? formValues}
          errors={result?.errors ?? {}}
        />
      ) : null}
    </div>
  );
}
