// /amministrazione — administrators find users (name or e-mail, role, district, state), 25 per page.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { useT } from "~/i18n/react";
import { Pagination } from "~/components/ui/Pagination";
import { UserFilters } from "~/modules/admin/components/UserFilters";
import { UserTable } from "~/modules/admin/components/UserTable";
import { requireUserManager } from "~/modules/admin/policy.server";
import { listUsers } from "~/modules/admin/queries.server";
import { userListHref } from "~/modules/admin/fields";
import { parseUserListQuery } from "~/modules/admin/schema.server";
import { titled } from "~/utils/meta";

export const meta = titled("admin.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUserManager(request);
  const url = new URL(request.url);
  const { query, ignored } = parseUserListQuery(url.searchParams);
  // A search form sends empty fields too: answer with the one canonical address of this list.
  const canonical = userListHref(query);
  if (!ignored.length && url.searchParams.toString() !== (canonical.split("?")[1] ?? "")) throw redirect(canonical);
  const page = await listUsers(query);
  return { query, ignored, ...page };
}

export default function AdminIndex() {
  const t = useT();
  const { query, ignored, users, total, page, pages } = useLoaderData<typeof loader>();
  const filtered = Boolean(query.q || query.role || query.district || query.status);
  return (
    <div>
      <h1>{t("admin.title")}</h1>
      <p className="lead">{t("admin.intro")}</p>

      <nav aria-labelledby="admin-tools-title" className="card">
        <h2 id="admin-tools-title">{t("admin.tools.title")}</h2>
        <ul>
          <li>
            <Link to="/amministrazione/posta">{t("admin.tools.outbox")}</Link> — {t("admin.tools.outboxHint")}
          </li>
          <li>
            <Link to="/amministrazione/forum">{t("forumlist.admin.toolLink")}</Link> — {t("forumlist.admin.toolHint")}
          </li>
          <li>
            <Link to="/coordinamento/registro">{t("admin.tools.auditLog")}</Link> — {t("admin.tools.auditLogHint")}
          </li>
        </ul>
      </nav>

      <section aria-labelledby="users-title">
        <h2 id="users-title">{t("admin.users.title")}</h2>
        {ignored.length ? <Alert tone="error">{t("admin.list.badFilter")}</Alert> : null}
        <UserFilters query={query} />
        <p role="status">
          {total === 1 ? t("admin.list.countOne") : t("admin.list.count", { count: total })}
          {filtered ? (
            <>
              {" "}
              <Link to="/amministrazione">{t("admin.filters.reset")}</Link>
            </>
          ) : null}
        </p>
        {users.length ? (
          <UserTable users={users} caption={t("admin.list.caption", { page, pages })} />
        ) : (
          <p>
            {total > 0 ? (
              <>
                {t("admin.list.pageEmpty")} <Link to={userListHref(query, { page: 1 })}>{t("admin.list.firstPage")}</Link>
              </>
            ) : (
              t("admin.list.empty")
            )}
          </p>
        )}
        <Pagination page={page} pages={pages} href={(p) => userListHref(query, { page: p })} />
      </section>
    </div>
  );
}
