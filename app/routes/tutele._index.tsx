// /tutele — a guardian's own page: proposals of appointment to answer (no identifying data before
// the decree), my minors with their next deadlines, the next deadlines overall, the calendar feed
// and past guardianships. Coordinators without the guardian role go to /coordinamento; anyone
// else signed in gets 403.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { useT } from "~/i18n/react";
import { requestLocale } from "~/i18n/locale.server";
import { CalendarFeed } from "~/modules/guardianship/components/guardian/CalendarFeed";
import { EndedList } from "~/modules/guardianship/components/guardian/EndedList";
import { MyMinors } from "~/modules/guardianship/components/guardian/MyMinors";
import { Proposals } from "~/modules/guardianship/components/guardian/Proposals";
import { Upcoming } from "~/modules/guardianship/components/guardian/Upcoming";
import {
  guardianOverview,
  languageNames,
  outcomeOf,
  requireGuardianPage,
  submitGuardianAction,
} from "~/modules/guardianship/mine.server";
import { romeToday } from "~/modules/guardianship/minors.server";
import { titled } from "~/utils/meta";

export const meta = titled("tutelaguardian.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireGuardianPage(request);
  const overview = await guardianOverview(user.id, romeToday(new Date()));
  const locale = requestLocale(request, user);
  return {
    ...overview,
    proposals: overview.proposals.map(({ languages, ...p }) => ({ ...p, languageNames: languageNames(languages, locale) })),
    outcome: outcomeOf(new URL(request.url)),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireGuardianPage(request);
  return submitGuardianAction(user, request);
}

export default function GuardianPage() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const refused = result?.kind === "refused" ? result : null;
  const invalid = result?.kind === "invalid" ? result : null;
  // The decline reason's error shows beside its field; any other means a stale or tampered form.
  const besideField =
    invalid && data.proposals.some((p) => p.id === invalid.appointmentId) && Object.keys(invalid.errors).every((k) => k === "reason");
  const stray = invalid && !besideField ? invalid : null;
  return (
    <div className="tg-page">
      <h1>{t("tutelaguardian.title")}</h1>
      <p className="lead">{t("tutelaguardian.lead")}</p>
      {data.outcome && !result ? <Alert tone="success">{t(data.outcome)}</Alert> : null}
      {refused ? <Alert tone="error">{t(refused.message)}</Alert> : null}
      {stray ? <Alert tone="error">{t("tutelaguardian.error.intent")}</Alert> : null}
      {data.proposals.length > 0 ? <Proposals items={data.proposals} failure={invalid} /> : null}
      <MyMinors items={data.minors} />
      <Upcoming items={data.upcoming} />
      <CalendarFeed createdAt={data.feedCreatedAt} fresh={result?.kind === "feed" ? result : null} />
      <EndedList items={data.ended} />
    </div>
  );
}
