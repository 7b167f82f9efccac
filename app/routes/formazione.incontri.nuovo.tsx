// /formazione/incontri/nuovo — a trainer or coordinator creates a training event in their district.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { EventForm } from "~/modules/training/components/events/EventForm";
import { eventCreateSchema, managedEventDistricts } from "~/modules/training/events-schema";
import { createEvent, publishedCourses } from "~/modules/training/events.server";
import { keptValues, parseForm, type FieldErrors } from "~/utils/forms";
import { forbidden } from "~/utils/http.server";
import { titled } from "~/utils/meta";

export const meta = titled("events.new.title");

async function requireEventCreator(request: Request) {
  const user = await requireUser(request);
  const districts = managedEventDistricts(user);
  if (districts.length === 0) forbidden();
  return { user, districts };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { districts } = await requireEventCreator(request);
  return { districts, courses: await publishedCourses() };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, districts } = await requireEventCreator(request);
  const formData = await request.formData();
  const parsed = parseForm(eventCreateSchema, formData);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const errors: FieldErrors = {};
  if (!districts.includes(parsed.data.districtCode)) errors.districtCode = "validation.district";
  if (parsed.data.startsAt <= new Date()) errors.date = "events.validation.past";
  if (Object.keys(errors).length > 0) return data({ errors, values: keptValues(formData) }, { status: 400 });
  const created = await createEvent(user, parsed.data);
  if (!created.ok) return data({ errors: { [created.field]: created.error } as FieldErrors, values: keptValues(formData) }, { status: 400 });
  return redirect(`/formazione/incontri/${created.id}?esito=creato`);
}

export default function NewEvent() {
  const t = useT();
  const { districts, courses } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="events">
      <p>
        <Link to="/formazione/incontri">{t("events.back")}</Link>
      </p>
      <h1>{t("events.new.title")}</h1>
      <p className="lead prose">{t("events.new.intro")}</p>
      <EventForm
        kind="create"
        values={result?.values ?? { mode: "in_person", capacity: "30", hours: "2" }}
        errors={result?.errors ?? {}}
        districts={districts}
        courses={courses}
      />
    </div>
  );
}
