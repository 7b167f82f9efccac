// /forum — the forum's home: a search box, the categories the user may read (the others do not
// exist for them) with their figures and what is unread or new, archived ones last; the
// moderation queue for moderators.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { hasRole, isAdmin } from "~/modules/auth/roles";
import { CategoryList } from "~/modules/forum/components/list/CategoryList";
import { ForumSearchBox } from "~/modules/forum/components/list/ForumSearchBox";
import { MODERATION_PATH } from "~/modules/forum/paths";
import { canUseForum } from "~/modules/forum/policy.server";
import { forumHome } from "~/modules/forum/reading.server";
import { forbidden } from "~/utils/http.server";
import { titled } from "~/utils/meta";

export const meta = titled("forum.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!canUseForum(user)) forbidden();
  const now = new Date();
  const summaries = await forumHome(user, now);
  return {
    now: now.toISOString(),
    summaries: summaries.map(({ canPost: _canPost, ...s }) => s),
    moderator: isAdmin(user.roles) || hasRole(user.roles, "coordinator"),
  };
}

export default function ForumHome() {
  const t = useT();
  const { summaries, now, moderator } = useLoaderData<typeof loader>();
  const active = summaries.filter((s) => !s.category.archivedAt);
  const archived = summaries.filter((s) => s.category.archivedAt);
  return (
    <div className="forum">
      <h1>{t("forum.title")}</h1>
      <p className="lead prose">{t("forumlist.home.intro")}</p>
      <ForumSearchBox />
      {moderator ? (
        <p className="forum-moderation-link">
          <Link to={MODERATION_PATH}>{t("forumlist.home.moderation")}</Link> — {t("forumlist.home.moderationHint")}
        </p>
      ) : null}
      <section aria-labelledby="forum-categories-title">
        <h2 id="forum-categories-title">{t("forumlist.home.categories")}</h2>
        {active.length > 0 ? <CategoryList summaries={active} now={now} /> : <p>{t("forumlist.home.empty")}</p>}
      </section>
      {archived.length > 0 ? (
        <section aria-labelledby="forum-archived-title">
          <h2 id="forum-archived-title">{t("forumlist.home.archivedTitle")}</h2>
          <CategoryList summaries={archived} now={now} />
        </section>
      ) : null}
    </div>
  );
}
