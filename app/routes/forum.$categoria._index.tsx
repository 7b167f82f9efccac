// /forum/:categoria[?pagina=N][&filtro=tutte|risolte|non-risolte] — a category's topics (pinned
// first), with unread counts, the Q&A filter, "Nuova discussione" for those who may post, and the
// user's notification level for the category (POST intent=watch, level). A category the user may
// not read is a 404, like one that does not exist.
import { forumFormData } from "~/modules/forum/forms.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { Pagination } from "~/components/ui/Pagination";
import type { MessageKey } from "~/i18n";
import { useFormat, useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { CategoryBadges } from "~/modules/forum/components/list/CategoryBadges";
import { CategoryWatchForm } from "~/modules/forum/components/list/CategoryWatchForm";
import { ForumBreadcrumb } from "~/modules/forum/components/list/ForumBreadcrumb";
import { ForumSearchBox } from "~/modules/forum/components/list/ForumSearchBox";
import { categoryListHref, type SolvedFilter } from "~/modules/forum/components/list/query";
import { readListQuery, watchSchema } from "~/modules/forum/components/list/query.server";
import { SolvedFilter as SolvedFilterNav } from "~/modules/forum/components/list/SolvedFilter";
import { TopicList } from "~/modules/forum/components/list/TopicList";
import { categoryPath, newTopicPath } from "~/modules/forum/paths";
import { canPost } from "~/modules/forum/policy.server";
import { setCategoryWatch } from "~/modules/forum/posts.server";
import { categoryBySlug, categoryWatch, listTopics } from "~/modules/forum/reading.server";
import { parseForm } from "~/utils/forms";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";
import { SLUG_PATTERN } from "~/modules/forum/categories-fields";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "forum.title", undefined, data?.category.name);

async function requireCategory(request: Request, slug: string | undefined) {
  const user = await requireUser(request);
  if (!slug || !SLUG_PATTERN.test(slug)) notFound();
  const category = await categoryBySlug(user, slug!);
  return { user, category };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, category } = await requireCategory(request, params.categoria);
  const url = new URL(request.url);
  const query = readListQuery(url, category.kind === "qa");
  const now = new Date();
  const [list, watch] = await Promise.all([
    listTopics(user, category, { page: query.page, solved: query.filter, now }),
    categoryWatch(user, category.id),
  ]);
  return {
    now: now.toISOString(),
    category: {
      id: category.id,
      slug: category.slug,
      name: category.name,
      description: category.description,
      districtCode: category.districtCode,
      kind: category.kind,
      readRoles: category.readRoles,
      archivedAt: category.archivedAt,
    },
    filter: query.filter,
    ...list,
    watch,
    canPost: canPost(user, category),
    saved: url.searchParams.get("esito") === "notifiche",
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, category } = await requireCategory(request, params.categoria);
  const parsed = parseForm(watchSchema, await forumFormData(request));
  if (!parsed.ok) return data({ error: "forumlist.watch.error" as MessageKey }, { status: 400 });
  await setCategoryWatch(user, category.id, parsed.data.level);
  return redirect(`${categoryPath(category.slug)}?esito=notifiche`, 303);
}

function EmptyTopics({ filter, canWrite, slug }: { filter: SolvedFilter; canWrite: boolean; slug: string }) {
  const t = useT();
  if (filter === "tutte") return <p className="forum-empty">{t(canWrite ? "forumlist.category.emptyCanPost" : "forumlist.category.empty")}</p>;
  return (
    <p className="forum-empty">
      {t(filter === "risolte" ? "forumlist.category.emptySolved" : "forumlist.category.emptyUnsolved")}{" "}
      <Link to={categoryListHref(slug)}>{t("forumlist.category.showAll")}</Link>
    </p>
  );
}

export default function ForumCategory() {
  const t = useT();
  const f = useFormat();
  const { category, topics, total, page, pages, filter, watch, canPost: canWrite, saved, now } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const here = categoryPath(category.slug);
  return (
    <div className="forum">
      <ForumBreadcrumb current={category.name} />
      <div className="forum-category-head">
        <div>
          <h1>{category.name}</h1>
          <CategoryBadges category={category} />
          {category.description ? <p className="lead prose">{category.description}</p> : null}
        </div>
        {canWrite ? (
          <p className="forum-new-topic">
            <Link to={newTopicPath(category.slug)} className="button">
              {t("forumlist.category.newTopic")}
            </Link>
          </p>
        ) : null}
      </div>
      {saved && !result ? <Alert tone="success">{t("forumlist.outcome.watch", { level: t(`forum.watch.${watch}` as MessageKey) })}</Alert> : null}
      {category.archivedAt ? (
        <Alert>{t("forumlist.archivedNote")}</Alert>
      ) : !canWrite ? (
        <p className="muted">{t("forumlist.readOnlyNote")}</p>
      ) : null}
      <ForumSearchBox categorySlug={category.slug} />
      <section aria-labelledby="forum-topics-title">
        <div className="forum-topics-head">
          <h2 id="forum-topics-title">{t("forumlist.category.topics")}</h2>
          {total > 0 ? (
            <p className="muted">
              {total === 1 ? t("forumlist.category.countOne") : t("forumlist.category.count", { count: f.number(total) })}
              {pages > 1 ? ` · ${t("forumlist.category.pageOf", { page, pages })}` : null}
            </p>
          ) : null}
        </div>
        {category.kind === "qa" ? <SolvedFilterNav current={filter} href={(x) => categoryListHref(category.slug, { filter: x })} /> : null}
        {topics.length > 0 ? (
          <TopicList topics={topics} now={now} labelledBy="forum-topics-title" />
        ) : (
          <EmptyTopics filter={filter} canWrite={canWrite} slug={category.slug} />
        )}
        <Pagination page={page} pages={pages} href={(p) => categoryListHref(category.slug, { page: p, filter })} />
      </section>
      <CategoryWatchForm level={watch} action={here} error={result?.error} />
    </div>
  );
}
