// The search box over the forum (GET /forum/cerca?q=…), optionally limited to one category.
import { Form } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { SEARCH_PATH } from "../../paths";

export function ForumSearchBox({ categorySlug }: { categorySlug?: string }) {
  const t = useT();
  const id = categorySlug ? "forum-search-category" : "forum-search";
  return (
    <Form method="get" action={SEARCH_PATH} role="search" className="forum-search" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={id}>
        {t(categorySlug ? "forumlist.search.labelCategory" : "forumlist.search.label")}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {t("forumlist.search.hint")}
      </p>
      <div className="forum-search-row">
        <input type="search" id={id} name="q" maxLength={200} aria-describedby={`${id}-hint`} />
        {categorySlug ? <input type="hidden" name="categoria" value={categorySlug} /> : null}
        <button type="submit" className="button">
          {t("forumlist.search.button")}
        </button>
      </div>
    </Form>
  );
}
