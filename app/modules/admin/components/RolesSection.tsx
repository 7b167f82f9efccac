// A user's roles with a revoke button each, and the form to grant a role in a district.
import { Form } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import type { DistrictCode, Role } from "~/modules/auth/roles";
import type { FieldErrors } from "~/utils/forms";
import { DISTRICT_LIST, ROLE_LIST } from "../fields";
import { useRoleLabel } from "./RoleList";
import { SelectField } from "~/components/ui/Field";

interface Props {
  user: { roles: { id: string; role: Role; districtCode: DistrictCode | null; grantedAt: string }[] };
  self: boolean;
  result?: { intent: string | null; errors: FieldErrors; values: Record<string, string> };
}

export function RolesSection({ user, self, result }: Props) {
  const t = useT();
  const format = useFormat();
  const label = useRoleLabel();
  const errors = result?.intent === "grant" ? result.errors : {};
  const values = result?.intent === "grant" ? result.values : {};
  return (
    <section className="card" aria-labelledby="roles-title">
      <h2 id="roles-title">{t("admin.roles.title")}</h2>
      {user.roles.length ? (
        <ul className="admin-roles">
          {user.roles.map((r) => (
            <li key={r.id}>
              <span>
                <strong>{label(r.role, r.districtCode)}</strong>{" "}
                <span className="muted">{t("admin.roles.grantedAt", { date: format.date(r.grantedAt) })}</span>
              </span>
              {self && r.role === "admin" ? (
                <span className="muted">{t("admin.roles.ownAdminNote")}</span>
              ) : (
                <Form method="post" noValidate className="inline-form">
                  <input type="hidden" name="intent" value="revoke" />
                  <input type="hidden" name="grantId" value={r.id} />
                  <button type="submit" className="button button-secondary button-small">
                    {t("admin.revoke.submit")}
                    <span className="visually-hidden"> {label(r.role, r.districtCode)}</span>
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("admin.roles.none")}</p>
      )}

      <h3 id="grant-title">{t("admin.grant.title")}</h3>
      {/* Keyed by the roles, so the selects start empty again after a role was granted. */}
      <Form method="post" noValidate aria-labelledby="grant-title" key={user.roles.map((r) => r.id).join()}>
        <input type="hidden" name="intent" value="grant" />
        <SelectField
          name="role"
          label={t("admin.grant.role")}
          defaultValue={values.role ?? ""}
          error={errors.role}
          required
          options={[{ value: "", label: t("admin.grant.choose") }, ...ROLE_LIST.map((role) => ({ value: role, label: t(`role.${role}`) }))]}
        />
        <SelectField
          name="district"
          label={t("admin.grant.district")}
          hint={t("admin.grant.districtHint")}
          defaultValue={values.district ?? ""}
          error={errors.district}
          options={[{ value: "", label: t("admin.grant.noDistrict") }, ...DISTRICT_LIST.map((d) => ({ value: d, label: t(`district.${d}`) }))]}
        />
        <div className="actions">
          <button type="submit" className="button">
            {t("admin.grant.submit")}
          </button>
        </div>
      </Form>
    </section>
  );
}
