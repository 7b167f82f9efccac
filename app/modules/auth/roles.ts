// Pure role checks, shared by server policies and the UI (which sections a user sees).
export type Role = "candidate" | "guardian" | "trainer" | "legal_consultant" | "coordinator" | "admin";
export type DistrictCode = "MI" | "BS";

export interface RoleGrant {
  role: Role;
  districtCode: DistrictCode | null;
}

export function hasRole(roles: readonly RoleGrant[], role: Role, districtCode?: string | null): boolean {
  return roles.some((r) => r.role === role && (districtCode === undefined || r.districtCode === districtCode));
}

export const isAdmin = (roles: readonly RoleGrant[]) => hasRole(roles, "admin");

/** Districts in which the user holds one of the given roles. */
export function districtsWithRole(roles: readonly RoleGrant[], ...wanted: Role[]): DistrictCode[] {
  return [...new Set(roles.filter((r) => wanted.includes(r.role) && r.districtCode).map((r) => r.districtCode!))];
}
