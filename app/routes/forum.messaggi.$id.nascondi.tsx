// /forum/messaggi/:id/nascondi — a moderator hides a post: GET shows its words and the reason
// field (or, when hidden, the reason and a button to show it again); POST hides it (motivo) or,
// with intent=unhide, shows it again, then goes back to the post with ?esito=hidden|unhidden.
// 404 when the post does not exist for the user or was deleted, 403 for readers who do not moderate.
import { forumFormData } from "~/modules/forum/forms.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { withOutcome } from "~/modules/forum/components/mod/anchors";
import { HideForm, UnhideForm } from "~/modules/forum/components/mod/HideForm";
import { PostPageCrumbs } from "~/modules/forum/components/topic/PostPageCrumbs";
import { PostPreview } from "~/modules/forum/components/mod/PostPreview";
import { hidePost, hideSchema, openFlagCount, postWithAuthor, unhidePost } from "~/modules/forum/moderation.server";
import { postLocation } from "~/modules/forum/paths";
import { canModerate } from "~/modules/forum/policy.server";
import { idParam } from "~/modules/forum/schema";
import { keptValues, parseForm, type FieldErrors } from "~/utils/forms";
import { forbidden, notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, data?.hidden ? "forummod.unhide.title" : "forummod.hide.title", undefined, data?.topic.title);

function postIdOf(params: LoaderFunctionArgs["params"]): string {
  const id = idParam.safeParse(params.id);
  return id.success ? id.data : notFound();
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { post, topic, category, authorName } = await postWithAuthor(user, postIdOf(params));
  if (!canModerate(user, category)) forbidden("forummod.error.notModerator");
  if (post.deletedAt) notFound("forummod.error.postDeleted");
  return {
    // Moderators see the words of hidden posts too.
    post: { id: post.id, number: post.number, authorName, createdAt: post.createdAt, bodyHtml: post.bodyHtml },
    hidden: post.hiddenAt ? { at: post.hiddenAt, reason: post.hiddenReason } : null,
    openFlags: await openFlagCount(post.id),
    topic: { id: topic.id, title: topic.title },
    category: { slug: category.slug, name: category.name },
    back: postLocation(topic.id, post.number),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = postIdOf(params);
  const form = await forumFormData(request);
  if (form.get("intent") === "unhide") {
    const shown = await unhidePost(user, id);
    if (!shown.ok) return data({ errors: {} as FieldErrors, values: {}, formError: shown.error as MessageKey | null }, { status: shown.status });
    return redirect(withOutcome(postLocation(shown.topicId, shown.number), "unhidden"), 303);
  }
  const input = parseForm(hideSchema, form);
  if (!input.ok) return data({ errors: input.errors, values: input.values, formError: null }, { status: 400 });
  const hidden = await hidePost(user, id, input.data.motivo);
  if (!hidden.ok) {
    const errors: FieldErrors = hidden.field ? { [hidden.field]: hidden.error } : {};
    return data({ errors, values: keptValues(form), formError: hidden.field ? null : (hidden.error as MessageKey) }, { status: hidden.status });
  }
  return redirect(withOutcome(postLocation(hidden.topicId, hidden.number), "hidden"), 303);
}

export default function HidePost() {
  const t = useT();
  const { post, hidden, openFlags, topic, category, back } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  return (
    <div className="forummod forummod-narrow">
      <PostPageCrumbs category={category} topic={topic} back={back} />
      <h1>{t(hidden ? "forummod.unhide.title" : "forummod.hide.title")}</h1>
      {hidden ? null : <p>{t("forummod.hide.intro")}</p>}
      <PostPreview post={post} />
      {hidden ? (
        <UnhideForm hiddenAt={hidden.at} reason={hidden.reason} formError={refused?.formError ?? null} back={back} />
      ) : (
        <HideForm errors={refused?.errors ?? {}} values={refused?.values ?? {}} formError={refused?.formError ?? null} openFlags={openFlags} back={back} />
      )}
    </div>
  );
}
