// Reading users for administration: the filtered, paginated list and one user's details.
import { and, asc, count, eq, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { userRoles, users } from "../../../db/schema";
import { db } from "~/db.server";
import type { DistrictCode, Role } from "~/modules/auth/roles";
import { PAGE_SIZE, type UserListQuery } from "./schema";

export interface AdminGrant {
  id: string;
  role: Role;
  districtCode: DistrictCode | null;
}

export interface UserListRow {
  id: string;
  name: string;
  email: string;
  verified: boolean;
  disabled: boolean;
  createdAt: string;
  roles: AdminGrant[];
}

export interface UserListPage {
  users: UserListRow[];
  total: number;
  page: number;
  pages: number;
}

/** LIKE pattern matching `text` literally anywhere: %, _ and \ in the input lose their meaning. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function listConditions(query: UserListQuery): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (query.q) {
    const pattern = containsPattern(query.q);
    conditions.push(
      or(sql`${users.name} ilike ${pattern} escape '\\'`, sql`${users.email} ilike ${pattern} escape '\\'`),
    );
  }
  if (query.role || query.district) {
    // Role and district together mean one grant (guardian *in* Milano), hence one EXISTS.
    // Columns are qualified by hand: drizzle leaves them bare in a single-table select, and a bare
    // "id" inside the subquery would be the subquery's own.
    const role = query.role ? sql` and ur.role = ${query.role}` : sql``;
    const district = query.district ? sql` and ur.district_code = ${query.district}` : sql``;
    conditions.push(sql`exists (select 1 from "user_roles" ur where ur.user_id = "users"."id"${role}${district})`);
  }
  if (query.status === "attivi") conditions.push(isNull(users.disabledAt));
  if (query.status === "disabilitati") conditions.push(isNotNull(users.disabledAt));
  return and(...conditions);
}

// Roles of each listed user gathered in the same query (no query per row); "users"."id" is
// qualified by hand for the reason given above.
const rolesJson = sql<unknown>`coalesce((
  select json_agg(json_build_object('id', ur.id, 'role', ur.role, 'districtCode', ur.district_code)
                  order by ur.role, ur.district_code)
  from "user_roles" ur where ur.user_id = "users"."id"
), '[]'::json)`;

function parseGrants(value: unknown): AdminGrant[] {
  const list = typeof value === "string" ? JSON.parse(value) : value;
  return Array.isArray(list) ? (list as AdminGrant[]) : [];
}

/** One query for the page of users with their roles, one for the count. */
export async function listUsers(query: UserListQuery): Promise<UserListPage> {
  const where = listConditions(query);
  const [rows, [{ total }]] = await Promise.all([
    db()
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        emailVerifiedAt: users.emailVerifiedAt,
        disabledAt: users.disabledAt,
        createdAt: users.createdAt,
        roles: rolesJson,
      })
      .from(users)
      .where(where)
      .orderBy(asc(sql`lower(${users.name})`), asc(users.id))
      .limit(PAGE_SIZE)
      .offset((query.page - 1) * PAGE_SIZE),
    db().select({ total: count() }).from(users).where(where),
  ]);
  return {
    users: rows.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      verified: r.emailVerifiedAt !== null,
      disabled: r.disabledAt !== null,
      createdAt: r.createdAt.toISOString(),
      roles: parseGrants(r.roles),
    })),
    total,
    page: query.page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}

export interface UserDetail {
  id: string;
  name: string;
  email: string;
  locale: string;
  verifiedAt: string | null;
  disabledAt: string | null;
  disabledReason: string | null;
  createdAt: string;
  activeSessions: number;
  roles: (AdminGrant & { grantedAt: string })[];
}

export async function getUserDetail(id: string): Promise<UserDetail | null> {
  const [user] = await db()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      locale: users.locale,
      emailVerifiedAt: users.emailVerifiedAt,
      disabledAt: users.disabledAt,
      disabledReason: users.disabledReason,
      createdAt: users.createdAt,
      activeSessions: sql<number>`(select count(*) from "sessions" s where s.user_id = "users"."id" and s.expires_at > now())`.mapWith(Number),
    })
    .from(users)
    .where(eq(users.id, id));
  if (!user) return null;
  const roles = await db()
    .select({ id: userRoles.id, role: userRoles.role, districtCode: userRoles.districtCode, grantedAt: userRoles.grantedAt })
    .from(userRoles)
    .where(eq(userRoles.userId, id))
    .orderBy(asc(userRoles.role), asc(userRoles.districtCode));
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    locale: user.locale,
    verifiedAt: user.emailVerifiedAt?.toISOString() ?? null,
    disabledAt: user.disabledAt?.toISOString() ?? null,
    disabledReason: user.disabledReason,
    createdAt: user.createdAt.toISOString(),
    activeSessions: user.activeSessions,
    roles: roles.map((r) => ({
      id: r.id,
      role: r.role,
      districtCode: r.districtCode as DistrictCode | null,
      grantedAt: r.grantedAt.toISOString(),
    })),
  };
}
