// The audit log's filters: a plain GET form (works without JavaScript), errors next to each field.
import { Form, Link } from "@remix-run/react";
import { Field, SelectField } from "~/components/ui/Field";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import type { DistrictCode } from "~/modules/auth/roles";
import type { FieldErrors } from "~/utils/forms";

export function AuditFilters({
  districts,
  actions,
  values,
  errors,
}: {
  /** Districts to choose from (none: no district field). */
  districts: readonly DistrictCode[];
  actions: readonly { value: string; key: MessageKey }[];
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const t = useT();
  return (
    <Form method="get" className="faq-search stats-log-filters" role="search" aria-label={t("tutelastats.log.filters")}>
      {districts.length > 1 ? (
        <SelectField
          name="distretto"
          label={t("tutelastats.log.district")}
          defaultValue={values.distretto ?? ""}
          options={[{ value: "", label: t("tutelastats.log.allDistricts") }, ...districts.map((d) => ({ value: d, label: t(`district.${d}`) }))]}
        />
      ) : values.distretto ? (
        <input type="hidden" name="distretto" value={values.distretto} />
      ) : null}
      <Field name="codice" label={t("tutelastats.log.code")} hint={t("tutelastats.log.codeHint")} defaultValue={values.codice ?? ""} error={errors.codice} autoComplete="off" />
      <SelectField
        name="azione"
        label={t("tutelastats.log.action")}
        defaultValue={values.azione ?? ""}
        options={[{ value: "", label: t("tutelastats.log.allActions") }, ...actions.map((a) => ({ value: a.value, label: t(a.key) }))]}
      />
      <Field name="dal" type="date" label={t("tutelastats.log.from")} defaultValue={values.dal ?? ""} error={errors.dal} />
      <Field name="al" type="date" label={t("tutelastats.log.to")} defaultValue={values.al ?? ""} error={errors.al} />
      <div className="faq-search-actions">
        <button type="submit" className="button">
          {t("tutelastats.log.apply")}
        </button>
        <Link to="/coordinamento/registro" className="button button-secondary">
          {t("tutelastats.log.reset")}
        </Link>
      </div>
    </Form>
  );
}
