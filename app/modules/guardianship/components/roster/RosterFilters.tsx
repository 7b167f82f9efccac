// The guardians' list filters: a plain GET form (works without JavaScript) that keeps the district.
import { Form, Link } from "@remix-run/react";
import { FieldFrame, SelectField } from "~/components/ui/Field";
import { useT } from "~/i18n/react";
import { GUARDIAN_STATE_VALUES } from "../../fields";
import { ROSTER_SEARCH_MAX, type RosterQuery } from "./query";

export function RosterFilters({ district, query }: { district: string; query: RosterQuery }) {
  const t = useT();
  return (
    <Form method="get" action="/coordinamento/tutori" className="card admin-filters roster-filters" role="search" aria-label={t("tutelaroster.filters.title")}>
      <input type="hidden" name="distretto" value={district} />
      <SelectField
        name="stato"
        label={t("tutelaroster.filters.state")}
        defaultValue={query.stato ?? ""}
        options={[
          { value: "", label: t("tutelaroster.filters.anyState") },
          ...GUARDIAN_STATE_VALUES.map((s) => ({ value: s, label: t(`tutele.state.${s}`) })),
        ]}
      />
      {/* A filter, not a form field to fill in: not marked optional. */}
      <FieldFrame fieldId="field-q" label={t("tutelaroster.filters.q")} hint={t("tutelaroster.filters.qHint")} optional={false}>
        <input id="field-q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={ROSTER_SEARCH_MAX} aria-describedby="field-q-hint" />
      </FieldFrame>
      <div className="checkbox roster-filters-check">
        <input id="field-disponibili" type="checkbox" name="disponibili" value="1" defaultChecked={query.disponibili} />
        <label htmlFor="field-disponibili">{t("tutelaroster.filters.available")}</label>
      </div>
      <div className="actions admin-filters-actions">
        <button type="submit" className="button">
          {t("tutelaroster.filters.apply")}
        </button>
        <Link to={`/coordinamento/tutori?distretto=${district}`} className="button button-quiet">
          {t("tutelaroster.filters.reset")}
        </Link>
      </div>
    </Form>
  );
}
