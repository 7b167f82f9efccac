// The admin policy as a table (actor × target × grant), and the list's query-string parsing.
import { describe, expect, it } from "vitest";
import { canDisable, canEnable, canGrant, canManageUsers, canRevoke, type Actor } from "../../../app/modules/admin/policy.server";
import { containsPattern } from "../../../app/modules/admin/queries.server";
import { grantSchema, parseUserListQuery, userListHref } from "../../../app/modules/admin/schema";

const admin: Actor = { id: "a", roles: [{ role: "admin", districtCode: null }] };
const otherAdmin: Actor = { id: "b", roles: [{ role: "admin", districtCode: null }] };
const coordinator: Actor = { id: "c", roles: [{ role: "coordinator", districtCode: "MI" }] };
const guardian: Actor = { id: "g", roles: [{ role: "guardian", districtCode: "MI" }] };
const consultant: Actor = { id: "l", roles: [{ role: "legal_consultant", districtCode: "BS" }] };
const multi: Actor = { id: "m", roles: [{ role: "guardian", districtCode: "BS" }, { role: "trainer", districtCode: "MI" }] };

describe("canManageUsers", () => {
  it.each([
    ["admin", admin, true],
    ["coordinator", coordinator, false],
    ["guardian", guardian, false],
    ["legal consultant", consultant, false],
    ["several non-admin roles", multi, false],
    ["nobody", null, false],
  ] as const)("%s → %s", (_label, actor, expected) => {
    expect(canManageUsers(actor)).toBe(expected);
  });
});

describe("canDisable / canEnable / canGrant", () => {
  it.each([
    ["admin disables a guardian", admin, guardian, true],
    ["admin disables another admin", admin, otherAdmin, true],
    ["admin disables themselves", admin, admin, false],
    ["coordinator disables a guardian", coordinator, guardian, false],
    ["guardian disables themselves", guardian, guardian, false],
    ["nobody disables a guardian", null, guardian, false],
  ] as const)("%s → %s", (_label, actor, target, expected) => {
    expect(canDisable(actor, target)).toBe(expected);
    expect(canEnable(actor, target)).toBe(expected);
  });

  it.each([
    ["admin grants to a guardian", admin, guardian, true],
    ["admin grants to themselves", admin, admin, true],
    ["coordinator grants", coordinator, guardian, false],
    ["guardian grants to themselves", guardian, guardian, false],
  ] as const)("%s → %s", (_label, actor, target, expected) => {
    expect(canGrant(actor, target)).toBe(expected);
  });
});

describe("canRevoke", () => {
  it.each([
    ["admin revokes a guardian's role", admin, guardian, { userId: "g", role: "guardian" }, true],
    ["admin revokes another admin's admin role", admin, otherAdmin, { userId: "b", role: "admin" }, true],
    ["admin revokes their own admin role", admin, admin, { userId: "a", role: "admin" }, false],
    ["admin revokes their own other role", admin, admin, { userId: "a", role: "trainer" }, true],
    ["grant of someone else than the target", admin, guardian, { userId: "x", role: "guardian" }, false],
    ["coordinator revokes a guardian's role", coordinator, guardian, { userId: "g", role: "guardian" }, false],
    ["guardian revokes their own role", guardian, guardian, { userId: "g", role: "guardian" }, false],
    ["nobody", null, guardian, { userId: "g", role: "guardian" }, false],
  ] as const)("%s → %s", (_label, actor, target, grant, expected) => {
    expect(canRevoke(actor, target, grant)).toBe(expected);
  });
});

describe("list query string", () => {
  const parse = (search: string) => parseUserListQuery(new URLSearchParams(search));

  it("reads every filter, Italian or English role names, any case", () => {
    expect(parse("q=%20Rossi%20&ruolo=Tutore&distretto=mi&stato=disabilitati&pagina=3")).toEqual({
      query: { q: "Rossi", role: "guardian", district: "MI", status: "disabilitati", page: 3 },
      ignored: [],
    });
    expect(parse("ruolo=legal_consultant").query.role).toBe("legal_consultant");
  });

  it("ignores bad values, keeps the defaults and says which", () => {
    const { query, ignored } = parse("ruolo=pirata&distretto=RM&stato=forse&pagina=0&q=" + "x".repeat(101));
    expect(query).toEqual({ q: "", role: null, district: null, status: null, page: 1 });
    expect(ignored.sort()).toEqual(["distretto", "pagina", "q", "ruolo", "stato"]);
    expect(parse("pagina=-2").query.page).toBe(1);
    expect(parse("pagina=1e3").ignored).toEqual(["pagina"]);
    expect(parse("pagina=9999999").ignored).toEqual(["pagina"]);
  });

  it("builds one canonical address per list", () => {
    const { query } = parse("stato=attivi&ruolo=guardian&q=a b&distretto=BS");
    expect(userListHref(query)).toBe("/amministrazione?q=a+b&ruolo=tutore&distretto=BS&stato=attivi");
    expect(userListHref(query, { page: 2 })).toBe("/amministrazione?q=a+b&ruolo=tutore&distretto=BS&stato=attivi&pagina=2");
    expect(userListHref(parse("").query)).toBe("/amministrazione");
  });

  it("escapes LIKE wildcards so they match literally", () => {
    expect(containsPattern("100%")).toBe("%100\\%%");
    expect(containsPattern("a_b\\c")).toBe("%a\\_b\\\\c%");
  });
});

describe("grant form", () => {
  const parse = (fields: Record<string, string>) => grantSchema.safeParse({ intent: "grant", ...fields });

  it("needs a district for every role but admin, and none for admin", () => {
    expect(parse({ role: "guardian", district: "MI" }).data).toEqual({ intent: "grant", role: "guardian", district: "MI" });
    expect(parse({ role: "admin", district: "" }).data).toEqual({ intent: "grant", role: "admin", district: null });
    expect(parse({ role: "guardian", district: "" }).error?.issues[0]).toMatchObject({ path: ["district"], message: "admin.grant.districtRequired" });
    expect(parse({ role: "admin", district: "BS" }).error?.issues[0]).toMatchObject({ path: ["district"], message: "admin.grant.adminNoDistrict" });
    expect(parse({ role: "king", district: "MI" }).error?.issues[0]).toMatchObject({ path: ["role"], message: "admin.grant.roleRequired" });
  });
});
