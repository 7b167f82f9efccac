// The forum's search results: one per post, with its topic's title (linking to the post's
// permanent address), category, author, date and an excerpt with the matches highlighted.
import { Link } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import type { ForumSearchHit, ForumSearchResults } from "~/modules/forum/search.server";
import { categoryPath, postPath } from "../../paths";

function Hit({ hit }: { hit: ForumSearchHit }) {
  const t = useT();
  const format = useFormat();
  return (
    <li className="card forum-search-hit">
      <h3 className="forum-search-hit-title">
        <Link to={postPath(hit.postId)}>
          {/* titleHtml and excerptHtml are escaped text with <mark> only (training's headlineToHtml). */}
          {hit.titleHtml ? <span dangerouslySetInnerHTML={{ __html: hit.titleHtml }} /> : hit.topicTitle}
        </Link>
      </h3>
      <p className="forum-search-meta">
        <span>
          <span className="visually-hidden">{t("forumsearch.hit.category")}: </span>
          <Link to={categoryPath(hit.categorySlug)}>{hit.categoryName}</Link>
        </span>
        <span>{hit.number === 1 ? t("forumsearch.hit.opening") : t("forumsearch.hit.reply", { number: hit.number })}</span>
        <span>{t("forumsearch.hit.by", { author: hit.authorName ?? t("forum.deletedAuthor") })}</span>
        <time dateTime={new Date(hit.createdAt).toISOString()}>{format.dateTime(hit.createdAt)}</time>
      </p>
      <p className="search-excerpt forum-search-excerpt" dangerouslySetInnerHTML={{ __html: hit.excerptHtml }} />
    </li>
  );
}

export function SearchResultList({ results, first }: { results: ForumSearchResults; first: number }) {
  const t = useT();
  const format = useFormat();
  return (
    <>
      <p role="status">
        {results.capped
          ? t("forumsearch.countMore", { count: format.number(results.total) })
          : results.total === 1
            ? t("forumsearch.countOne")
            : t("forumsearch.count", { count: format.number(results.total) })}
      </p>
      {results.capped ? <p className="hint">{t("forumsearch.countMoreHint")}</p> : null}
      <ol className="forum-search-results" start={first}>
        {results.hits.map((hit) => (
          <Hit key={hit.postId} hit={hit} />
        ))}
      </ol>
    </>
  );
}
