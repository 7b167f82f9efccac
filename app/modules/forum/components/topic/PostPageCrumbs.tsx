// Where a post's own pages (edit, versions, delete, flag, hide) and topic moderation are: Forum › category › topic.
import { Link } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { categoryPath, FORUM_PATH } from "../../paths";

interface Props {
  category: { slug: string; name: string };
  topic: { title: string };
  /** The topic, or the post's place in it. */
  back: string;
}

export function PostPageCrumbs({ category, topic, back }: Props) {
  const t = useT();
  return (
    <nav aria-label={t("forumtopic.breadcrumb")} className="topic-breadcrumb">
      <ol>
        <li>
          <Link to={FORUM_PATH}>{t("forum.title")}</Link>
        </li>
        <li>
          <Link to={categoryPath(category.slug)}>{category.name}</Link>
        </li>
        <li>
          <Link to={back}>{topic.title}</Link>
        </li>
      </ol>
    </nav>
  );
}
