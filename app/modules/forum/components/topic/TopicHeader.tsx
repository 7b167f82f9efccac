// The top of a topic: where it is (Forum › category › topic), its title and its state badges.
import { Link } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { categoryPath, FORUM_PATH } from "../../paths";
import type { CategoryInfo, TopicInfo } from "./types";

export function TopicHeader({ topic, category, page, pages }: { topic: TopicInfo; category: CategoryInfo; page: number; pages: number }) {
  const t = useT();
  const badges = [
    topic.pinned ? <span key="pinned" className="tag">{t("forumtopic.badge.pinned")}</span> : null,
    topic.locked ? <span key="locked" className="tag tag-neutral">{t("forumtopic.badge.locked")}</span> : null,
    topic.solved ? <span key="solved" className="tag tag-ok">{t("forumtopic.badge.solved")}</span> : null,
  ].filter(Boolean);
  return (
    <header className="topic-header">
      <nav aria-label={t("forumtopic.breadcrumb")} className="topic-breadcrumb">
        <ol>
          <li>
            <Link to={FORUM_PATH}>{t("forum.title")}</Link>
          </li>
          <li>
            <Link to={categoryPath(category.slug)}>{category.name}</Link>
          </li>
          <li aria-current="page">{topic.title}</li>
        </ol>
      </nav>
      <h1>{topic.title}</h1>
      {badges.length > 0 || pages > 1 ? (
        <p className="topic-badges">
          {badges}
          {pages > 1 ? <span className="muted">{t("forumtopic.pageOf", { page, pages })}</span> : null}
        </p>
      ) : null}
    </header>
  );
}
