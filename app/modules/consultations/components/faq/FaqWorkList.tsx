// The consultants' and admins' list of drafts and entries waiting for review, as a table.
import { Link } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import type { ConsultationCategory, FaqStatus } from "~/modules/consultations/constants";
import { FaqStatusTag } from "./FaqStatusTag";

export interface WorkItem {
  id: string;
  category: ConsultationCategory;
  question: string;
  status: FaqStatus;
  authorName: string | null;
  updatedAt: Date | string;
  mine: boolean;
  canReview: boolean;
}

export function FaqWorkList({ items }: { items: readonly WorkItem[] }) {
  const t = useT();
  const format = useFormat();
  return (
    <section className="faq-work" aria-labelledby="faq-work-title">
      <h2 id="faq-work-title">{t("faq.work.title")}</h2>
      <p className="muted prose">{t("faq.work.intro")}</p>
      {items.length === 0 ? (
        <p>{t("faq.work.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="faq-work-table">
            <thead>
              <tr>
                <th scope="col">{t("faq.work.question")}</th>
                <th scope="col">{t("faq.work.category")}</th>
                <th scope="col">{t("faq.work.status")}</th>
                <th scope="col">{t("faq.work.author")}</th>
                <th scope="col">{t("faq.work.updated")}</th>
                <th scope="col">{t("faq.work.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <th scope="row" className="faq-work-question">
                    <Link to={`/consulenze/faq/${item.id}`}>{item.question}</Link>
                  </th>
                  <td>{t(`consultations.category.${item.category}`)}</td>
                  <td>
                    <FaqStatusTag status={item.status} />
                  </td>
                  <td>{item.mine ? t("faq.work.you") : (item.authorName ?? t("faq.work.unknownAuthor"))}</td>
                  <td className="faq-nowrap">{format.dateTime(item.updatedAt)}</td>
                  <td>
                    <Link to={`/consulenze/faq/${item.id}/modifica`} className="button button-secondary button-small">
                      {item.canReview ? t("faq.work.review") : t("faq.work.edit")}
                      <span className="visually-hidden">: {item.question}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
