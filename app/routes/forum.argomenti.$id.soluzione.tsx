// /forum/argomenti/:id/soluzione — POST post=<id> marks a reply as the answer of a Q&A topic
// (?esito=solved), intent=unmark takes it back (?esito=unsolved); the question's author or a
// moderator only. A GET goes to the topic.
import { forumFormData } from "~/modules/forum/forms.server";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireUser } from "~/modules/auth/policy.server";
import { withOutcome } from "~/modules/forum/components/mod/anchors";
import { markSolved, unmarkSolved } from "~/modules/forum/moderation.server";
import { postLocation, topicPath } from "~/modules/forum/paths";
import { idParam, solutionIntentSchema } from "~/modules/forum/schema.server";
import { httpError, notFound } from "~/utils/http.server";

function topicIdOf(params: LoaderFunctionArgs["params"]): string {
  const id = idParam.safeParse(params.id);
  return id.success ? id.data : notFound();
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUser(request);
  return redirect(topicPath(topicIdOf(params)));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = topicIdOf(params);
  const form = await forumFormData(request);
  const intent = solutionIntentSchema.safeParse(form.get("intent") ?? "mark");
  if (!intent.success) return httpError(400, "forummod.error.notAReply");
  const unmark = intent.data === "unmark";
  let result;
  if (unmark) {
    result = await unmarkSolved(user, id);
  } else {
    const postId = idParam.safeParse(form.get("post"));
    if (!postId.success) return httpError(400, "forummod.error.notAReply");
    result = await markSolved(user, id, postId.data);
  }
  // Refusals have no form to show them in: the error page says why.
  if (!result.ok) return httpError(400, result.error);
  return redirect(withOutcome(postLocation(result.topicId, result.number), unmark ? "unsolved" : "solved"), 303);
}

// The loader always redirects; the component exists so that refusals render the error page.
export default function SolutionRoute() {
  return null;
}
