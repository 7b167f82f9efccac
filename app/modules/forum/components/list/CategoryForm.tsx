// The administrators' category form (new and edit): name, address, description, district, kind,
// who reads and who writes (checkboxes over the roles), order, archived. Plain HTML form.
import { Form } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { Field, FieldFrame, SelectField } from "~/components/ui/Field";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";
import type { FieldErrors } from "~/utils/forms";
import {
  CATEGORY_DISTRICTS,
  CATEGORY_KINDS,
  CATEGORY_ROLES,
  DESCRIPTION_MAX,
  NAME_MAX,
  SLUG_MAX,
  type CategoryFormValues,
} from "../../categories-fields";

function RoleChoices({
  name,
  legend,
  hint,
  selected,
  error,
}: {
  name: "readRoles" | "postRoles";
  legend: string;
  hint: string;
  selected: string[];
  error?: MessageKey;
}) {
  const t = useT();
  const hintId = `field-${name}-hint`;
  const errorId = `field-${name}-error`;
  return (
    <fieldset className={`fieldset${error ? " field-invalid" : ""}`} aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(" ")}>
      <legend>{legend}</legend>
      <p className="hint" id={hintId}>
        {hint}
      </p>
      {error ? (
        <p className="field-error" id={errorId}>
          {t(error)}
        </p>
      ) : null}
      <div className="checkbox-grid forum-role-grid">
        {CATEGORY_ROLES.map((role, i) => {
          // The first box carries the field's id, so the error summary's link lands on the group.
          const id = i === 0 ? `field-${name}` : `field-${name}-${role}`;
          return (
            <div className="checkbox" key={role}>
              <input type="checkbox" id={id} name={name} value={role} defaultChecked={selected.includes(role)} />
              <label htmlFor={id}>{t(`role.${role}` as MessageKey)}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function CategoryForm({
  mode,
  action,
  values,
  errors,
}: {
  mode: "new" | "edit";
  action: string;
  values: CategoryFormValues;
  errors: FieldErrors;
}) {
  const t = useT();
  const labels: Record<string, string> = {
    name: t("forumlist.admin.field.name"),
    slug: t("forumlist.admin.field.slug"),
    description: t("forumlist.admin.field.description"),
    district: t("forumlist.admin.field.district"),
    kind: t("forumlist.admin.field.kind"),
    readRoles: t("forumlist.admin.field.readRoles"),
    postRoles: t("forumlist.admin.field.postRoles"),
    position: t("forumlist.admin.field.position"),
  };
  const slugHint = `${t("forumlist.admin.field.slugHint")}${mode === "edit" ? ` ${t("forumlist.admin.field.slugEditHint")}` : ""}`;
  return (
    <Form method="post" action={action} noValidate className="forum-category-form">
      <ErrorSummary errors={errors} labels={labels} />
      <Field name="name" label={labels.name} required maxLength={NAME_MAX} defaultValue={values.name} error={errors.name} />
      <Field
        name="slug"
        label={labels.slug}
        required
        maxLength={SLUG_MAX}
        hint={slugHint}
        defaultValue={values.slug}
        error={errors.slug}
        autoCapitalize="none"
        autoComplete="off"
        spellCheck={false}
      />
      <FieldFrame fieldId="field-description" label={labels.description} hint={t("forumlist.admin.field.descriptionHint")} error={errors.description} optional>
        <textarea
          id="field-description"
          name="description"
          rows={3}
          maxLength={DESCRIPTION_MAX}
          defaultValue={values.description}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={["field-description-hint", errors.description ? "field-description-error" : null].filter(Boolean).join(" ")}
          className="forum-description-input"
        />
      </FieldFrame>
      <SelectField
        name="district"
        label={labels.district}
        defaultValue={values.district || "shared"}
        error={errors.district}
        options={CATEGORY_DISTRICTS.map((d) => ({ value: d, label: t(`forumlist.admin.field.district.${d}` as MessageKey) }))}
      />
      <SelectField
        name="kind"
        label={labels.kind}
        defaultValue={values.kind || "discussion"}
        error={errors.kind}
        options={CATEGORY_KINDS.map((k) => ({ value: k, label: t(`forumlist.admin.field.kind.${k}` as MessageKey) }))}
      />
      <RoleChoices
        name="readRoles"
        legend={labels.readRoles}
        hint={t("forumlist.admin.field.readRolesHint")}
        selected={values.readRoles}
        error={errors.readRoles}
      />
      <RoleChoices
        name="postRoles"
        legend={labels.postRoles}
        hint={t("forumlist.admin.field.postRolesHint")}
        selected={values.postRoles}
        error={errors.postRoles}
      />
      <Field
        name="position"
        label={labels.position}
        required
        inputMode="numeric"
        hint={t("forumlist.admin.field.positionHint")}
        defaultValue={values.position}
        error={errors.position}
        className="forum-position-input"
      />
      <div className="checkbox">
        <input type="checkbox" id="field-archived" name="archived" value="on" defaultChecked={values.archived} />
        <label htmlFor="field-archived">{t("forumlist.admin.field.archived")}</label>
      </div>
      <div className="actions">
        <button type="submit" className="button">
          {t(mode === "new" ? "forumlist.admin.create" : "forumlist.admin.save")}
        </button>
      </div>
    </Form>
  );
}
