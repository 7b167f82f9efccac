// Who may see and do what in Consulenze legali. A request is seen only by its guardian, the legal
// consultants of its district and admins; coordinators and trainers never see it (404, as if it
// did not exist). Every read by anyone but the guardian is written to the audit log.
import type { CurrentUser } from "~/modules/auth/user.server";
import { districtsWithRole, hasRole, isAdmin, type DistrictCode } from "~/modules/auth/roles";
import { forbidden } from "~/utils/http.server";

type Who = Pick<CurrentUser, "id" | "roles">;

/** How a user sees a given request, or null when it does not exist for them. */
export type Viewer = "guardian" | "consultant" | "admin";

/** Districts in which the user files requests (as a guardian). */
export function guardianDistricts(user: Who): DistrictCode[] {
  return districtsWithRole(user.roles, "guardian");
}

export function canFile(user: Who): boolean {
  return guardianDistricts(user).length > 0;
}

/** Districts whose desk the user works at (legal consultants). */
export function consultantDistricts(user: Who): DistrictCode[] {
  return districtsWithRole(user.roles, "legal_consultant");
}

/** Districts whose queue the user may read: consultants theirs, admins all. */
export function deskDistricts(user: Who): DistrictCode[] | "all" {
  if (isAdmin(user.roles)) return "all";
  return consultantDistricts(user);
}

export function canUseDesk(user: Who): boolean {
  const districts = deskDistricts(user);
  return districts === "all" || districts.length > 0;
}

export function viewerOf(user: Who, request: { guardianId: string; districtCode: string }): Viewer | null {
  if (request.guardianId === user.id) return "guardian";
  if (hasRole(user.roles, "legal_consultant", request.districtCode)) return "consultant";
  if (isAdmin(user.roles)) return "admin";
  return null;
}

/** Works on a request as a consultant (take, assign, reply, notes, status): the district's consultants. */
export function canWorkOn(user: Who, request: { districtCode: string }): boolean {
  return hasRole(user.roles, "legal_consultant", request.districtCode);
}

/** Manages answer templates of a district. */
export function canManageTemplates(user: Who, districtCode: string): boolean {
  return hasRole(user.roles, "legal_consultant", districtCode);
}

/** Writes FAQ entries: any legal consultant. Reviews and publishes: a consultant other than the author, or an admin. */
export function canWriteFaq(user: Who): boolean {
  return consultantDistricts(user).length > 0;
}

export function canReviewFaq(user: Who, entry: { authorId: string | null }): boolean {
  if (isAdmin(user.roles)) return true;
  return canWriteFaq(user) && entry.authorId !== user.id;
}

/** Reads the published FAQ: every signed-in member with a role. */
export function canReadFaq(user: Who): boolean {
  return user.roles.length > 0;
}

/** Reads the reports: consultants (their districts) and admins (all). */
export function canSeeReports(user: Who): boolean {
  return canUseDesk(user);
}

/** Sections of Consulenze to offer in the navigation. */
export function consultationAreas(user: Who) {
  return {
    mine: canFile(user),
    desk: canUseDesk(user),
    faq: canReadFaq(user),
    templates: consultantDistricts(user).length > 0,
    reports: canSeeReports(user),
  };
}

export function requireDesk<U extends Who>(user: U): U {
  if (!canUseDesk(user)) forbidden();
  return user;
}

export function requireFiler<U extends Who>(user: U): U {
  if (!canFile(user)) forbidden("consultations.error.notGuardian");
  return user;
}
