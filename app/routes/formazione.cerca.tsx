// /formazione/cerca?q= — full-text search in the published modules, 10 results a page.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/ui/Pagination";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { SearchForm, SearchResultList } from "~/modules/training/components/record/SearchResults";
import { canReadCatalogue } from "~/modules/training/policy.server";
import { parseSearchQuery, searchModules, SEARCH_PAGE_SIZE } from "~/modules/training/search.server";
import { forbidden } from "~/utils/http.server";
import { titled } from "~/utils/meta";

export const meta = titled("search.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!canReadCatalogue(user)) forbidden();
  const parsed = parseSearchQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return { q: parsed.q, error: parsed.error, results: null };
  const { q, pagina } = parsed.query;
  const results = q ? await searchModules(q, pagina) : null;
  // The position of the page's first hit: computed here, the page size is a server module's.
  return { q: q ?? "", error: undefined, results: results && { ...results, first: (results.page - 1) * SEARCH_PAGE_SIZE + 1 } };
}

const href = (q: string, page: number) => `/formazione/cerca?${new URLSearchParams({ q, ...(page > 1 ? { pagina: String(page) } : {}) })}`;

export default function Search() {
  const t = useT();
  const { q, error, results } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1>{t("search.title")}</h1>
      <p className="lead prose">{t("search.intro")}</p>
      <SearchForm q={q} error={error} />
      {results ? (
        <section aria-labelledby="search-results-title">
          <h2 id="search-results-title" className="visually-hidden">
            {t("search.resultsTitle", { q })}
          </h2>
          {results.total === 0 ? (
            <p role="status">{t("search.none", { q })}</p>
          ) : results.hits.length === 0 ? (
            <p>
              {t("search.pageEmpty")} <Link to={href(q, 1)}>{t("search.firstPage")}</Link>
            </p>
          ) : (
            <SearchResultList hits={results.hits} total={results.total} first={results.first} />
          )}
          <Pagination page={results.page} pages={results.pages} href={(p) => href(q, p)} />
        </section>
      ) : null}
    </div>
  );
}
