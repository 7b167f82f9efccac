// Previous/next links between pages of a list; plain links, so they work without JavaScript.
import { Link } from "@remix-run/react";
import { useT } from "~/i18n/react";

export function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  const t = useT();
  if (pages <= 1 && page <= 1) return null;
  return (
    <nav className="pager" aria-label={t("pagination.label")}>
      {page > 1 ? (
        <Link to={href(Math.min(page - 1, pages))} rel="prev" className="button button-secondary button-small">
          {t("pagination.previous")}
        </Link>
      ) : null}
      <span aria-current="page">{t("pagination.page", { page, pages: Math.max(pages, 1) })}</span>
      {page < pages ? (
        <Link to={href(page + 1)} rel="next" className="button button-secondary button-small">
          {t("pagination.next")}
        </Link>
      ) : null}
    </nav>
  );
}
