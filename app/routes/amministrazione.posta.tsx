// /amministrazione/posta — administrators read the e-mail outbox, newest first, filtered by status.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import { requireAdmin } from "~/modules/auth/policy.server";
import { OutboxTable, statusLabel } from "~/modules/notifications/components/OutboxTable";
import { Pagination } from "~/components/ui/Pagination";
import { pageTitle } from "~/utils/meta";
import { listOutbox } from "~/modules/notifications/outbox.server";
import { OUTBOX_STATUSES } from "~/modules/notifications/fields";
import { readOutboxQuery } from "~/modules/notifications/schema.server";
import { notFound } from "~/utils/http.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "outbox.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const query = readOutboxQuery(new URL(request.url));
  const list = (await listOutbox(query)) ?? notFound();
  return { ...list, status: query.status ?? null };
}

function href(status: string | null, page: number) {
  const params = new URLSearchParams();
  if (status) params.set("stato", status);
  if (page > 1) params.set("pagina", String(page));
  const query = params.toString();
  return query ? `/amministrazione/posta?${query}` : "/amministrazione/posta";
}

export default function Outbox() {
  const t = useT();
  const format = useFormat();
  const { items, total, page, pages, status } = useLoaderData<typeof loader>();
  return (
    <div>
      <h1>{t("outbox.title")}</h1>
      <p className="lead">{t("outbox.intro")}</p>
      <Form method="get" className="outbox-filter card">
        <div className="field">
          <label htmlFor="outbox-status">{t("outbox.filter")}</label>
          <select id="outbox-status" name="stato" defaultValue={status ?? ""}>
            <option value="">{t("outbox.filter.all")}</option>
            {OUTBOX_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(statusLabel(s))}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary">
          {t("outbox.filter.apply")}
        </button>
      </Form>
      <p role="status">{t("outbox.total", { count: format.number(total) })}</p>
      {items.length === 0 ? <p>{t(status ? "outbox.empty" : "outbox.emptyAll")}</p> : <OutboxTable items={items} />}
      <Pagination page={page} pages={pages} href={(p) => href(status, p)} />
    </div>
  );
}
