// The posts of one page of a topic, in order, with the "Nuovi messaggi" marker before the first
// post the user had not read, and the solution box right under the question.
import { Fragment } from "react";
import { useT } from "~/i18n/react";
import { PostArticle } from "./PostArticle";
import { SolutionBox } from "./SolutionBox";
import type { PostData, SolutionData } from "./types";

interface Props {
  topicId: string;
  page: number;
  posts: PostData[];
  solution: SolutionData | null;
  /** Last post read before this visit (0: never opened, so no marker). */
  lastReadBefore: number;
  mayReply: boolean;
  onQuote?: (postId: string) => void;
}

export function PostList({ topicId, page, posts, solution, lastReadBefore, mayReply, onQuote }: Props) {
  const t = useT();
  const firstNew = lastReadBefore > 0 ? posts.find((p) => p.number > lastReadBefore)?.number : undefined;
  return (
    <div className="topic-posts">
      {posts.map((post) => (
        <Fragment key={post.id}>
          {post.number === firstNew ? (
            <p className="topic-new-marker" id="nuovi">
              <span>{t("forumtopic.newMarker")}</span>
            </p>
          ) : null}
          <PostArticle post={post} topicId={topicId} page={page} mayReply={mayReply} onQuote={onQuote} />
          {post.number === 1 && solution ? <SolutionBox topicId={topicId} solution={solution} /> : null}
        </Fragment>
      ))}
    </div>
  );
}
