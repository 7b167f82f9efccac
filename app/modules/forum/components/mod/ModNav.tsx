// The two moderation pages of the forum: the queue of flags and the log.
import { Link } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { MODERATION_PATH } from "../../paths";
import { MODERATION_LOG_PATH } from "./anchors";

export function ModNav({ current }: { current: "queue" | "log" }) {
  const t = useT();
  const links = [
    { key: "queue", to: MODERATION_PATH, label: t("forummod.nav.queue") },
    { key: "log", to: MODERATION_LOG_PATH, label: t("forummod.nav.log") },
  ] as const;
  return (
    <nav aria-label={t("forummod.nav.label")} className="forummod-nav">
      <ul>
        {links.map((l) => (
          <li key={l.key}>
            <Link to={l.to} aria-current={l.key === current ? "page" : undefined}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
