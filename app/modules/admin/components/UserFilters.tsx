// The search form of the users list: a GET form, so every search has its own address.
import { Form } from "@remix-run/react";
import { useT } from "~/i18n/react";
import { DISTRICT_LIST, ROLE_LIST, ROLE_SLUGS, type UserListQuery } from "../fields";
import { SelectField } from "~/components/ui/Field";

export function UserFilters({ query }: { query: UserListQuery }) {
  const t = useT();
  return (
    <Form method="get" action="/amministrazione" className="card admin-filters" role="search" aria-label={t("admin.filters.title")}>
      <div className="field admin-filters-q">
        <label htmlFor="field-q">{t("admin.filters.q")}</label>
        <p className="hint" id="field-q-hint">
          {t("admin.filters.qHint")}
        </p>
        <input type="search" id="field-q" name="q" defaultValue={query.q} maxLength={100} aria-describedby="field-q-hint" />
      </div>
      <SelectField
        name="ruolo"
        label={t("admin.filters.role")}
        defaultValue={query.role ? ROLE_SLUGS[query.role] : ""}
        options={[
          { value: "", label: t("admin.filters.anyRole") },
          ...ROLE_LIST.map((role) => ({ value: ROLE_SLUGS[role], label: t(`role.${role}`) })),
        ]}
      />
      <SelectField
        name="distretto"
        label={t("admin.filters.district")}
        defaultValue={query.district ?? ""}
        options={[
          { value: "", label: t("admin.filters.anyDistrict") },
          ...DISTRICT_LIST.map((d) => ({ value: d, label: t(`district.${d}`) })),
        ]}
      />
      <SelectField
        name="stato"
        label={t("admin.filters.status")}
        defaultValue={query.status ?? ""}
        options={[
          { value: "", label: t("admin.filters.anyStatus") },
          { value: "attivi", label: t("admin.filters.active") },
          { value: "disabilitati", label: t("admin.filters.disabled") },
        ]}
      />
      <div className="actions admin-filters-actions">
        <button type="submit" className="button">
          {t("admin.filters.submit")}
        </button>
      </div>
    </Form>
  );
}
