// The portal's sections and which roles see them in the header.
import type { MessageKey } from "~/i18n";
import type { Role } from "~/modules/auth/roles";

export interface NavSection {
  to: string;
  label: MessageKey;
  roles: readonly Role[] | "everyone";
}

// Sections appear here as their features land.
export const NAV_SECTIONS: readonly NavSection[] = [
  { to: "/", label: "nav.home", roles: "everyone" },
  { to: "/formazione", label: "nav.training", roles: ["candidate", "guardian", "trainer", "legal_consultant", "coordinator", "admin"] },
  // Coordinators, trainers and candidates find the FAQ there (requests stay hidden from them).
  { to: "/consulenze", label: "nav.consultations", roles: ["candidate", "guardian", "trainer", "legal_consultant", "coordinator", "admin"] },
  { to: "/forum", label: "nav.forum", roles: ["candidate", "guardian", "trainer", "legal_consultant", "coordinator", "admin"] },
  // A guardian's own minors; coordinators keep their district's desk (admins read its audit log).
  { to: "/tutele", label: "nav.guardianship", roles: ["guardian"] },
  { to: "/coordinamento", label: "nav.coordination", roles: ["coordinator"] },
  { to: "/amministrazione", label: "nav.admin", roles: ["admin"] },
];

export function sectionsFor(roles: readonly Role[]): NavSection[] {
  return NAV_SECTIONS.filter((s) => s.roles === "everyone" || s.roles.some((r) => roles.includes(r)));
}
