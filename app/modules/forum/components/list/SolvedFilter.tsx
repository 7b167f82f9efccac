// Q&A categories: all questions, solved ones, unsolved ones (plain links, stable addresses).
import { Link } from "@remix-run/react";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { SOLVED_FILTERS, type SolvedFilter as Filter } from "./query";

export function SolvedFilter({ current, href }: { current: Filter; href: (filter: Filter) => string }) {
  const t = useT();
  return (
    <nav className="forum-filter" aria-label={t("forumlist.filter.label")}>
      <span className="forum-filter-label" aria-hidden="true">
        {t("forumlist.filter.label")}:
      </span>
      <ul>
        {SOLVED_FILTERS.map((filter) => (
          <li key={filter}>
            <Link to={href(filter)} aria-current={filter === current ? "page" : undefined} className="forum-filter-link">
              {t(`forumlist.filter.${filter}` as MessageKey)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
