// /consulenze/faq — the FAQ for every member with a role: search (?q=, web-search syntax, Italian
// stemming), topic filter (?categoria=), pages (?pagina=), and without a query every published
// entry grouped by topic. Consultants and admins also see drafts and entries waiting for review.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { Pagination } from "~/components/ui/Pagination";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { ConsultationsNav } from "~/modules/consultations/components/ConsultationsNav";
import { FaqBrowseList, FaqHitList } from "~/modules/consultations/components/faq/FaqResults";
import { FaqSearchForm } from "~/modules/consultations/components/faq/FaqSearchForm";
import { FaqWorkList } from "~/modules/consultations/components/faq/FaqWorkList";
import type { ConsultationCategory } from "~/modules/consultations/constants";
import { FAQ_SEARCH_PAGE_SIZE } from "~/modules/consultations/faq-fields";
import { readFaqQuery } from "~/modules/consultations/faq-schema.server";
import { browsePublishedFaq, canManageFaq, faqWorkList, searchFaqPage } from "~/modules/consultations/faq.server";
import { canFile, canReadFaq, canWriteFaq, consultationAreas } from "~/modules/consultations/policy.server";
import { forbidden } from "~/utils/http.server";
import { titled } from "~/utils/meta";

export const meta = titled("faq.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!canReadFaq(user)) forbidden();
  const parsed = readFaqQuery(new URL(request.url).searchParams);
  const base = {
    areas: consultationAreas(user),
    canWrite: canWriteFaq(user),
    canFile: canFile(user),
    work: canManageFaq(user) ? await faqWorkList(user) : null,
  };
  if (!parsed.ok) return { ...base, q: parsed.q, category: parsed.category ?? null, error: parsed.error, results: null, browse: null };
  const { q, category, page } = parsed.query;
  return {
    ...base,
    q: q ?? "",
    category: category ?? null,
    error: undefined,
    results: q ? await searchFaqPage(q, { category, page }) : null,
    browse: q ? null : await browsePublishedFaq({ category, page }),
  };
}

function href(q: string, category: ConsultationCategory | null, page: number) {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (category) params.set("categoria", category);
  if (page > 1) params.set("pagina", String(page));
  const query = params.toString();
  return `/consulenze/faq${query ? `?${query}` : ""}`;
}

export default function FaqIndex() {
  const t = useT();
  const { areas, canWrite, canFile, work, q, category, error, results, browse } = useLoaderData<typeof loader>();
  const categoryLabel = category ? t(`consultations.category.${category}`) : "";
  return (
    <div className="faq">
      <h1>{t("faq.title")}</h1>
      <ConsultationsNav areas={areas} />
      <p className="lead prose">{t("faq.intro")}</p>
      {canWrite || work ? (
        <p className="faq-staff-links faq-staff-top">
          {canWrite ? (
            <Link to="/consulenze/faq/nuova" className="button">
              {t("faq.new")}
            </Link>
          ) : null}
          {work ? <a href="#faq-work-title">{t("faq.work.jump", { count: work.length })}</a> : null}
        </p>
      ) : null}
      <FaqSearchForm q={q} category={category} error={error} />
      {results ? (
        <section aria-labelledby="faq-results-title">
          <h2 id="faq-results-title">{t("faq.search.resultsTitle", { q })}</h2>
          {results.total === 0 ? (
            <p role="status">{category ? t("faq.search.noneCategory", { q, category: categoryLabel }) : t("faq.search.none", { q })}</p>
          ) : results.items.length === 0 ? (
            <p>
              {t("faq.search.pageEmpty")} <Link to={href(q, category, 1)}>{t("faq.search.firstPage")}</Link>
            </p>
          ) : (
            <FaqHitList hits={results.items} total={results.total} first={(results.page - 1) * FAQ_SEARCH_PAGE_SIZE + 1} />
          )}
          <Pagination page={results.page} pages={results.pages} href={(p) => href(q, category, p)} />
        </section>
      ) : null}
      {browse ? (
        <section aria-labelledby="faq-browse-title">
          <h2 id="faq-browse-title">{category ? t("faq.browse.titleCategory", { category: categoryLabel }) : t("faq.browse.title")}</h2>
          {browse.total === 0 ? (
            <p>{category ? t("faq.browse.emptyCategory") : t("faq.browse.empty")}</p>
          ) : browse.items.length === 0 ? (
            <p>
              {t("faq.search.pageEmpty")} <Link to={href("", category, 1)}>{t("faq.search.firstPage")}</Link>
            </p>
          ) : (
            <FaqBrowseList items={browse.items} />
          )}
          <Pagination page={browse.page} pages={browse.pages} href={(p) => href("", category, p)} />
        </section>
      ) : null}
      {work ? <FaqWorkList items={work} /> : null}
      {canFile ? (
        <Alert>
          <p>
            {t("faq.ownCase")} <Link to="/consulenze/nuova">{t("faq.ownCaseLink")}</Link>
          </p>
        </Alert>
      ) : null}
    </div>
  );
}
