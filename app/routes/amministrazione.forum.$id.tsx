// /amministrazione/forum/:id — an administrator changes a forum category's name, address, rules,
// order or archived state (audited).
import { forumFormData } from "~/modules/forum/forms.server";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { requireAdmin } from "~/modules/auth/policy.server";
import { categoryFormValues, categorySchema } from "~/modules/forum/categories-schema";
import { formValuesOf, getCategoryForAdmin, updateForumCategory } from "~/modules/forum/categories.server";
import { CategoryForm } from "~/modules/forum/components/list/CategoryForm";
import { categoryPath } from "~/modules/forum/paths";
import { idParam } from "~/modules/forum/schema";
import { parseForm, type FieldErrors } from "~/utils/forms";
import { notFound } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => pageTitle(matches, "forumlist.admin.title", undefined, data?.name);

function requireId(params: Record<string, string | undefined>): string {
  const id = idParam.safeParse(params.id);
  if (!id.success) notFound();
  return id.data!;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const category = await getCategoryForAdmin(requireId(params));
  if (!category) notFound();
  return { id: category!.id, name: category!.name, slug: category!.slug, values: formValuesOf(category!) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireAdmin(request);
  const id = requireId(params);
  const form = await forumFormData(request);
  const values = categoryFormValues(form);
  const parsed = parseForm(categorySchema, form);
  if (!parsed.ok) return data({ errors: parsed.errors, values }, { status: 400 });
  const result = await updateForumCategory(actor, id, parsed.data);
  if (!result.ok) {
    if ("notFound" in result) notFound();
    const errors: FieldErrors = "field" in result ? { [result.field]: result.message } : {};
    return data({ errors, values }, { status: 409 });
  }
  return redirect("/amministrazione/forum?esito=salvata", 303);
}

export default function AdminEditForumCategory() {
  const t = useT();
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div>
      <p>
        <Link to="/amministrazione/forum">{t("forumlist.admin.backList")}</Link>
      </p>
      <h1>{t("forumlist.admin.editTitle", { name: loaded.name })}</h1>
      <p>
        <Link to={categoryPath(loaded.slug)}>{t("forumlist.admin.openInForum")}</Link>
      </p>
      <CategoryForm mode="edit" action={`/amministrazione/forum/${loaded.id}`} values={result?.values ?? loaded.values} errors={result?.errors ?? {}} />
    </div>
  );
}
