// /forum/messaggi/:id/modifica — the author edits a post (and the topic's title, for the opening
// post); the earlier text is kept as a version. 404 when the post does not exist for the user
// (or is deleted, or hidden from them), 403 when they may not edit it.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { Composer } from "~/modules/forum/components/Composer";
import { PostPageCrumbs } from "~/modules/forum/components/topic/PostPageCrumbs";
import { readForumForm, submitEdit } from "~/modules/forum/forms.server";
import { postLocation } from "~/modules/forum/paths";
import { canEdit, canSeeContent } from "~/modules/forum/policy.server";
import { postWithContext } from "~/modules/forum/posts.server";
import { idParam } from "~/modules/forum/schema";
import { forbidden, notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "forumtopic.edit.title", undefined, data?.topic.title);

function postIdOf(params: LoaderFunctionArgs["params"]): string {
  const id = idParam.safeParse(params.id);
  return id.success ? id.data : notFound();
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { post, topic, category } = await postWithContext(user, postIdOf(params));
  if (!canSeeContent(user, category, post)) notFound();
  if (!canEdit(user, category, topic, post)) forbidden("forumtopic.error.cannotEdit");
  return {
    post: { id: post.id, number: post.number, bodyMd: post.bodyMd },
    topic: { id: topic.id, title: topic.title },
    category: { slug: category.slug, name: category.name },
    back: postLocation(topic.id, post.number),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = postIdOf(params);
  return submitEdit(user, id, await readForumForm(request));
}

export default function EditPost() {
  const t = useT();
  const { post, topic, category, back } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const opening = post.number === 1;
  const labels = {
    ...(opening ? { title: t("forumtopic.composer.title") } : {}),
    body: t("forumtopic.edit.body"),
    confermaPrivacy: t("forumtopic.privacyField"),
  };
  return (
    <div className="topic-page-narrow">
      <PostPageCrumbs category={category} topic={topic} back={back} />
      <h1>{t("forumtopic.edit.title")}</h1>
      <p className="muted">{t("forumtopic.edit.inTopic", { title: topic.title })}</p>
      <p>{t("forumtopic.edit.intro")}</p>
      <Form method="post" noValidate>
        <ErrorSummary errors={result?.errors ?? {}} labels={labels} />
        {result?.formError && !result.errors.body ? <Alert tone="error">{t(result.formError)}</Alert> : null}
        <Composer
          state={result ?? null}
          withTitle={opening}
          defaultTitle={topic.title}
          defaultBody={post.bodyMd}
          bodyLabel={labels.body}
          loadOn="hydrate"
        />
        <div className="actions">
          <button type="submit" className="button">
            {t("forumtopic.edit.submit")}
          </button>
          <Link to={back}>{t("forumtopic.edit.cancel")}</Link>
        </div>
      </Form>
    </div>
  );
}
