// "Forum › <category> › <this page>": where this page sits in the forum.
import { Link } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { FORUM_PATH } from "../../paths";

export function ForumBreadcrumb({ trail = [], current }: { trail?: { to: string; label: string }[]; current: string }) {
  const t = useT();
  return (
    <nav aria-label={t("forumlist.breadcrumb")} className="forum-breadcrumb">
      <ol>
        <li>
          <Link to={FORUM_PATH}>{t("forum.title")}</Link>
        </li>
        {trail.map((step) => (
          <li key={step.to}>
            <Link to={step.to}>{step.label}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
