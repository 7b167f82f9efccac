// The minors list's filters: a plain GET form (works without JavaScript) that keeps the district.
import { Form, Link } from "@remix-run/react";
import { FieldFrame, SelectField } from "~/components/ui/Field";
import { useT } from "~/i18n/react";
import { MINOR_STATUS_FILTERS, SEARCH_MAX, type MinorsQuery } from "./query";

export function MinorsFilters({ district, query }: { district: string; query: MinorsQuery }) {
  const t = useT();
  return (
    <Form method="get" action="/coordinamento/minori" className="card admin-filters minors-filters" role="search" aria-label={t("tuteladesk.filters.title")}>
      <input type="hidden" name="distretto" value={district} />
      <SelectField
        name="stato"
        label={t("tuteladesk.filters.status")}
        defaultValue={query.stato ?? ""}
        options={[
          { value: "", label: t("tuteladesk.filters.anyStatus") },
          ...MINOR_STATUS_FILTERS.map((s) => ({ value: s, label: t(`tutele.minorStatus.${s}`) })),
        ]}
      />
      {/* A filter, not a form field to fill in: not marked optional. */}
      <FieldFrame fieldId="field-q" label={t("tuteladesk.filters.q")} hint={t("tuteladesk.filters.qHint")} optional={false}>
        <input id="field-q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={SEARCH_MAX} aria-describedby="field-q-hint" />
      </FieldFrame>
      <div className="actions admin-filters-actions">
        <button type="submit" className="button">
          {t("tuteladesk.filters.apply")}
        </button>
        <Link to={`/coordinamento/minori?distretto=${district}`} className="button button-quiet">
          {t("tuteladesk.filters.reset")}
        </Link>
      </div>
    </Form>
  );
}
