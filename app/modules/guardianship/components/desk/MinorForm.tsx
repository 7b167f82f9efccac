// The minor's record as a form, for registering (/coordinamento/minori/nuovo) and correcting
// (/tutele/:codice/modifica): a plain POST that works without JavaScript; the server validates
// (minorSchema) and sends back each error beside its field with the input kept.
import { Form, Link } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { Field, SelectField } from "~/components/ui/Field";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import { SEXES, SPECIAL_NEEDS } from "../../fields";

export interface MinorFormProps {
  /** Where the form posts (keeps `?distretto=` on registration). */
  action: string;
  values: Record<string, string>;
  errors: Partial<Record<string, MessageKey>>;
  /** The district's provinces: the facility's province is one of them. */
  provinces: readonly string[];
  submitLabel: string;
  cancel: { href: string; label: string };
}

export function MinorForm({ action, values, errors, provinces, submitLabel, cancel }: MinorFormProps) {
  const t = useT();
  const v = (name: string) => values[name] ?? "";
  const needs = new Set(v("specialNeeds").split(",").filter(Boolean));
  const labels: Record<string, string> = {
    firstName: t("tuteladesk.form.firstName"),
    lastName: t("tuteladesk.form.lastName"),
    birthDate: t("tuteladesk.form.birthDate"),
    estimatedAge: t("tuteladesk.form.estimatedAge"),
    sex: t("tuteladesk.form.sex"),
    nationality: t("tuteladesk.form.nationality"),
    languages: t("tuteladesk.form.languages"),
    arrivalDate: t("tuteladesk.form.arrivalDate"),
    facilityName: t("tuteladesk.form.facilityName"),
    facilityMunicipality: t("tuteladesk.form.facilityMunicipality"),
    facilityProvince: t("tuteladesk.form.facilityProvince"),
    courtFileNumber: t("tuteladesk.form.courtFileNumber"),
    permitExpiry: t("tuteladesk.form.permitExpiry"),
    specialNeeds: t("tuteladesk.form.specialNeeds"),
  };
  // The province stays selectable when a stored one is no longer among the district's.
  const provinceChoices = v("facilityProvince") && !provinces.includes(v("facilityProvince")) ? [...provinces, v("facilityProvince")] : provinces;
  return (
    <Form method="post" action={action} noValidate className="card minor-form">
      <ErrorSummary errors={errors} labels={labels} />
      <fieldset className="fieldset">
        <legend>{t("tuteladesk.form.person")}</legend>
        <div className="minor-form-row">
          <Field name="firstName" label={labels.firstName} defaultValue={v("firstName")} error={errors.firstName} required maxLength={80} autoComplete="off" />
          <Field name="lastName" label={labels.lastName} defaultValue={v("lastName")} error={errors.lastName} required maxLength={80} autoComplete="off" />
        </div>
        <div className="minor-form-row">
          <Field name="birthDate" type="date" label={labels.birthDate} hint={t("tuteladesk.form.birthDateHint")} defaultValue={v("birthDate")} error={errors.birthDate} />
          <Field
            name="estimatedAge"
            type="number"
            inputMode="numeric"
            min={0}
            max={21}
            label={labels.estimatedAge}
            hint={t("tuteladesk.form.estimatedAgeHint")}
            defaultValue={v("estimatedAge")}
            error={errors.estimatedAge}
          />
        </div>
        <div className="minor-form-row">
          <SelectField
            name="sex"
            label={labels.sex}
            defaultValue={v("sex")}
            error={errors.sex}
            options={[{ value: "", label: t("tuteladesk.form.sexNone") }, ...SEXES.map((s) => ({ value: s, label: t(`tutele.sex.${s}`) }))]}
          />
          <Field
            name="nationality"
            label={labels.nationality}
            hint={t("tuteladesk.form.nationalityHint")}
            defaultValue={v("nationality")}
            error={errors.nationality}
            maxLength={2}
            autoCapitalize="characters"
            className="minor-form-short"
          />
        </div>
        <Field name="languages" label={labels.languages} hint={t("tuteladesk.form.languagesHint")} defaultValue={v("languages")} error={errors.languages} />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t("tuteladesk.form.reception")}</legend>
        <Field name="arrivalDate" type="date" label={labels.arrivalDate} defaultValue={v("arrivalDate")} error={errors.arrivalDate} />
        <Field name="facilityName" label={labels.facilityName} defaultValue={v("facilityName")} error={errors.facilityName} maxLength={120} />
        <div className="minor-form-row">
          <Field
            name="facilityMunicipality"
            label={labels.facilityMunicipality}
            defaultValue={v("facilityMunicipality")}
            error={errors.facilityMunicipality}
            maxLength={80}
          />
          <SelectField
            name="facilityProvince"
            label={labels.facilityProvince}
            defaultValue={v("facilityProvince")}
            error={errors.facilityProvince}
            options={[{ value: "", label: t("tuteladesk.form.facilityProvinceNone") }, ...provinceChoices.map((p) => ({ value: p, label: p }))]}
          />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t("tuteladesk.form.papers")}</legend>
        <div className="minor-form-row">
          <Field name="courtFileNumber" label={labels.courtFileNumber} defaultValue={v("courtFileNumber")} error={errors.courtFileNumber} maxLength={40} />
          <Field name="permitExpiry" type="date" label={labels.permitExpiry} defaultValue={v("permitExpiry")} error={errors.permitExpiry} />
        </div>
        <fieldset
          id="field-specialNeeds"
          className={`fieldset minor-form-needs${errors.specialNeeds ? " field-invalid" : ""}`}
          aria-describedby={`field-specialNeeds-hint${errors.specialNeeds ? " field-specialNeeds-error" : ""}`}
        >
          <legend>
            {labels.specialNeeds} <span className="optional">({t("form.optional")})</span>
          </legend>
          <p className="hint" id="field-specialNeeds-hint">
            {t("tuteladesk.form.specialNeedsHint")}
          </p>
          {errors.specialNeeds ? (
            <p className="field-error" id="field-specialNeeds-error">
              {t(errors.specialNeeds)}
            </p>
          ) : null}
          {SPECIAL_NEEDS.map((need) => (
            <div className="checkbox" key={need}>
              <input id={`field-need-${need}`} type="checkbox" name="specialNeeds" value={need} defaultChecked={needs.has(need)} />
              <label htmlFor={`field-need-${need}`}>{t(`tutele.specialNeed.${need}`)}</label>
            </div>
          ))}
        </fieldset>
      </fieldset>
      <div className="actions">
        <button type="submit" className="button">
          {submitLabel}
        </button>
        <Link to={cancel.href} className="button button-quiet">
          {cancel.label}
        </Link>
      </div>
    </Form>
  );
}
