// Search results (ranked, with highlighted excerpts) and the browsing list grouped by topic.
import { Link } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import { CATEGORIES, type ConsultationCategory } from "~/modules/consultations/constants";
import type { FaqHit } from "~/modules/consultations/faq.server";

export function FaqHitList({ hits, total, first }: { hits: readonly FaqHit[]; total: number; first: number }) {
  const t = useT();
  const format = useFormat();
  return (
    <>
      <p role="status">{total === 1 ? t("faq.search.countOne") : t("faq.search.count", { count: format.number(total) })}</p>
      <ol className="search-results faq-hits" start={first}>
        {hits.map((hit) => (
          <li key={hit.id} className="card search-hit">
            <h3 className="search-hit-title">
              <Link to={`/consulenze/faq/${hit.id}`}>{hit.question}</Link>
            </h3>
            <p className="muted search-hit-course">{t("faq.entry.category", { category: t(`consultations.category.${hit.category}`) })}</p>
            {/* excerptHtml is escaped text with <mark> only (headlineToHtml). */}
            <p className="search-excerpt" dangerouslySetInnerHTML={{ __html: hit.excerptHtml }} />
          </li>
        ))}
      </ol>
    </>
  );
}

interface BrowseItem {
  id: string;
  category: string;
  question: string;
}

/** Entries grouped under their topic, in the order of the request form. */
export function FaqBrowseList({ items }: { items: readonly BrowseItem[] }) {
  const t = useT();
  const format = useFormat();
  const groups = CATEGORIES.map((c) => ({ category: c as ConsultationCategory, items: items.filter((i) => i.category === c) })).filter((g) => g.items.length > 0);
  return (
    <div className="faq-groups">
      {groups.map((g) => (
        <section key={g.category} className="card faq-group" aria-labelledby={`faq-cat-${g.category}`}>
          <h3 id={`faq-cat-${g.category}`}>
            {t(`consultations.category.${g.category}`)}{" "}
            <span className="muted faq-group-count">
              ({g.items.length === 1 ? t("faq.browse.countOne") : t("faq.browse.count", { count: format.number(g.items.length) })})
            </span>
          </h3>
          <ul className="faq-questions">
            {g.items.map((i) => (
              <li key={i.id}>
                <Link to={`/consulenze/faq/${i.id}`}>{i.question}</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
