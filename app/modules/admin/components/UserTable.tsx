// The users list as a table that scrolls sideways on narrow screens.
import { Link } from "@remix-run/react";
import { useFormat, useT } from "~/i18n/react";
import type { DistrictCode, Role } from "~/modules/auth/roles";
import { RoleTags } from "./RoleList";

export interface UserRow {
  id: string;
  name: string;
  email: string;
  verified: boolean;
  disabled: boolean;
  createdAt: string;
  roles: { id: string; role: Role; districtCode: DistrictCode | null }[];
}

export function UserTable({ users, caption }: { users: readonly UserRow[]; caption: string }) {
  const t = useT();
  const format = useFormat();
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="admin-users">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("admin.col.name")}</th>
            <th scope="col">{t("admin.col.email")}</th>
            <th scope="col">{t("admin.col.roles")}</th>
            <th scope="col">{t("admin.col.verified")}</th>
            <th scope="col">{t("admin.col.status")}</th>
            <th scope="col">{t("admin.col.created")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <th scope="row">
                <Link to={`/amministrazione/utenti/${u.id}`}>{u.name}</Link>
              </th>
              <td className="admin-email">{u.email}</td>
              <td>
                <RoleTags roles={u.roles} />
              </td>
              <td>{u.verified ? t("admin.yes") : <span className="tag tag-warn">{t("admin.no")}</span>}</td>
              <td>{u.disabled ? <span className="tag tag-warn">{t("admin.status.disabled")}</span> : t("admin.status.active")}</td>
              <td>{format.date(u.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
