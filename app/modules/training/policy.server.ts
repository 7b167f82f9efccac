// Who may do what in Formazione. Courses are one curriculum for both districts; people, events
// and exports belong to a district.
import type { CurrentUser } from "~/modules/auth/user.server";
import { districtsWithRole, hasRole, isAdmin, type DistrictCode, type RoleGrant } from "~/modules/auth/roles";
import { forbidden, notFound } from "~/utils/http.server";

type Who = Pick<CurrentUser, "id" | "roles">;

/** Takes courses: candidates and guardians. */
export function canLearn(user: Who): boolean {
  return hasRole(user.roles, "candidate") || hasRole(user.roles, "guardian");
}

/** Reads the catalogue and published modules: every signed-in role. */
export function canReadCatalogue(user: Who): boolean {
  return user.roles.length > 0;
}

/** Reads a course or module in the given state: drafts only for trainers and admins. */
export function canReadContent(user: Who, state: "draft" | "published"): boolean {
  return state === "published" ? canReadCatalogue(user) : canAuthor(user);
}

/** Writes courses, modules and quizzes: trainers (of either district) and admins. */
export function canAuthor(user: Who): boolean {
  return hasRole(user.roles, "trainer") || isAdmin(user.roles);
}

/** Districts whose learners' progress the user may see: trainers and coordinators there. */
export function progressDistricts(user: Who): DistrictCode[] | "all" {
  if (isAdmin(user.roles)) return "all";
  return districtsWithRole(user.roles, "trainer", "coordinator");
}

/** Sees another person's progress: a trainer or coordinator of a district the person belongs to. */
export function canSeeProgressOf(user: Who, learner: { id: string; roles: readonly RoleGrant[] }): boolean {
  if (user.id === learner.id) return true;
  const districts = progressDistricts(user);
  if (districts === "all") return true;
  return learner.roles.some((r) => r.districtCode !== null && districts.includes(r.districtCode));
}

/** Creates and runs training events of a district: its trainers and coordinators, and admins. */
export function canManageEvents(user: Who, districtCode: string): boolean {
  return isAdmin(user.roles) || hasRole(user.roles, "trainer", districtCode) || hasRole(user.roles, "coordinator", districtCode);
}

/** Exports a district's completions and certificates: its coordinators and admins. */
export function canExportDistrict(user: Who, districtCode: string): boolean {
  return isAdmin(user.roles) || hasRole(user.roles, "coordinator", districtCode);
}

export function requireLearner<U extends Who>(user: U): U {
  if (!canLearn(user)) forbidden("training.error.notLearner");
  return user;
}

export function requireAuthor<U extends Who>(user: U): U {
  if (!canAuthor(user)) forbidden();
  return user;
}

/** Unpublished content does not exist for those who may not see it. */
export function requireContent<T extends { status: "draft" | "published" }>(user: Who, item: T | null | undefined): T {
  if (!item || !canReadContent(user, item.status)) notFound();
  return item as T;
}

/** The areas of Formazione to offer this user in the navigation. */
export function trainingAreas(user: Who) {
  const districts = progressDistricts(user);
  return {
    record: true,
    events: user.roles.some((r) => r.districtCode !== null) || isAdmin(user.roles),
    participants: districts === "all" || districts.length > 0,
    exports: isAdmin(user.roles) || hasRole(user.roles, "coordinator"),
    authoring: canAuthor(user),
  };
}
