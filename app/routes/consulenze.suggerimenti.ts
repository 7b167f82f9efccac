// /consulenze/suggerimenti?oggetto=… — the published FAQ entries that match a subject, as JSON,
// for the live suggestions of the new-request form (the page itself works without them).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/modules/auth/policy.server";
import { searchPublishedFaq } from "~/modules/consultations/faq.server";
import { canReadFaq } from "~/modules/consultations/policy.server";
import { SUBJECT_MAX } from "~/modules/consultations/constants";
import { forbidden } from "~/utils/http.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!canReadFaq(user)) forbidden();
  const subject = (new URL(request.url).searchParams.get("oggetto") ?? "").slice(0, SUBJECT_MAX);
  const hits = await searchPublishedFaq(subject, { limit: 5 });
  // What a guardian types is theirs: no shared cache keeps it.
  return Response.json({ hits }, { headers: { "Cache-Control": "private, no-store" } });
}
