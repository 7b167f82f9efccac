// The tags that say where a category belongs and who reads it: district (or both), a restricted
// audience ("Solo formatori"), questions-and-answers, archived.
import { perLocale, type MessageKey } from "~/i18n";
import { useLocale, useT } from "~/i18n/react";
import { CATEGORY_ROLES } from "../../categories-fields";

export interface CategoryBadgeData {
  districtCode: string | null;
  readRoles: readonly string[];
  kind: string;
  archivedAt: Date | string | null;
}

/**
 * The roles named in an audience tag, or null when the category is open to most members. A
 * category read by at most three of the five member roles is "restricted" (e.g. trainers only;
 * guardians and coordinators): that is when knowing who else reads changes what one writes.
 */
export function restrictedAudience(readRoles: readonly string[]): string[] | null {
  const members = CATEGORY_ROLES.filter((r) => r !== "admin" && readRoles.includes(r));
  if (members.length > 3) return null;
  return members.length > 0 ? members : ["admin"];
}

const listFormat = perLocale((tag) => new Intl.ListFormat(tag, { type: "conjunction" }));

export function useRoleList() {
  const t = useT();
  const locale = useLocale();
  return (roles: readonly string[]) =>
    listFormat(locale).format(
      roles.map((r) => t(`forumlist.rolePlural.${r}` as MessageKey)),
    );
}

export function CategoryBadges({ category }: { category: CategoryBadgeData }) {
  const t = useT();
  const roleList = useRoleList();
  const audience = restrictedAudience(category.readRoles);
  return (
    <ul className="forum-tags">
      <li className="tag tag-neutral">
        {category.districtCode ? t(`district.${category.districtCode}` as MessageKey) : t("forumlist.district.shared")}
      </li>
      {audience ? <li className="tag forum-tag-audience">{t("forumlist.audience.only", { roles: roleList(audience) })}</li> : null}
      {category.kind === "qa" ? <li className="tag">{t("forumlist.kind.qa")}</li> : null}
      {category.archivedAt ? <li className="tag tag-warn">{t("forumlist.archived")}</li> : null}
    </ul>
  );
}
