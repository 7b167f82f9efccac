// A category's topics: pinned first, each with its tags (pinned, new, solved, locked), a link
// to the first unread post when there are some, who started it, replies and the last activity.
import { Link } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import { firstUnreadPath, topicPath } from "../../paths";
import { Template, When } from "./When";

export interface TopicRowData {
  id: string;
  title: string;
  authorName: string | null;
  createdAt: Date | string;
  replyCount: number;
  lastPostAt: Date | string;
  lastPostAuthorName: string | null;
  pinned: boolean;
  locked: boolean;
  solved: boolean;
  unread: number | null;
  isNew: boolean;
}

function TopicItem({ topic, now }: { topic: TopicRowData; now: string }) {
  const t = useT();
  const f = useFormat();
  const unread = topic.unread ?? 0;
  const person = (name: string | null) => name ?? t("forum.deletedAuthor");
  const classes = ["forum-topic", topic.pinned ? "forum-topic-pinned" : "", unread > 0 || topic.isNew ? "forum-topic-fresh" : ""];
  return (
    <li className={classes.filter(Boolean).join(" ")}>
      <div className="forum-topic-main">
        <h3 className="forum-topic-title">
          <Link to={topicPath(topic.id)}>{topic.title}</Link>
        </h3>
        {topic.pinned || topic.isNew || topic.solved || topic.locked || unread > 0 ? (
          <p className="forum-topic-tags">
            {topic.pinned ? <span className="tag forum-tag-pinned">{t("forumlist.topic.pinned")}</span> : null}
            {topic.isNew ? (
              <span className="tag forum-tag-new">
                <span aria-hidden="true">{t("forumlist.topic.new")}</span>
                <span className="visually-hidden">{t("forumlist.topic.newLong")}</span>
              </span>
            ) : null}
            {topic.solved ? <span className="tag tag-ok">{t("forumlist.topic.solved")}</span> : null}
            {topic.locked ? <span className="tag tag-neutral">{t("forumlist.topic.locked")}</span> : null}
            {unread > 0 ? (
              <Link to={firstUnreadPath(topic.id)} className="forum-unread-link">
                {unread === 1 ? t("forumlist.topic.unreadOne") : t("forumlist.topic.unread", { count: f.number(unread) })}
                <span className="visually-hidden"> {t("forumlist.topic.unreadContext", { title: topic.title })}</span>
              </Link>
            ) : null}
          </p>
        ) : null}
        <p className="forum-topic-meta muted">
          <Template text={t("forumlist.topic.started")} parts={{ name: person(topic.authorName), when: <When date={topic.createdAt} now={now} /> }} />
        </p>
      </div>
      <div className="forum-topic-figures">
        <p className="forum-topic-replies">
          {topic.replyCount === 0
            ? t("forumlist.topic.repliesNone")
            : topic.replyCount === 1
              ? t("forumlist.topic.repliesOne")
              : t("forumlist.topic.replies", { count: f.number(topic.replyCount) })}
        </p>
        {topic.replyCount > 0 ? (
          <p className="forum-topic-last muted">
            <Template
              text={t("forumlist.topic.last")}
              parts={{ when: <When date={topic.lastPostAt} now={now} />, name: person(topic.lastPostAuthorName) }}
            />
          </p>
        ) : null}
      </div>
    </li>
  );
}

export function TopicList({ topics, now, labelledBy }: { topics: TopicRowData[]; now: string; labelledBy: string }) {
  return (
    <ol className="forum-topics" aria-labelledby={labelledBy}>
      {topics.map((topic) => (
        <TopicItem key={topic.id} topic={topic} now={now} />
      ))}
    </ol>
  );
}
