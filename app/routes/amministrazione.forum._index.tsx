// /amministrazione/forum — administrators see every forum category with its rules (who reads,
// who writes, district, kind, order, state) and open one to change it, or create a new one.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { requireAdmin } from "~/modules/auth/policy.server";
import { listCategoriesForAdmin } from "~/modules/forum/categories.server";
import { CategoryTable } from "~/modules/forum/components/list/CategoryTable";
import { titled } from "~/utils/meta";

export const meta = titled("forumlist.admin.title");

const OUTCOMES: Record<string, MessageKey> = {
  creata: "forumlist.admin.outcome.created",
  salvata: "forumlist.admin.outcome.saved",
};

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const esito = new URL(request.url).searchParams.get("esito") ?? "";
  return { rows: await listCategoriesForAdmin(), outcome: OUTCOMES[esito] ?? null };
}

export default function AdminForumCategories() {
  const t = useT();
  const { rows, outcome } = useLoaderData<typeof loader>();
  return (
    <div>
      <p>
        <Link to="/amministrazione">{t("forumlist.admin.back")}</Link>
      </p>
      <h1>{t("forumlist.admin.title")}</h1>
      {outcome ? <Alert tone="success">{t(outcome)}</Alert> : null}
      <p className="lead prose">{t("forumlist.admin.intro")}</p>
      <p>
        <Link to="/amministrazione/forum/nuova" className="button">
          {t("forumlist.admin.new")}
        </Link>
      </p>
      {rows.length > 0 ? <CategoryTable rows={rows} /> : <p>{t("forumlist.admin.empty")}</p>}
    </div>
  );
}
