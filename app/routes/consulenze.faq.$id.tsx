// /consulenze/faq/:id — one FAQ entry: published ones for every member with a role; drafts and
// entries in review only for consultants and admins (404 for anyone else). The request that
// prompted it is never shown; its district's consultants get a link to it.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { useFormat, useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { ConsultationsNav } from "~/modules/consultations/components/ConsultationsNav";
import { FaqStatusTag } from "~/modules/consultations/components/faq/FaqStatusTag";
import { faqIdParam } from "~/modules/consultations/faq-schema";
import { loadFaqEntry } from "~/modules/consultations/faq.server";
import { canFile, canReadFaq, consultationAreas } from "~/modules/consultations/policy.server";
import { forbidden, notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "faq.title", undefined, data?.entry.question);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!canReadFaq(user)) forbidden();
  const id = faqIdParam.safeParse(params.id);
  if (!id.success) notFound();
  const { entry, staff } = await loadFaqEntry(user, id.data!);
  return { entry, staff, canFile: canFile(user), areas: consultationAreas(user) };
}

export default function FaqEntry() {
  const t = useT();
  const format = useFormat();
  const { entry, staff, canFile, areas } = useLoaderData<typeof loader>();
  const updatedLater = entry.publishedAt && new Date(entry.updatedAt).getTime() - new Date(entry.publishedAt).getTime() > 60_000;
  return (
    <article className="faq-entry">
      <ConsultationsNav areas={areas} />
      <p className="faq-entry-tags">
        <Link to={`/consulenze/faq?categoria=${entry.category}`} className="tag">
          {t(`consultations.category.${entry.category}`)}
        </Link>
        {entry.status !== "published" ? <FaqStatusTag status={entry.status} /> : null}
      </p>
      <h1>{entry.question}</h1>
      {entry.status !== "published" ? <Alert>{t("faq.entry.notPublished")}</Alert> : null}
      {entry.publishedAt && entry.status === "published" ? (
        <p className="muted faq-entry-date">
          {t("faq.entry.published", { date: format.date(entry.publishedAt) })}
          {updatedLater ? ` · ${t("faq.entry.updated", { date: format.date(entry.updatedAt) })}` : null}
        </p>
      ) : null}
      {/* answerHtml comes from renderMarkdown (sanitised). */}
      <div className="prose rendered-md faq-answer" dangerouslySetInnerHTML={{ __html: entry.answerHtml }} />
      <div className="alert faq-general" role="note">
        <p>
          {t("faq.entry.general")}
          {canFile ? (
            <>
              {" "}
              <Link to="/consulenze/nuova">{t("faq.ownCaseLink")}</Link>
            </>
          ) : null}
        </p>
      </div>
      {staff ? (
        <aside className="card faq-staff" aria-labelledby="faq-staff-title">
          <h2 id="faq-staff-title">{t("faq.entry.staffFacts")}</h2>
          <dl className="faq-facts">
            <dt>{t("faq.entry.status")}</dt>
            <dd>
              <FaqStatusTag status={entry.status} />
            </dd>
            <dt>{t("faq.entry.author")}</dt>
            <dd>{staff.authorName ?? t("faq.work.unknownAuthor")}</dd>
            {staff.reviewerName ? (
              <>
                <dt>{t("faq.entry.reviewer")}</dt>
                <dd>{staff.reviewerName}</dd>
              </>
            ) : null}
            <dt>{t("faq.entry.created")}</dt>
            <dd>{format.dateTime(entry.createdAt)}</dd>
            <dt>{t("faq.entry.lastChange")}</dt>
            <dd>{format.dateTime(entry.updatedAt)}</dd>
          </dl>
          <ul className="faq-staff-links">
            <li>
              <Link to={`/consulenze/faq/${entry.id}/modifica`}>{t("faq.entry.edit")}</Link>
            </li>
            {staff.source ? (
              <li>
                <Link to={`/consulenze/${staff.source.id}`}>{t("faq.entry.source", { number: t("consultations.number", { number: staff.source.number }) })}</Link>
              </li>
            ) : null}
          </ul>
        </aside>
      ) : null}
    </article>
  );
}
