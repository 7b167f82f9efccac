// The form to create or edit a training event (Rome local date and times; Markdown description).
import { Form } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { Field, SelectField } from "~/components/ui/Field";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";

export type EventFormValues = Partial<Record<string, string>>;

export function EventForm({
  kind,
  values,
  errors,
  districts,
  courses,
  registered,
}: {
  kind: "create" | "edit";
  values: EventFormValues;
  errors: Partial<Record<string, MessageKey>>;
  /** Districts the user may create events in (create only). */
  districts?: readonly string[];
  courses: readonly { id: string; title: string }[];
  /** People already registered (edit only): the capacity may not go below it. */
  registered?: number;
}) {
  const t = useT();
  const v = (name: string) => values[name] ?? "";
  const labels: Record<string, string> = {
    title: t("events.form.title"),
    description: t("events.form.description"),
    mode: t("events.form.mode"),
    place: t("events.form.place"),
    link: t("events.form.link"),
    date: t("events.form.date"),
    startTime: t("events.form.startTime"),
    endTime: t("events.form.endTime"),
    capacity: t("events.form.capacity"),
    hours: t("events.form.hours"),
    ...(kind === "create" ? { districtCode: t("events.form.district") } : {}),
    courseId: t("events.form.course"),
  };
  const descriptionError = errors.description;
  return (
    <Form method="post" noValidate className="event-form">
      <input type="hidden" name="intent" value={kind === "create" ? "create" : "update"} />
      <ErrorSummary errors={errors} labels={labels} />
      {errors._form ? <p className="field-error">{t(errors._form)}</p> : null}
      <Field name="title" label={labels.title} required defaultValue={v("title")} error={errors.title} maxLength={200} />
      <div className={`field${descriptionError ? " field-invalid" : ""}`}>
        <label htmlFor="field-description">
          {labels.description}
          <span className="optional"> ({t("form.optional")})</span>
        </label>
        <p className="hint" id="field-description-hint">
          {t("events.form.descriptionHint")}
        </p>
        {descriptionError ? (
          <p className="field-error" id="field-description-error">
            {t(descriptionError)}
          </p>
        ) : null}
        <textarea
          id="field-description"
          name="description"
          rows={8}
          defaultValue={v("description")}
          aria-invalid={descriptionError ? true : undefined}
          aria-describedby={`field-description-hint${descriptionError ? " field-description-error" : ""}`}
        />
      </div>
      <SelectField
        name="mode"
        label={labels.mode}
        defaultValue={v("mode") || "in_person"}
        error={errors.mode}
        options={[
          { value: "in_person", label: t("events.mode.in_person") },
          { value: "online", label: t("events.mode.online") },
        ]}
      />
      <Field name="place" label={labels.place} hint={t("events.form.placeHint")} defaultValue={v("place")} error={errors.place} maxLength={300} />
      <Field name="link" label={labels.link} type="url" hint={t("events.form.linkHint")} defaultValue={v("link")} error={errors.link} maxLength={500} />
      <div className="event-form-when">
        <Field name="date" label={labels.date} type="date" required defaultValue={v("date")} error={errors.date} />
        <Field name="startTime" label={labels.startTime} type="time" required defaultValue={v("startTime")} error={errors.startTime} />
        <Field name="endTime" label={labels.endTime} type="time" required defaultValue={v("endTime")} error={errors.endTime} />
      </div>
      <p className="hint">{t("events.form.timeZoneHint")}</p>
      <div className="event-form-numbers">
        <Field
          name="capacity"
          label={labels.capacity}
          type="number"
          min={1}
          max={1000}
          inputMode="numeric"
          required
          hint={registered ? t("events.form.capacityHint", { count: registered }) : undefined}
          defaultValue={v("capacity")}
          error={errors.capacity}
        />
        <Field
          name="hours"
          label={labels.hours}
          inputMode="decimal"
          required
          hint={t("events.form.hoursHint")}
          defaultValue={v("hours")}
          error={errors.hours}
        />
      </div>
      {kind === "create" && districts ? (
        <SelectField
          name="districtCode"
          label={labels.districtCode}
          defaultValue={v("districtCode") || districts[0]}
          error={errors.districtCode}
          options={districts.map((code) => ({ value: code, label: t(`district.${code}` as MessageKey) }))}
        />
      ) : null}
      <SelectField
        name="courseId"
        label={labels.courseId}
        defaultValue={v("courseId")}
        error={errors.courseId}
        options={[{ value: "", label: t("events.form.noCourse") }, ...courses.map((c) => ({ value: c.id, label: c.title }))]}
      />
      <div className="actions">
        <button type="submit" className="button">
          {t(kind === "create" ? "events.form.create" : "events.form.save")}
        </button>
      </div>
    </Form>
  );
}
