// A user's roles as tags: "Tutore volontario (Milano)", or the plain role for admin.
import { useT } from "~/i18n/react";
import type { DistrictCode, Role } from "~/modules/auth/roles";

export function useRoleLabel() {
  const t = useT();
  return (role: Role, district: DistrictCode | null) =>
    district ? t("admin.roleIn", { role: t(`role.${role}`), district: t(`district.${district}`) }) : t(`role.${role}`);
}

export function RoleTags({ roles }: { roles: readonly { id: string; role: Role; districtCode: DistrictCode | null }[] }) {
  const t = useT();
  const label = useRoleLabel();
  if (!roles.length) return <span className="muted">{t("admin.roles.none")}</span>;
  return (
    <ul className="admin-tags">
      {roles.map((r) => (
        <li key={r.id} className="tag">
          {label(r.role, r.districtCode)}
        </li>
      ))}
    </ul>
  );
}
