// The post a moderation page is about: who wrote it and when, and its words (sanitised HTML).
import { useFormat, useT } from "~/i18n/react";

export interface PreviewPost {
  number: number;
  authorName: string | null;
  createdAt: Date | string;
  /** Null when the words are served to nobody (deleted by the author). */
  bodyHtml: string | null;
}

export function PostPreview({ post }: { post: PreviewPost }) {
  const t = useT();
  const f = useFormat();
  return (
    <section className="card forummod-post" aria-labelledby="forummod-post-title">
      <h2 id="forummod-post-title">
        {t("forummod.post.by", { number: post.number, name: post.authorName ?? t("forum.deletedAuthor"), date: f.dateTime(post.createdAt) })}
      </h2>
      {post.bodyHtml !== null ? (
        // Cached output of renderMarkdown (sanitised on the server).
        <div className="prose forummod-post-body" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
      ) : (
        <p className="muted">{t("forummod.post.deleted")}</p>
      )}
    </section>
  );
}
