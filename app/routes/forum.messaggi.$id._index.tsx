// /forum/messaggi/:id — a post's permanent address: redirects to its topic's page and anchor
// (keeping an outcome message, `?esito=`, for the page to show); 404 for those who may not read it.
// An index route, so that /forum/messaggi/:id/… pages (modifica, versioni, …) are not nested in it.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireUser } from "~/modules/auth/policy.server";
import { isTopicOutcome } from "~/modules/forum/components/topic/outcomes";
import { postOutcomePath } from "~/modules/forum/components/topic/links";
import { postLocation } from "~/modules/forum/paths";
import { locatePost } from "~/modules/forum/reading.server";
import { idParam } from "~/modules/forum/schema";
import { notFound } from "~/utils/http.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = idParam.safeParse(params.id);
  if (!id.success) notFound();
  const { topicId, number } = await locatePost(user, id.data!);
  const outcome = new URL(request.url).searchParams.get("esito");
  return redirect(isTopicOutcome(outcome) ? postOutcomePath(topicId, number, outcome) : postLocation(topicId, number), 302);
}
