// The list of a user's notifications: unread ones flagged in words as well as style, with their actions.
import { Form } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";

export interface NotificationView {
  id: string;
  title: string;
  body: string;
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

export function NotificationList({ items, page }: { items: NotificationView[]; page: number }) {
  const t = useT();
  const format = useFormat();
  return (
    <ol className="notification-list" aria-label={t("notifications.listLabel")}>
      {items.map((n) => {
        const unread = !n.readAt;
        const titleId = `notification-${n.id}`;
        return (
          <li key={n.id} className={`notification card${unread ? " notification-unread" : ""}`}>
            <h2 id={titleId} className="notification-title">
              {unread ? <span className="tag tag-unread">{t("notifications.unread")}</span> : null}
              {n.title}
            </h2>
            <p>{n.body}</p>
            <p className="muted notification-meta">
              <time dateTime={n.createdAt}>{t("notifications.receivedAt", { date: format.dateTime(n.createdAt) })}</time>
              {n.readAt ? <> · {t("notifications.readAt", { date: format.dateTime(n.readAt) })}</> : null}
            </p>
            {n.link || unread ? (
              <div className="actions notification-actions">
                {n.link ? (
                  <Form method="post" noValidate className="inline-form">
                    <input type="hidden" name="intent" value="open" />
                    <input type="hidden" name="id" value={n.id} />
                    <input type="hidden" name="pagina" value={page} />
                    <button type="submit" className="button button-small" aria-describedby={titleId}>
                      {t("notifications.open")}
                    </button>
                  </Form>
                ) : null}
                {unread ? (
                  <Form method="post" noValidate className="inline-form">
                    <input type="hidden" name="intent" value="read" />
                    <input type="hidden" name="id" value={n.id} />
                    <input type="hidden" name="pagina" value={page} />
                    <button type="submit" className="button button-secondary button-small" aria-describedby={titleId}>
                      {t("notifications.markRead")}
                    </button>
                  </Form>
                ) : null}
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
