// /formazione/incontri — training events of the user's districts (upcoming and past); learners
// register or cancel here, managers find the link to create and manage events.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { EventCard } from "~/modules/training/components/events/EventCard";
import { eventDistricts, managedEventDistricts } from "~/modules/training/events-rules";
import { learnerAction, listEvents, withPermissions } from "~/modules/training/events.server";
import { EVENTS_LIST_OUTCOMES as OUTCOMES, eventsListOutcomeSchema as outcomeSchema } from "~/modules/training/route-params.server";
import { titled } from "~/utils/meta";

export const meta = titled("events.list.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const now = new Date();
  const { upcoming, past } = await listEvents(user, now);
  const outcome = outcomeSchema.safeParse(new URL(request.url).searchParams.get("esito"));
  return {
    upcoming: withPermissions(user, upcoming, now),
    past: withPermissions(user, past, now),
    canCreate: managedEventDistricts(user).length > 0,
    manyDistricts: eventDistricts(user).length > 1,
    outcome: outcome.success ? OUTCOMES[outcome.data] : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const result = await learnerAction(user, await request.formData(), null);
  if (result.ok) return redirect(`/formazione/incontri?esito=${result.outcome}#evento-${result.eventId}`);
  return data({ error: result.error, eventId: result.eventId }, { status: 409 });
}

export default function EventsList() {
  const t = useT();
  const { upcoming, past, canCreate, manyDistricts, outcome } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="events">
      <h1>{t("events.list.title")}</h1>
      <p className="lead prose">{t("events.list.intro")}</p>
      {result?.error ? <Alert tone="error">{t(result.error)}</Alert> : outcome ? <Alert tone="success">{t(outcome)}</Alert> : null}
      {canCreate ? (
        <p>
          <Link to="/formazione/incontri/nuovo" className="button">
            {t("events.list.new")}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">{t("events.list.upcoming")}</h2>
        {upcoming.length === 0 ? <p>{t("events.list.noUpcoming")}</p> : null}
        <ul className="event-list">
          {upcoming.map((e) => (
            <EventCard key={e.id} event={e} past={false} showDistrict={manyDistricts} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="past-title">
        <h2 id="past-title">{t("events.list.past")}</h2>
        {past.length === 0 ? <p>{t("events.list.noPast")}</p> : null}
        <ul className="event-list">
          {past.map((e) => (
            <EventCard key={e.id} event={e} past showDistrict={manyDistricts} />
          ))}
        </ul>
      </section>
    </div>
  );
}
