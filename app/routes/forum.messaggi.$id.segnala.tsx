// /forum/messaggi/:id/segnala — a reader reports a post to the moderators: GET shows the post and
// the form (reasons, a minor's personal data first; a note), POST sends it and goes back to the
// post with ?esito=flagged. 404 when the post does not exist for the user or was deleted or
// hidden; 403 on one's own post.
import { forumFormData } from "~/modules/forum/forms.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { withOutcome } from "~/modules/forum/components/mod/anchors";
import { FlagForm } from "~/modules/forum/components/mod/FlagForm";
import { PostPageCrumbs } from "~/modules/forum/components/topic/PostPageCrumbs";
import { PostPreview } from "~/modules/forum/components/mod/PostPreview";
import { FLAG_REASONS, flagPost, flagRefusal, flagSchema, hasOpenFlag, postWithAuthor } from "~/modules/forum/moderation.server";
import { postLocation } from "~/modules/forum/paths";
import { idParam } from "~/modules/forum/schema";
import { keptValues, parseForm, type FieldErrors } from "~/utils/forms";
import { forbidden, notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "forummod.flag.title", undefined, data?.topic.title);

function postIdOf(params: LoaderFunctionArgs["params"]): string {
  const id = idParam.safeParse(params.id);
  return id.success ? id.data : notFound();
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { post, topic, category, authorName } = await postWithAuthor(user, postIdOf(params));
  const refusal = flagRefusal(user, post);
  if (refusal === "forummod.error.ownPost") forbidden(refusal);
  if (refusal) notFound(refusal);
  return {
    // Neither deleted nor hidden (refused above): its words are for every reader.
    post: { id: post.id, number: post.number, authorName, createdAt: post.createdAt, bodyHtml: post.bodyHtml },
    topic: { id: topic.id, title: topic.title },
    category: { slug: category.slug, name: category.name },
    back: postLocation(topic.id, post.number),
    already: await hasOpenFlag(user, post.id),
    reasons: FLAG_REASONS,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = postIdOf(params);
  const form = await forumFormData(request);
  const input = parseForm(flagSchema, form);
  if (!input.ok) return data({ errors: input.errors, values: input.values, formError: null }, { status: 400 });
  const result = await flagPost(user, id, { reason: input.data.motivo, note: input.data.nota });
  if (!result.ok) {
    const errors: FieldErrors = result.field ? { [result.field]: result.error } : {};
    return data({ errors, values: keptValues(form), formError: result.field ? null : (result.error as MessageKey) }, { status: result.status });
  }
  return redirect(withOutcome(postLocation(result.topicId, result.number), "flagged"), 303);
}

export default function FlagPost() {
  const t = useT();
  const { post, topic, category, back, already, reasons } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  return (
    <div className="forummod forummod-narrow">
      <PostPageCrumbs category={category} topic={topic} back={back} />
      <h1>{t("forummod.flag.title")}</h1>
      <p>{t("forummod.flag.intro")}</p>
      <PostPreview post={post} />
      {already ? (
        <Alert>
          <p>{t("forummod.flag.already")}</p>
          <p>
            <Link to={back}>{t("forummod.backToTopic")}</Link>
          </p>
        </Alert>
      ) : (
        <FlagForm reasons={reasons} errors={refused?.errors ?? {}} values={refused?.values ?? {}} formError={refused?.formError ?? null} back={back} />
      )}
    </div>
  );
}
