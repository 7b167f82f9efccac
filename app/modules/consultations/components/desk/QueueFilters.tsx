// The desk's filters: a plain GET form (works without JavaScript); bad values mean "no filter".
import { Form, Link } from "@remix-run/react";
import { SelectField } from "~/components/ui/Field";
import { useT } from "~/i18n/react";
import type { DistrictCode } from "~/modules/auth/roles";
import { CATEGORIES, STATUSES } from "../../constants";
import type { QueueQuery } from "../../schema";

export function QueueFilters({
  query,
  assignees,
  districts,
}: {
  query: QueueQuery;
  assignees: readonly { id: string; name: string }[];
  /** Districts to pick from; the field appears only when there is a choice. */
  districts: readonly DistrictCode[];
}) {
  const t = useT();
  const any = { value: "", label: t("consultdesk.filters.any") };
  return (
    <Form method="get" action="/consulenze" className="card admin-filters consult-filters" role="search" aria-label={t("consultdesk.filters.title")}>
      <SelectField
        name="stato"
        label={t("consultdesk.filters.status")}
        defaultValue={query.status}
        options={[
          { value: "open", label: t("consultdesk.filters.open") },
          { value: "all", label: t("consultdesk.filters.all") },
          ...STATUSES.map((s) => ({ value: s, label: t(`consultations.status.${s}`) })),
        ]}
      />
      <SelectField
        name="categoria"
        label={t("consultdesk.filters.category")}
        defaultValue={query.category ?? ""}
        options={[any, ...CATEGORIES.map((c) => ({ value: c, label: t(`consultations.category.${c}`) }))]}
      />
      <SelectField
        name="urgenza"
        label={t("consultdesk.filters.urgency")}
        defaultValue={query.urgency ?? ""}
        options={[any, { value: "urgent", label: t("consultdesk.filters.urgent") }, { value: "normal", label: t("consultdesk.filters.normal") }]}
      />
      <SelectField
        name="assegnatario"
        label={t("consultdesk.filters.assignee")}
        defaultValue={query.assignee ?? ""}
        options={[
          { value: "", label: t("consultdesk.filters.anyone") },
          { value: "me", label: t("consultdesk.filters.me") },
          { value: "none", label: t("consultdesk.filters.unassigned") },
          ...assignees.map((a) => ({ value: a.id, label: a.name })),
        ]}
      />
      {districts.length > 1 ? (
        <SelectField
          name="distretto"
          label={t("consultdesk.filters.district")}
          defaultValue={query.district ?? ""}
          options={[{ value: "", label: t("consultdesk.filters.allDistricts") }, ...districts.map((d) => ({ value: d, label: t(`district.${d}`) }))]}
        />
      ) : null}
      <div className="actions admin-filters-actions">
        <button type="submit" className="button">
          {t("consultdesk.filters.apply")}
        </button>
        <Link to="/consulenze" className="button button-quiet">
          {t("consultdesk.filters.reset")}
        </Link>
      </div>
    </Form>
  );
}
