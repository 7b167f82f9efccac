// /forum/:categoria/nuovo — start a topic: title and text (the editor loads at once: writing is
// this page's purpose), a reminder of the rules, and the personal-data hold. 404 for a category
// the user may not read, 403 when they may read but not post (archived, or a read-only role).
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/ui/Alert";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { useT } from "~/i18n/react";
import { requireUser } from "~/modules/auth/policy.server";
import { SLUG_PATTERN } from "~/modules/forum/categories-fields";
import { Composer } from "~/modules/forum/components/Composer";
import { ForumBreadcrumb } from "~/modules/forum/components/list/ForumBreadcrumb";
import { NewTopicRules } from "~/modules/forum/components/list/NewTopicRules";
import { readForumForm, submitTopic } from "~/modules/forum/forms.server";
import { categoryPath, newTopicPath } from "~/modules/forum/paths";
import { canPost } from "~/modules/forum/policy.server";
import { categoryBySlug } from "~/modules/forum/reading.server";
import { forbidden, notFound } from "~/utils/http.server";
import { titled } from "~/utils/meta";

export const meta = titled("forumlist.new.title");

async function requirePoster(request: Request, slug: string | undefined) {
  const user = await requireUser(request);
  if (!slug || !SLUG_PATTERN.test(slug)) notFound();
  const category = await categoryBySlug(user, slug!);
  if (!canPost(user, category)) forbidden("forum.error.cannotPost");
  return { user, category };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { category } = await requirePoster(request, params.categoria);
  return { category: { slug: category.slug, name: category.name } };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, category } = await requirePoster(request, params.categoria);
  return submitTopic(user, category.id, await readForumForm(request));
}

export default function NewTopic() {
  const t = useT();
  const { category } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const labels = {
    title: t("forumtopic.composer.title"),
    body: t("forumlist.new.bodyLabel"),
    confermaPrivacy: t("forum.privacy.confirm"),
  };
  return (
    <div className="forum forum-compose">
      <ForumBreadcrumb trail={[{ to: categoryPath(category.slug), label: category.name }]} current={t("forumlist.new.title")} />
      <h1>{t("forumlist.new.title")}</h1>
      <p className="lead">{t("forumlist.new.in", { category: category.name })}</p>
      <NewTopicRules />
      {result?.formError ? <Alert tone="error">{t(result.formError)}</Alert> : null}
      <Form method="post" action={newTopicPath(category.slug)} noValidate className="forum-compose-form">
        <ErrorSummary errors={result?.errors ?? {}} labels={labels} />
        <Composer state={result} withTitle bodyLabel={labels.body} loadOn="hydrate" />
        <div className="actions">
          <button type="submit" className="button">
            {t("forumlist.new.submit")}
          </button>
          <Link to={categoryPath(category.slug)}>{t("forumlist.new.cancel")}</Link>
        </div>
      </Form>
    </div>
  );
}
