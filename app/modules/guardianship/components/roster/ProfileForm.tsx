// The coordinators' fields of a person's profile in the elenco: availability, the maximum number of
// minors (a reason when it is not 3), province (one of the district's), languages, internal notes.
import { Form } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { Field, FieldFrame, SelectField } from "~/components/ui/Field";
import { useT } from "~/i18n/react";
import type { FieldErrors } from "~/utils/forms";

interface Props {
  action: string;
  person: {
    available: boolean;
    maxMinors: number;
    maxMinorsReason: string | null;
    province: string | null;
    languages: string[];
    spokenLanguages: string[];
    notes: string;
  };
  provinces: readonly string[];
  errors: FieldErrors;
  values: Record<string, string> | null;
}

export function ProfileForm({ action, person, provinces, errors, values }: Props) {
  const t = useT();
  const v = (name: string, fallback: string) => (values ? (values[name] ?? "") : fallback);
  const labels = {
    available: t("tutelaroster.profileForm.available"),
    maxMinors: t("tutelaroster.profileForm.maxMinors"),
    maxMinorsReason: t("tutelaroster.profileForm.maxMinorsReason"),
    province: t("tutelaroster.profileForm.province"),
    languages: t("tutelaroster.profileForm.languages"),
    notes: t("tutelaroster.profileForm.notes"),
  };
  const available = values ? values.available !== undefined : person.available;
  const province = v("province", person.province ?? "");
  const provinceOptions = provinces.includes(province) || !province ? provinces : [...provinces, province];
  const languagesHint =
    person.spokenLanguages.length > 0
      ? `${t("tutelaroster.profileForm.languagesHint")} ${t("tutelaroster.profileForm.spoken", { languages: person.spokenLanguages.join(", ") })}`
      : t("tutelaroster.profileForm.languagesHint");
  return (
    <section className="card" aria-labelledby="profile-form-title">
      <h2 id="profile-form-title">{t("tutelaroster.profileForm.title")}</h2>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" action={action} noValidate aria-labelledby="profile-form-title">
        <input type="hidden" name="intent" value="profile" />
        <div className="checkbox">
          <input id="field-available" type="checkbox" name="available" value="on" defaultChecked={available} />
          <label htmlFor="field-available">{labels.available}</label>
        </div>
        <Field
          name="maxMinors"
          type="number"
          inputMode="numeric"
          min={0}
          max={10}
          required
          className="roster-number"
          label={labels.maxMinors}
          hint={t("tutelaroster.profileForm.maxMinorsHint")}
          defaultValue={v("maxMinors", String(person.maxMinors))}
          error={errors.maxMinors}
        />
        <Field
          name="maxMinorsReason"
          label={labels.maxMinorsReason}
          hint={t("tutelaroster.profileForm.maxMinorsReasonHint")}
          maxLength={300}
          defaultValue={v("maxMinorsReason", person.maxMinorsReason ?? "")}
          error={errors.maxMinorsReason}
        />
        <SelectField
          name="province"
          label={labels.province}
          defaultValue={province}
          error={errors.province}
          options={[{ value: "", label: t("tutelaroster.profileForm.noProvince") }, ...provinceOptions.map((p) => ({ value: p, label: p }))]}
        />
        <Field
          name="languages"
          label={labels.languages}
          hint={languagesHint}
          defaultValue={v("languages", person.languages.join(", "))}
          error={errors.languages}
        />
        <FieldFrame fieldId="field-notes" label={labels.notes} hint={t("tutelaroster.profileForm.notesHint")} error={errors.notes} optional>
          <textarea
            id="field-notes"
            name="notes"
            rows={5}
            maxLength={4000}
            defaultValue={v("notes", person.notes)}
            aria-invalid={errors.notes ? true : undefined}
            aria-describedby={["field-notes-hint", errors.notes ? "field-notes-error" : null].filter(Boolean).join(" ")}
          />
        </FieldFrame>
        <div className="actions">
          <button type="submit" className="button">
            {t("tutelaroster.profileForm.submit")}
          </button>
        </div>
      </Form>
    </section>
  );
}
