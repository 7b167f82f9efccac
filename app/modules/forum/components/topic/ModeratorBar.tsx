// Moderators' tools for the whole topic: pin, lock (forms) and move (a page of the moderation
// routes, which answer with a redirect back here and `?esito=`).
import { Form, Link } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { MODERATION_PATH } from "../../paths";
import { topicModerationPath } from "./links";
import type { TopicInfo } from "./types";

export function ModeratorBar({ topic }: { topic: TopicInfo }) {
  const t = useT();
  const action = topicModerationPath(topic.id);
  return (
    <section className="topic-modbar" aria-labelledby="topic-mod-title">
      <h2 id="topic-mod-title">{t("forumtopic.mod.title")}</h2>
      <Form method="post" action={action} className="inline-form">
        <input type="hidden" name="intent" value={topic.pinned ? "unpin" : "pin"} />
        <button type="submit" className="button button-secondary button-small">
          {t(topic.pinned ? "forumtopic.mod.unpin" : "forumtopic.mod.pin")}
        </button>
      </Form>
      <Form method="post" action={action} className="inline-form">
        <input type="hidden" name="intent" value={topic.locked ? "unlock" : "lock"} />
        <button type="submit" className="button button-secondary button-small">
          {t(topic.locked ? "forumtopic.mod.unlock" : "forumtopic.mod.lock")}
        </button>
      </Form>
      <Link to={action} className="button button-secondary button-small">
        {t("forumtopic.mod.move")}
      </Link>
      <Link to={MODERATION_PATH}>{t("forumtopic.mod.queue")}</Link>
    </section>
  );
}
