// The forum's home list: one card per readable category with its tags, description, figures and
// what is new or unread for this user.
import { Link } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import { categoryPath } from "../../paths";
import { CategoryBadges, type CategoryBadgeData } from "./CategoryBadges";
import { Template, When } from "./When";

export interface CategoryCardData {
  category: CategoryBadgeData & { id: string; slug: string; name: string; description: string };
  topics: number;
  posts: number;
  lastPostAt: Date | string | null;
  unreadTopics: number;
  newTopics: number;
}

function CategoryCard({ summary, now }: { summary: CategoryCardData; now: string }) {
  const t = useT();
  const f = useFormat();
  const { category } = summary;
  return (
    <li className={`card forum-category${category.archivedAt ? " forum-category-archived" : ""}`}>
      <h3 className="forum-category-name">
        <Link to={categoryPath(category.slug)}>{category.name}</Link>
      </h3>
      <CategoryBadges category={category} />
      {category.description ? <p className="forum-category-description">{category.description}</p> : null}
      {summary.unreadTopics > 0 || summary.newTopics > 0 ? (
        <ul className="forum-news">
          {summary.unreadTopics > 0 ? (
            <li className="forum-pill forum-pill-unread">
              {summary.unreadTopics === 1
                ? t("forumlist.unreadTopicsOne")
                : t("forumlist.unreadTopics", { count: f.number(summary.unreadTopics) })}
            </li>
          ) : null}
          {summary.newTopics > 0 ? (
            <li className="forum-pill forum-pill-new">
              {summary.newTopics === 1 ? t("forumlist.newTopicsOne") : t("forumlist.newTopics", { count: f.number(summary.newTopics) })}
            </li>
          ) : null}
        </ul>
      ) : null}
      <p className="forum-category-stats muted">
        {summary.topics === 0 ? (
          t("forumlist.stats.noTopics")
        ) : (
          <>
            {summary.topics === 1 ? t("forumlist.stats.topicsOne") : t("forumlist.stats.topics", { count: f.number(summary.topics) })}
            {" · "}
            {summary.posts === 1 ? t("forumlist.stats.postsOne") : t("forumlist.stats.posts", { count: f.number(summary.posts) })}
            {summary.lastPostAt ? (
              <>
                {" · "}
                <Template text={t("forumlist.stats.lastActivity")} parts={{ when: <When date={summary.lastPostAt} now={now} /> }} />
              </>
            ) : null}
          </>
        )}
      </p>
    </li>
  );
}

export function CategoryList({ summaries, now }: { summaries: CategoryCardData[]; now: string }) {
  return (
    <ul className="forum-categories">
      {summaries.map((s) => (
        <CategoryCard key={s.category.id} summary={s} now={now} />
      ))}
    </ul>
  );
}
