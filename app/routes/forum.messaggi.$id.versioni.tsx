// /forum/messaggi/:id/versioni — a post's current text and its earlier versions, newest first,
// as plain text (escaped by React), with when and by whom each was written. 404 for those who
// may not see the post's words.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { PostPageCrumbs } from "~/modules/forum/components/topic/PostPageCrumbs";
import { RevisionList } from "~/modules/forum/components/topic/RevisionList";
import { postLocation } from "~/modules/forum/paths";
import { postHistory } from "~/modules/forum/reading.server";
import { idParam } from "~/modules/forum/schema";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageTitle(matches, "forumtopic.history.title", undefined, data?.topic.title);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const id = idParam.safeParse(params.id);
  if (!id.success) notFound();
  const history = await postHistory(user, id.data!);
  return {
    topic: history.topic,
    category: { slug: history.category.slug, name: history.category.name },
    post: history.post,
    revisions: history.revisions,
    back: postLocation(history.topic.id, history.post.number),
  };
}

export default function PostVersions() {
  const t = useT();
  const { topic, category, post, revisions, back } = useLoaderData<typeof loader>();
  return (
    <div className="topic-page-narrow">
      <PostPageCrumbs category={category} topic={topic} back={back} />
      <h1>{t("forumtopic.history.title")}</h1>
      <p>{t("forumtopic.history.intro", { number: post.number, title: topic.title })}</p>
      <RevisionList post={post} topicTitle={topic.title} revisions={revisions} />
      <p>
        <Link to={back}>{t("forumtopic.history.back")}</Link>
      </p>
    </div>
  );
}
