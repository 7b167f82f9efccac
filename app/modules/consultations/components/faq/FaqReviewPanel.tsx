// The review box of the editor: publish or send back an entry in review, unpublish a published
// one; the author is told someone else must do it. Each decision is its own small POST form.
import { Form } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import type { FaqStatus } from "~/modules/consultations/constants";

interface Props {
  action: string;
  status: FaqStatus;
  canReview: boolean;
  mine: boolean;
  reviewerName: string | null;
  publishedAt: Date | string | null;
}

export function FaqReviewPanel({ action, status, canReview, mine, reviewerName, publishedAt }: Props) {
  const t = useT();
  const format = useFormat();
  if (status === "draft") return null;
  return (
    <section className="card faq-review" aria-labelledby="faq-review-title">
      <h2 id="faq-review-title">{t("faq.review.title")}</h2>
      {status === "published" && reviewerName && publishedAt ? <p>{t("faq.review.publishedBy", { name: reviewerName, date: format.date(publishedAt) })}</p> : null}
      {!canReview ? (
        mine ? <p>{t("faq.review.ownEntry")}</p> : null
      ) : status === "in_review" ? (
        <>
          <p>{t("faq.review.intro")}</p>
          <div className="actions">
            <Form method="post" action={action} className="inline-form">
              <button type="submit" name="intent" value="publish" className="button">
                {t("faq.action.publish")}
              </button>
            </Form>
            <Form method="post" action={action} className="inline-form">
              <button type="submit" name="intent" value="sendBack" className="button button-secondary">
                {t("faq.action.sendBack")}
              </button>
            </Form>
          </div>
        </>
      ) : (
        <>
          <p>{t("faq.review.unpublishIntro")}</p>
          <Form method="post" action={action}>
            <button type="submit" name="intent" value="unpublish" className="button button-danger">
              {t("faq.action.unpublish")}
            </button>
          </Form>
        </>
      )}
    </section>
  );
}
