// Who may see and do what in Tutele. A minor's record (name and details) is seen only by the
// coordinators of its district and by its active guardian; anyone else gets 404 on its address
// and sees at most its code elsewhere (a consultation linked to it, an audit entry). Admins manage
// accounts, not children: they read the audit log but not the records.
import type { CurrentUser } from "~/modules/auth/user.server";
import { districtsWithRole, hasRole, isAdmin, type DistrictCode } from "~/modules/auth/roles";

type Who = Pick<CurrentUser, "id" | "roles">;

export type MinorViewer = "coordinator" | "guardian";

/** Districts whose desk (minors, guardians' list, dashboard) the user keeps. */
export function coordinatorDistricts(user: Who): DistrictCode[] {
  return districtsWithRole(user.roles, "coordinator");
}

export function canCoordinate(user: Who, districtCode: string): boolean {
  return hasRole(user.roles, "coordinator", districtCode);
}

/** How the user sees a minor's record, or null: then the record does not exist for them (404). */
export function minorViewer(
  user: Who,
  minor: { districtCode: string },
  activeGuardianId: string | null,
): MinorViewer | null {
  if (canCoordinate(user, minor.districtCode)) return "coordinator";
  if (activeGuardianId !== null && activeGuardianId === user.id) return "guardian";
  return null;
}

/** Guardians' own pages (/tutele): anyone who is, or has been proposed as, a guardian. */
export function isGuardian(user: Who): boolean {
  return districtsWithRole(user.roles, "guardian").length > 0;
}

/** The audit log of a district: its coordinators and admins. */
export function auditDistricts(user: Who): DistrictCode[] | "all" {
  if (isAdmin(user.roles)) return "all";
  return coordinatorDistricts(user);
}
