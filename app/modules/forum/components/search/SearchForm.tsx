// The forum's search form: a GET form (works without JavaScript, the address can be bookmarked)
// with the words, the category, the author and the period; each bad value has its error beside it.
import { Form, Link } from "@remix-run/react";
import { FieldFrame } from "~/components/ui/Field";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import type { SearchCategoryOption, SearchField } from "~/modules/forum/search.server";
import type { FieldErrors } from "~/utils/forms";
import { SEARCH_PATH } from "../../paths";

const describedBy = (id: string, hint: boolean, error?: MessageKey) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

/** An input whose label is never marked "optional": every field of a search is. */
function SearchInput({
  name,
  label,
  hint,
  error,
  ...input
}: { name: SearchField; label: string; hint?: string; error?: MessageKey } & React.InputHTMLAttributes<HTMLInputElement>) {
  const id = `field-${name}`;
  return (
    <FieldFrame fieldId={id} label={label} hint={hint} error={error} optional={false} className={`forum-search-${name}`}>
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, !!hint, error)} {...input} />
    </FieldFrame>
  );
}

export function SearchForm({
  values,
  errors,
  categories,
  maxLength,
}: {
  values: Record<SearchField, string>;
  errors: FieldErrors;
  categories: readonly SearchCategoryOption[];
  maxLength: { q: number; author: number };
}) {
  const t = useT();
  const filtered = Object.values(values).some((v) => v.trim() !== "");
  return (
    <Form method="get" action={SEARCH_PATH} role="search" aria-label={t("forumsearch.formLabel")} className="card forum-search-form">
      <SearchInput
        name="q"
        type="search"
        label={t("forumsearch.field.q")}
        hint={t("forumsearch.field.qHint")}
        error={errors.q}
        defaultValue={values.q}
        maxLength={maxLength.q}
      />
      <div className="forum-search-filters">
        <FieldFrame fieldId="field-categoria" label={t("forumsearch.field.category")} error={errors.categoria} optional={false} className="forum-search-categoria">
          <select
            id="field-categoria"
            name="categoria"
            defaultValue={errors.categoria ? "" : values.categoria}
            aria-invalid={errors.categoria ? true : undefined}
            aria-describedby={describedBy("field-categoria", false, errors.categoria)}
          >
            <option value="">{t("forumsearch.field.allCategories")}</option>
            {categories.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.archived ? t("forumsearch.field.archived", { name: c.name }) : c.name}
              </option>
            ))}
          </select>
        </FieldFrame>
        <SearchInput
          name="autore"
          type="text"
          label={t("forumsearch.field.author")}
          hint={t("forumsearch.field.authorHint")}
          error={errors.autore}
          defaultValue={values.autore}
          maxLength={maxLength.author}
          autoComplete="off"
        />
        <SearchInput
          name="dal"
          type="date"
          label={t("forumsearch.field.from")}
          hint={t("forumsearch.field.dateHint")}
          error={errors.dal}
          defaultValue={values.dal}
        />
        <SearchInput
          name="al"
          type="date"
          label={t("forumsearch.field.to")}
          hint={t("forumsearch.field.dateHint")}
          error={errors.al}
          defaultValue={values.al}
        />
      </div>
      <div className="actions forum-search-actions">
        <button type="submit" className="button">
          {t("forumsearch.submit")}
        </button>
        {filtered ? (
          <Link to={SEARCH_PATH} className="button button-quiet">
            {t("forumsearch.reset")}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
