// /consulenze — a guardian's own requests and, for legal consultants and admins, the district's
// desk (counts, service-level lists, filters, the queue by due date). Anyone else with a role
// (coordinators, trainers, candidates) is sent to the FAQ: they never see requests.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { ConsultationsNav } from "~/modules/consultations/components/ConsultationsNav";
import { DeskSection } from "~/modules/consultations/components/desk/DeskSection";
import { MyRequests } from "~/modules/consultations/components/desk/MyRequests";
import { assigneeOptions, deskCounts, deskDistrictChoices, queue } from "~/modules/consultations/desk.server";
import { consultationAreas } from "~/modules/consultations/policy.server";
import { listMyRequests } from "~/modules/consultations/requests.server";
import { readQueueQuery } from "~/modules/consultations/schema";
import { titled } from "~/utils/meta";

export const meta = titled("consultations.title");

async function loadDesk(user: Parameters<typeof queue>[0], url: URL, now: Date) {
  const query = readQueueQuery(url);
  const districts = deskDistrictChoices(user);
  if (query.district && !districts.includes(query.district)) query.district = undefined;
  const [page, counts, assignees] = await Promise.all([queue(user, query, now), deskCounts(user, now, query.district), assigneeOptions(user)]);
  return { query, search: url.searchParams.toString(), ...page, counts, assignees, districts };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const areas = consultationAreas(user);
  if (!areas.mine && !areas.desk) throw redirect("/consulenze/faq");
  const now = new Date();
  const url = new URL(request.url);
  const [mine, desk] = await Promise.all([areas.mine ? listMyRequests(user.id) : null, areas.desk ? loadDesk(user, url, now) : null]);
  return { areas, mine, desk, now: now.toISOString(), userId: user.id };
}

export default function ConsultationsIndex() {
  const t = useT();
  const { areas, mine, desk, now, userId } = useLoaderData<typeof loader>();
  return (
    <div className="consult">
      <h1>{t("consultations.title")}</h1>
      <ConsultationsNav areas={areas} />
      {desk ? <DeskSection desk={desk} now={now} userId={userId} /> : null}
      {mine ? <MyRequests rows={mine} /> : null}
    </div>
  );
}
