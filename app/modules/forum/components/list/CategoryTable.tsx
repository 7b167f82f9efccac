// The administrators' list of categories with their rules: district, kind, who reads, who
// writes, order, topics, state.
import { Link } from "@remix-run/react";
import type { MessageKey } from "~/i18n";
import { useFormat, useT } from "~/i18n/react";
import { categoryPath } from "../../paths";
import { useRoleList } from "./CategoryBadges";

export interface AdminCategoryRow {
  category: {
    id: string;
    slug: string;
    name: string;
    districtCode: string | null;
    kind: string;
    readRoles: string[];
    postRoles: string[];
    position: number;
    archivedAt: Date | string | null;
  };
  topics: number;
}

export function CategoryTable({ rows }: { rows: AdminCategoryRow[] }) {
  const t = useT();
  const f = useFormat();
  const roleList = useRoleList();
  return (
    <div className="table-wrap">
      <table className="forum-admin-table">
        <caption className="visually-hidden">{t("forumlist.admin.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("forumlist.admin.col.name")}</th>
            <th scope="col">{t("forumlist.admin.col.district")}</th>
            <th scope="col">{t("forumlist.admin.col.kind")}</th>
            <th scope="col">{t("forumlist.admin.col.read")}</th>
            <th scope="col">{t("forumlist.admin.col.post")}</th>
            <th scope="col" className="num">
              {t("forumlist.admin.col.position")}
            </th>
            <th scope="col" className="num">
              {t("forumlist.admin.col.topics")}
            </th>
            <th scope="col">{t("forumlist.admin.col.state")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ category, topics }) => (
            <tr key={category.id}>
              <th scope="row">
                <Link to={`/amministrazione/forum/${category.id}`}>{category.name}</Link>
                <span className="forum-admin-slug muted">{categoryPath(category.slug)}</span>
              </th>
              <td>{category.districtCode ? t(`district.${category.districtCode}` as MessageKey) : t("forumlist.district.shared")}</td>
              <td>{t(category.kind === "qa" ? "forumlist.kind.qa" : "forumlist.kind.discussion")}</td>
              <td>{roleList(category.readRoles)}</td>
              <td>{category.postRoles.length ? roleList(category.postRoles) : t("forumlist.admin.moderatorsOnly")}</td>
              <td className="num">{f.number(category.position)}</td>
              <td className="num">{f.number(topics)}</td>
              <td>
                {category.archivedAt ? (
                  <span className="tag tag-warn">{t("forumlist.archived")}</span>
                ) : (
                  <span className="tag tag-ok">{t("forumlist.admin.active")}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
