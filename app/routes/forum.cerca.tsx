// /forum/cerca?q=&categoria=&autore=&dal=&al=&pagina= — full-text search in the forum's titles and
// posts, only in the categories the user may read, 10 results a page. Bad filters are shown next
// to their field (a category the user may not read is one that does not exist: no 404, it is a filter).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { Pagination } from "~/components/ui/Pagination";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { ForumBreadcrumb } from "~/modules/forum/components/list/ForumBreadcrumb";
import { SearchForm } from "~/modules/forum/components/search/SearchForm";
import { SearchResultList } from "~/modules/forum/components/search/SearchResults";
import { SEARCH_PATH } from "~/modules/forum/paths";
import { canUseForum } from "~/modules/forum/policy.server";
import {
  FORUM_SEARCH_PAGE_SIZE,
  SEARCH_AUTHOR_MAX,
  SEARCH_QUERY_MAX,
  forumSearchPage,
  type SearchField,
} from "~/modules/forum/search.server";
import { forbidden } from "~/utils/http.server";
import { titled } from "~/utils/meta";

export const meta = titled("forumsearch.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!canUseForum(user)) forbidden();
  const page = await forumSearchPage(user, new URL(request.url).searchParams);
  return { ...page, maxLength: { q: SEARCH_QUERY_MAX, author: SEARCH_AUTHOR_MAX }, pageSize: FORUM_SEARCH_PAGE_SIZE };
}

/** The same search on another page (empty values left out). */
function href(values: Record<SearchField, string>, page: number, withFilters = true): string {
  const params = new URLSearchParams();
  for (const [field, value] of Object.entries(values)) {
    if (value.trim() && (withFilters || field === "q")) params.set(field, value.trim());
  }
  if (page > 1) params.set("pagina", String(page));
  const query = params.toString();
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}

export default function ForumSearch() {
  const t = useT();
  const { values, errors, categories, results, maxLength, pageSize } = useLoaderData<typeof loader>();
  const q = values.q.trim();
  const filtered = ["categoria", "autore", "dal", "al"].some((f) => values[f as SearchField].trim() !== "");
  const labels = {
    q: t("forumsearch.field.q"),
    categoria: t("forumsearch.field.category"),
    autore: t("forumsearch.field.author"),
    dal: t("forumsearch.field.from"),
    al: t("forumsearch.field.to"),
  };
  return (
    <div className="forum-search-page">
      <ForumBreadcrumb current={t("forumsearch.title")} />
      <h1>{t("forumsearch.title")}</h1>
      <p className="lead prose">{t("forumsearch.intro")}</p>
      <ErrorSummary errors={errors} labels={labels} />
      <SearchForm values={values} errors={errors} categories={categories} maxLength={maxLength} />
      {results ? (
        <section aria-labelledby="forum-search-results-title">
          <h2 id="forum-search-results-title">{t("forumsearch.resultsTitle", { q })}</h2>
          {results.total === 0 ? (
            <div role="status" className="forum-search-none">
              <p>{filtered ? t("forumsearch.noneFiltered", { q }) : t("forumsearch.none", { q })}</p>
              <p className="muted">{t("forumsearch.noneHint")}</p>
              {filtered ? (
                <p>
                  <Link to={href(values, 1, false)}>{t("forumsearch.clearFilters")}</Link>
                </p>
              ) : null}
            </div>
          ) : results.hits.length === 0 ? (
            <p>
              {t("forumsearch.pageEmpty")} <Link to={href(values, 1)}>{t("forumsearch.firstPage")}</Link>
            </p>
          ) : (
            <SearchResultList results={results} first={(results.page - 1) * pageSize + 1} />
          )}
          <Pagination page={results.page} pages={results.pages} href={(p) => href(values, p)} />
        </section>
      ) : Object.keys(errors).length === 0 ? (
        <p className="muted forum-search-empty">{t("forumsearch.empty")}</p>
      ) : null}
    </div>
  );
}
