// /amministrazione/forum/nuova — an administrator creates a forum category (audited).
import { forumFormData } from "~/modules/forum/forms.server";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { requireAdmin } from "~/modules/auth/policy.server";
import { categoryFormValues, categorySchema, type CategoryFormValues } from "~/modules/forum/categories-schema";
import { createForumCategory, nextCategoryPosition } from "~/modules/forum/categories.server";
import { CategoryForm } from "~/modules/forum/components/list/CategoryForm";
import { parseForm, type FieldErrors } from "~/utils/forms";
import { titled } from "~/utils/meta";

export const meta = titled("forumlist.admin.newTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const values: CategoryFormValues = {
    name: "",
    slug: "",
    description: "",
    district: "shared",
    kind: "discussion",
    position: String(await nextCategoryPosition()),
    archived: false,
    readRoles: ["guardian", "trainer", "legal_consultant", "coordinator"],
    postRoles: ["guardian", "trainer", "legal_consultant", "coordinator"],
  };
  return { values };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireAdmin(request);
  const form = await forumFormData(request);
  const values = categoryFormValues(form);
  const parsed = parseForm(categorySchema, form);
  if (!parsed.ok) return data({ errors: parsed.errors, values }, { status: 400 });
  const result = await createForumCategory(actor, parsed.data);
  if (!result.ok) {
    const errors: FieldErrors = "field" in result ? { [result.field]: result.message } : {};
    return data({ errors, values }, { status: 409 });
  }
  return redirect("/amministrazione/forum?esito=creata", 303);
}

export default function AdminNewForumCategory() {
  const t = useT();
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div>
      <p>
        <Link to="/amministrazione/forum">{t("forumlist.admin.backList")}</Link>
      </p>
      <h1>{t("forumlist.admin.newTitle")}</h1>
      <CategoryForm mode="new" action="/amministrazione/forum/nuova" values={result?.values ?? loaded.values} errors={result?.errors ?? {}} />
    </div>
  );
}
