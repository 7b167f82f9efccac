// The search box (a GET form) and the list of matching modules with highlighted excerpts.
import { Form, Link } from "@remix-run/react";
import type { MessageKey } from "~/i18n";
import { useFormat, useT } from "~/i18n/react";
import type { SearchHit } from "~/modules/training/search.server";

export function SearchForm({ q, error }: { q: string; error?: MessageKey }) {
  const t = useT();
  return (
    <Form method="get" action="/formazione/cerca" role="search" className={`search-form${error ? " field-invalid" : ""}`} aria-label={t("search.formLabel")}>
      <label htmlFor="search-q">{t("search.label")}</label>
      {error ? (
        <p className="field-error" id="search-q-error">
          {t(error)}
        </p>
      ) : null}
      <div className="search-row">
        <input
          id="search-q"
          type="search"
          name="q"
          defaultValue={q}
          maxLength={200}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "search-q-error" : undefined}
        />
        <button type="submit" className="button">
          {t("search.submit")}
        </button>
      </div>
    </Form>
  );
}

export function SearchResultList({ hits, total, first }: { hits: readonly SearchHit[]; total: number; first: number }) {
  const t = useT();
  const format = useFormat();
  return (
    <>
      <p role="status">{total === 1 ? t("search.countOne") : t("search.count", { count: format.number(total) })}</p>
      <ol className="search-results" start={first}>
        {hits.map((hit) => (
          <li key={hit.moduleId} className="card search-hit">
            <h3 className="search-hit-title">
              <Link to={`/formazione/corsi/${hit.courseSlug}/${hit.moduleSlug}`}>{hit.title}</Link>
            </h3>
            <p className="muted search-hit-course">{t("search.inCourse", { course: hit.courseTitle })}</p>
            {/* excerptHtml is escaped text with <mark> only (search.server.ts headlineToHtml). */}
            <p className="search-excerpt" dangerouslySetInnerHTML={{ __html: hit.excerptHtml }} />
          </li>
        ))}
      </ol>
    </>
  );
}
