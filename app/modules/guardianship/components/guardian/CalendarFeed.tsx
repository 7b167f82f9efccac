// The calendar feed: what it is, and one button to create the secret address or to renew it. Only
// the secret's hash is stored, so the address is shown once, right after it is made.
import { Form } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { useFormat, useT } from "~/i18n/react";

export function CalendarFeed({
  createdAt,
  fresh,
}: {
  createdAt: string | Date | null;
  /** The address just created or renewed (shown once), with whether it replaced an older one. */
  fresh: { url: string; renewed: boolean } | null;
}) {
  const t = useT();
  const format = useFormat();
  return (
    <section className="card tg-section tg-feed" aria-labelledby="tg-feed">
      <h2 id="tg-feed">{t("tutelaguardian.feed.title")}</h2>
      <p>{t("tutelaguardian.feed.intro")}</p>
      <p className="muted">{t("tutelaguardian.feed.privacy")}</p>
      {fresh ? (
        <Alert tone="success">
          <p>{t(fresh.renewed ? "tutelaguardian.feed.renewed" : "tutelaguardian.feed.created")}</p>
          <div className="field">
            <label htmlFor="tg-feed-url">{t("tutelaguardian.feed.address")}</label>
            <p className="hint" id="tg-feed-url-hint">
              {t("tutelaguardian.feed.copyNow")}
            </p>
            <input id="tg-feed-url" className="tg-feed-url" type="url" readOnly value={fresh.url} aria-describedby="tg-feed-url-hint" />
          </div>
        </Alert>
      ) : createdAt ? (
        <p>{t("tutelaguardian.feed.exists", { date: format.date(createdAt) })}</p>
      ) : (
        <p>{t("tutelaguardian.feed.none")}</p>
      )}
      <Form method="post">
        <input type="hidden" name="intent" value="feed" />
        <button type="submit" className={createdAt ? "button button-secondary" : "button"}>
          {t(createdAt ? "tutelaguardian.feed.renew" : "tutelaguardian.feed.create")}
        </button>
      </Form>
    </section>
  );
}
