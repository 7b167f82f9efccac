// The short reminder of the forum's rules above a new topic: above all, no minor's personal data.
import { useT } from "~/i18n/react";

export function NewTopicRules() {
  const t = useT();
  return (
    <aside className="card forum-rules" aria-labelledby="forum-rules-title">
      <h2 id="forum-rules-title">{t("forumlist.new.rulesTitle")}</h2>
      <ul>
        <li>
          <strong>{t("forumlist.new.ruleMinors")}</strong>
        </li>
        <li>{t("forumlist.new.ruleTitle")}</li>
        <li>{t("forumlist.new.ruleRespect")}</li>
      </ul>
    </aside>
  );
}
