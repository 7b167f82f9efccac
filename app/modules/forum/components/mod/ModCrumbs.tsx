// Where a moderation page sits: Forum › category › topic (the last step leads back to the post or topic).
import { Link } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { categoryPath, FORUM_PATH } from "../../paths";

interface Props {
  category: { slug: string; name: string };
  topic: { title: string };
  /** The topic, or the post's place in it. */
  back: string;
}

export function ModCrumbs({ category, topic, back }: Props) {
  const t = useT();
  return (
    <nav aria-label={t("forummod.breadcrumb")} className="forummod-crumbs">
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
