// /coordinamento/tutori/:id?distretto — one person's profile in the district's elenco for its
// coordinators: state and its history, training, the profile fields, current minors. Two forms
// (state, profile) posting here; a person outside the district's list does not exist (404).
import { requireDistrictDesk } from "~/modules/guardianship/district-desk.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { useT } from "~/i18n/react";
import { PersonMinors } from "~/modules/guardianship/components/roster/PersonMinors";
import { ProfileForm } from "~/modules/guardianship/components/roster/ProfileForm";
import { StateForm } from "~/modules/guardianship/components/roster/StateForm";
import { StateHistory } from "~/modules/guardianship/components/roster/StateHistory";
import { StateTag } from "~/modules/guardianship/components/roster/StateTag";
import { handleRosterAction, personIdParam, rosterProfile } from "~/modules/guardianship/roster.server";
import { rosterOutcomeSchema as outcomeSchema } from "~/modules/guardianship/schema.server";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "tutelaroster.profile.title", undefined, data?.person.name);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { district } = await requireDistrictDesk(request);
  const id = personIdParam(params);
  const profile = await rosterProfile(district, id);
  if (!profile) return notFound();
  const outcome = outcomeSchema.safeParse(new URL(request.url).searchParams.get("esito"));
  return { district, ...profile, outcome: outcome.success ? outcome.data : null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, district } = await requireDistrictDesk(request);
  const id = personIdParam(params);
  const profile = await rosterProfile(district, id);
  if (!profile) return notFound();
  const result = await handleRosterAction(user, district, profile.person, await request.formData());
  if (result.ok) return redirect(`/coordinamento/tutori/${id}?distretto=${district}&esito=${result.outcome}`);
  return data(result, { status: 400 });
}

export default function RosterPerson() {
  const t = useT();
  const { district, person, history, current, pastCount, provinces, outcome } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const formAction = `/coordinamento/tutori/${person.id}?distretto=${district}`;
  const stateResult = result && !result.ok && result.intent === "state" ? result : null;
  const profileResult = result && !result.ok && result.intent === "profile" ? result : null;
  return (
    <div className="roster roster-person">
      <p className="breadcrumb">
        <Link to={`/coordinamento/tutori?distretto=${district}`}>{t("tutelaroster.list.heading", { district: t(`district.${district}`) })}</Link>
      </p>
      <h1>{person.name}</h1>
      <p className="roster-header">
        <a href={`mailto:${person.email}`}>{person.email}</a> <StateTag state={person.state} />
        {person.disabled ? <span className="tag tag-warn">{t("tutelaroster.accountDisabled")}</span> : null}
      </p>
      <p>
        <Link to={`/formazione/persone/${person.id}`}>{t("tutelaroster.profile.trainingLink")}</Link>
      </p>
      {outcome && !result ? (
        <Alert tone="success">{t(outcome === "stato" ? "tutelaroster.outcome.state" : "tutelaroster.outcome.profile")}</Alert>
      ) : null}
      <div className="roster-columns">
        <StateForm action={formAction} person={person} errors={stateResult?.errors ?? {}} values={stateResult?.values ?? null} />
        <ProfileForm
          action={formAction}
          person={person}
          provinces={provinces}
          errors={profileResult?.errors ?? {}}
          values={profileResult?.values ?? null}
        />
      </div>
      <PersonMinors rows={current} pastCount={pastCount} />
      <StateHistory rows={history} />
    </div>
  );
}
