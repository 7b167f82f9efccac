// A post's versions, newest first: the current text, then each earlier one, with when and by whom
// it was written. Shown as plain text (React escapes it), so what changed is exactly visible.
import { useFormat, useT } from "~/i18n/react";

interface Revision {
  id: string;
  bodyMd: string;
  title: string | null;
  replacedAt: Date;
  editorName: string | null;
}

interface Props {
  post: { number: number; bodyMd: string; editedAt: Date | null; createdAt: Date };
  topicTitle: string;
  revisions: Revision[];
}

export function RevisionList({ post, topicTitle, revisions }: Props) {
  const t = useT();
  const f = useFormat();
  const who = (name: string | null) => name ?? t("forum.deletedAuthor");
  /** Version i (0 = the current text) was written by the edit that replaced version i + 1. */
  const written = (i: number) => {
    const edit = revisions[i];
    return edit
      ? t("forumtopic.history.editedBy", { date: f.dateTime(edit.replacedAt), name: who(edit.editorName) })
      : t("forumtopic.history.written", { date: f.dateTime(post.createdAt) });
  };
  const versions = [
    { key: "current", heading: t("forumtopic.history.current"), bodyMd: post.bodyMd, title: post.number === 1 ? topicTitle : null },
    ...revisions.map((r, i) => ({
      key: r.id,
      heading: t("forumtopic.history.earlier", { number: revisions.length - i }),
      bodyMd: r.bodyMd,
      title: r.title,
    })),
  ];
  return (
    <>
      {revisions.length === 0 ? <p className="muted">{t("forumtopic.history.none")}</p> : null}
      <ol className="topic-revisions">
        {versions.map((v, i) => (
          <li key={v.key} className="card topic-revision">
            <h2>{v.heading}</h2>
            <p className="muted">{written(i)}</p>
            {v.title ? <p>{t("forumtopic.history.titleWas", { title: v.title })}</p> : null}
            <pre className="topic-revision-text">{v.bodyMd}</pre>
          </li>
        ))}
      </ol>
    </>
  );
}
