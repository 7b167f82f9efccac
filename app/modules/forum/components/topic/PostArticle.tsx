// One post of a topic: its author, time, "edited" with the link to its versions, the words (or
// why they are not shown: deleted, hidden) and what the user may do with it.
import { Link } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import { postAnchor, postPath } from "../../paths";
import { postHistoryPath } from "./links";
import { PostActions } from "./PostActions";
import type { PostData } from "./types";

interface Props {
  post: PostData;
  topicId: string;
  page: number;
  mayReply: boolean;
  onQuote?: (postId: string) => void;
}

export function PostArticle({ post, topicId, page, mayReply, onQuote }: Props) {
  const t = useT();
  const f = useFormat();
  const name = post.authorName ?? t("forum.deletedAuthor");
  const shown = post.bodyHtml !== null;
  const classes = ["topic-post", `topic-post-${post.state}`, post.isSolution ? "topic-post-solution" : ""].filter(Boolean).join(" ");
  return (
    <article id={postAnchor(post.number)} className={classes} aria-label={t("forumtopic.post.label", { number: post.number, name })}>
      <header className="topic-post-head">
        <span className="topic-post-author">{name}</span>
        <span className="topic-post-meta">
          <time dateTime={new Date(post.createdAt).toISOString()}>{f.dateTime(post.createdAt)}</time>
          {post.editedAt && post.state !== "deleted" ? (
            <>
              {" · "}
              {shown && post.may.history ? (
                <Link to={postHistoryPath(post.id)}>
                  {t("forumtopic.post.edited")}
                  <span className="visually-hidden"> ({t("forumtopic.post.versions", { number: post.number })})</span>
                </Link>
              ) : (
                t("forumtopic.post.edited")
              )}
            </>
          ) : null}
        </span>
        {post.isSolution ? <span className="tag tag-ok">{t("forumtopic.post.solution")}</span> : null}
        <a className="topic-post-number" href={postPath(post.id)}>
          #{post.number}
          <span className="visually-hidden"> ({t("forumtopic.post.permalink", { number: post.number })})</span>
        </a>
      </header>
      <PostBody post={post} />
      <PostActions post={post} topicId={topicId} page={page} mayReply={mayReply} onQuote={onQuote} />
    </article>
  );
}

function PostBody({ post }: { post: PostData }) {
  const t = useT();
  if (post.state === "deleted") return <p className="topic-post-gone">{t("forumtopic.post.deleted")}</p>;
  if (post.bodyHtml === null) return <p className="topic-post-gone">{t("forumtopic.post.hidden")}</p>;
  return (
    <>
      {post.state === "hidden" ? (
        <div className="topic-post-hidden-notice">
          <p>
            <strong>{t("forumtopic.post.hidden")}.</strong> {t("forumtopic.post.hiddenNotice")}
          </p>
          {post.hiddenReason ? <p>{t("forumtopic.post.hiddenReason", { reason: post.hiddenReason })}</p> : null}
        </div>
      ) : null}
      {/* Cached output of renderMarkdown (sanitised on the server). */}
      <div className="prose topic-post-body" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
    </>
  );
}
