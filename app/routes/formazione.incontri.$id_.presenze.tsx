// /formazione/incontri/:id/presenze — the event's managers record who attended, once it has started.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { AttendanceForm } from "~/modules/training/components/events/AttendanceForm";
import { EventWhen } from "~/modules/training/components/events/EventFacts";
import { attendanceSchema } from "~/modules/training/events-schema";
import { eventRegistrationList, recordAttendance, requireManagedEvent } from "~/modules/training/events.server";
import { parseForm } from "~/utils/forms";
import { httpError } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "events.attendance.title", undefined, data?.event.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const event = await requireManagedEvent(user, params.id);
  const now = new Date();
  const { registered } = await eventRegistrationList(event.id);
  const saved = new URL(request.url).searchParams.get("esito") === "salvate";
  return { event, started: event.startsAt <= now, registered, saved };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const event = await requireManagedEvent(user, params.id);
  const parsed = parseForm(attendanceSchema, await request.formData());
  if (!parsed.ok) return httpError(400);
  const result = await recordAttendance(user, event.id, parsed.data.present);
  if (!result.ok) return httpError(409, result.error);
  return redirect(`/formazione/incontri/${event.id}/presenze?esito=salvate`);
}

export default function Attendance() {
  const t = useT();
  const { event, started, registered, saved } = useLoaderData<typeof loader>();
  return (
    <div className="events">
      <p>
        <Link to={`/formazione/incontri/${event.id}`}>{t("events.attendance.back")}</Link>
      </p>
      <h1>
        {t("events.attendance.title")}: {event.title}
      </h1>
      <p className="lead">
        <EventWhen event={event} />
      </p>
      {saved ? <Alert tone="success">{t("events.outcome.attendanceSaved")}</Alert> : null}
      {event.cancelledAt ? (
        <Alert>{t("events.error.cancelled")}</Alert>
      ) : !started ? (
        <Alert>{t("events.attendance.notYet")}</Alert>
      ) : registered.length === 0 ? (
        <p>{t("events.registrations.none")}</p>
      ) : (
        <>
          <p className="prose">{t("events.attendance.intro")}</p>
          <AttendanceForm people={registered} />
        </>
      )}
    </div>
  );
}
