// /notifiche — the signed-in user's notifications: paginated list, mark read, open (mark read + follow link).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { requestLocale } from "~/i18n/locale.server";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { markAllRead, markRead, openNotification } from "~/modules/notifications/commands.server";
import { NotificationList } from "~/modules/notifications/components/NotificationList";
import { Pagination } from "~/components/ui/Pagination";
import { pageTitle } from "~/utils/meta";
import { listNotifications } from "~/modules/notifications/queries.server";
import { notificationActionSchema, readPage } from "~/modules/notifications/schema";
import { parseForm } from "~/utils/forms";
import { httpError, notFound } from "~/utils/http.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "notifications.title");

const pageHref = (page: number, outcome?: string) => {
  const params = new URLSearchParams();
  if (page > 1) params.set("pagina", String(page));
  if (outcome) params.set("esito", outcome);
  const query = params.toString();
  return query ? `/notifiche?${query}` : "/notifiche";
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const locale = requestLocale(request, user);
  const list = (await listNotifications(user.id, readPage(new URL(request.url)), locale)) ?? notFound();
  return list;
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = parseForm(notificationActionSchema, await request.formData());
  if (!parsed.ok) return httpError(400);
  const input = parsed.data;
  if (input.intent === "readAll") {
    await markAllRead(user.id);
    return redirect(pageHref(input.pagina, "tutte"));
  }
  if (input.intent === "read") {
    if (!(await markRead(user.id, input.id))) notFound();
    return redirect(pageHref(input.pagina, "letta"));
  }
  const target = await openNotification(user.id, input.id);
  if (target === undefined) return notFound();
  return redirect(target ?? pageHref(input.pagina, "letta"));
}

export default function Notifications() {
  const t = useT();
  const { items, unread, page, pages } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const outcome = params.get("esito");
  return (
    <div>
      <h1>{t("notifications.title")}</h1>
      <p className="lead">{t("notifications.intro")}</p>
      {outcome === "tutte" ? <Alert tone="success">{t("notifications.allMarked")}</Alert> : null}
      {outcome === "letta" ? <Alert tone="success">{t("notifications.marked")}</Alert> : null}
      <div className="notifications-toolbar">
        <p>{unread > 0 ? t("notifications.unreadSummary", { count: unread }) : t("notifications.allRead")}</p>
        <div className="actions">
          {unread > 0 ? (
            <Form method="post" noValidate className="inline-form">
              <input type="hidden" name="intent" value="readAll" />
              <input type="hidden" name="pagina" value={page} />
              <button type="submit" className="button button-secondary">
                {t("notifications.markAllRead")}
              </button>
            </Form>
          ) : null}
          <Link to="/notifiche/preferenze">{t("notifications.preferencesLink")}</Link>
        </div>
      </div>
      {items.length === 0 ? <p>{t("notifications.empty")}</p> : <NotificationList items={items} page={page} />}
      <Pagination page={page} pages={pages} href={(p) => pageHref(p)} />
    </div>
  );
}
