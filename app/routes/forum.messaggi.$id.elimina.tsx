// /forum/messaggi/:id/elimina — the author deletes a post: GET asks for confirmation, POST deletes
// it (soft: "Messaggio eliminato dall'autore" stays in its place) and goes back to its place with
// ?esito=deleted. 404 when the post does not exist for the user (or is deleted already), 403 when
// it is someone else's.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { postOutcomePath } from "~/modules/forum/components/topic/links";
import { PostPageCrumbs } from "~/modules/forum/components/topic/PostPageCrumbs";
import { postLocation } from "~/modules/forum/paths";
import { canDelete } from "~/modules/forum/policy.server";
import { deletePost, postWithContext } from "~/modules/forum/posts.server";
import { idParam } from "~/modules/forum/schema";
import { forbidden, notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "forumtopic.delete.title", undefined, data?.topic.title);

function postIdOf(params: LoaderFunctionArgs["params"]): string {
  const id = idParam.safeParse(params.id);
  return id.success ? id.data : notFound();
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { post, topic, category } = await postWithContext(user, postIdOf(params));
  if (post.deletedAt) notFound();
  if (!canDelete(user, category, post)) forbidden("forumtopic.error.cannotDelete");
  return {
    // Only the author gets here, and authors see their own words (also when hidden).
    post: { id: post.id, number: post.number, bodyHtml: post.bodyHtml },
    topic: { id: topic.id, title: topic.title },
    category: { slug: category.slug, name: category.name },
    back: postLocation(topic.id, post.number),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const { topicId, number } = await deletePost(user, postIdOf(params));
  return redirect(postOutcomePath(topicId, number, "deleted"), 303);
}

export default function DeletePost() {
  const t = useT();
  const { post, topic, category, back } = useLoaderData<typeof loader>();
  return (
    <div className="topic-page-narrow">
      <PostPageCrumbs category={category} topic={topic} back={back} />
      <h1>{t("forumtopic.delete.title")}</h1>
      <p>{t("forumtopic.delete.intro")}</p>
      <section className="card topic-delete-preview" aria-labelledby="delete-preview-title">
        <h2 id="delete-preview-title">{t("forumtopic.delete.preview")}</h2>
        {/* Cached output of renderMarkdown (sanitised on the server). */}
        <div className="prose topic-post-body" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
      </section>
      <Form method="post">
        <div className="actions">
          <button type="submit" className="button button-danger">
            {t("forumtopic.delete.submit")}
          </button>
          <Link to={back}>{t("forumtopic.delete.cancel")}</Link>
        </div>
      </Form>
    </div>
  );
}
