// /tutele/calendario/:token(.ics) — a guardian's calendar feed for calendar apps: no session, the
// secret in the address is the key. Unknown or renewed-away secrets get 404. Events name the
// minor's code and the deadline's kind only (calendar apps sync to third parties).
import { absoluteUrl } from "~/modules/notifications/links.server";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { feedOwner, guardianCalendar, tokenFromParam } from "~/modules/guardianship/calendar.server";

function notFoundText(): Response {
  return new Response("Not found\n", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = tokenFromParam(params.token);
  if (!token) return notFoundText();
  const owner = await feedOwner(token);
  if (!owner) return notFoundText();
  const body = await guardianCalendar(owner, new URL(absoluteUrl("/")).origin);
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, no-store",
      "Content-Disposition": 'inline; filename="tutele.ics"',
    },
  });
}
