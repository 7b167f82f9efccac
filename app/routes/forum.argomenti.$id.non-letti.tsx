// /forum/argomenti/:id/non-letti — opens a topic at the first post the user has not read (the
// last one when everything is read); 404 when the topic does not exist for the user.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireUser } from "~/modules/auth/policy.server";
import { postLocation } from "~/modules/forum/paths";
import { firstUnreadNumber } from "~/modules/forum/posts.server";
import { idParam } from "~/modules/forum/schema";
import { notFound } from "~/utils/http.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = idParam.safeParse(params.id);
  if (!id.success) notFound();
  const number = await firstUnreadNumber(user, id.data!);
  return redirect(postLocation(id.data!, number), 302);
}
