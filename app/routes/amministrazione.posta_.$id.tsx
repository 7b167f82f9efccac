// /amministrazione/posta/:id — one outbox e-mail in full, for administrators (how mail is read without SMTP).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import { requireAdmin } from "~/modules/auth/policy.server";
import { statusLabel } from "~/modules/notifications/components/OutboxTable";
import { pageTitle } from "~/utils/meta";
import { getOutboxMail } from "~/modules/notifications/outbox.server";
import { idParamSchema } from "~/modules/notifications/schema";
import { notFound } from "~/utils/http.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, "outbox.detail.title", { subject: data?.mail.subject ?? "" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const parsed = idParamSchema.safeParse(params);
  if (!parsed.success) return notFound();
  const mail = (await getOutboxMail(parsed.data.id)) ?? notFound();
  return { mail };
}

export default function OutboxMail() {
  const t = useT();
  const format = useFormat();
  const { mail } = useLoaderData<typeof loader>();
  const rows: [string, React.ReactNode][] = [
    [t("outbox.col.recipient"), mail.toAddress],
    [t("outbox.col.category"), <code key="c">{mail.category}</code>],
    [t("outbox.col.status"), t(statusLabel(mail.status))],
    [t("outbox.col.attempts"), format.number(mail.attempts)],
    [t("outbox.col.createdAt"), format.dateTime(mail.createdAt)],
    [t("outbox.col.sentAt"), mail.sentAt ? format.dateTime(mail.sentAt) : "—"],
  ];
  if (mail.status === "pending") rows.push([t("outbox.col.nextAttemptAt"), format.dateTime(mail.nextAttemptAt)]);
  if (mail.lastError) rows.push([t("outbox.col.lastError"), mail.lastError]);
  return (
    <div>
      <p>
        <Link to="/amministrazione/posta">{t("outbox.detail.back")}</Link>
      </p>
      <h1>{t("outbox.detail.title", { subject: mail.subject })}</h1>
      <dl className="outbox-meta card">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h2>{t("outbox.detail.text")}</h2>
      <pre className="outbox-text card">{mail.textBody}</pre>
    </div>
  );
}
