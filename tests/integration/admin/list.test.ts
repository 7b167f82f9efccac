// /amministrazione against a real database: who may enter, search, filters, pagination.
import { describe, expect, it } from "vitest";
import { loader as listLoader } from "../../../app/routes/amministrazione._index";
import { loader as userLoader } from "../../../app/routes/amministrazione.utenti.$id";
import { createUser } from "../../fixtures/users";
import { engine, useTestDatabase } from "../../support/database";
import { getRequest, outcome, sessionCookieFor } from "../../support/requests";

useTestDatabase();

const ctx = { cspNonce: "", clientIp: "127.0.0.1" };

type ListData = Awaited<ReturnType<typeof listLoader>>;

async function asAdmin() {
  const admin = await createUser({ roles: [["admin", null]] });
  return { admin, cookie: await sessionCookieFor(admin.id) };
}

async function list(search: string, cookie: string): Promise<ListData> {
  const result = await outcome(() => listLoader({ request: getRequest(`/amministrazione${search}`, cookie), params: {}, context: ctx }));
  expect(result.status).toBe(200);
  return result.value as ListData;
}

describe(`admin list (${engine})`, () => {
  it("sends anonymous visitors to the login page and refuses non-admins", async () => {
    const target = await createUser();
    const routes = [
      { path: "/amministrazione", run: (r: Request): Promise<unknown> => listLoader({ request: r, params: {}, context: ctx }) },
      { path: `/amministrazione/utenti/${target.id}`, run: (r: Request): Promise<unknown> => userLoader({ request: r, params: { id: target.id }, context: ctx }) },
    ];
    const others = await Promise.all(
      (
        [
          [["guardian", "MI"]],
          [["coordinator", "BS"]],
          [["legal_consultant", "MI"]],
          [["candidate", "MI"], ["trainer", "BS"]],
        ] as const
      ).map((roles) => createUser({ roles: roles.map((r) => [...r]) as never })),
    );
    const { cookie: adminCookie } = await asAdmin();
    for (const route of routes) {
      const anonymous = await outcome(() => route.run(getRequest(route.path)));
      expect(anonymous.status).toBe(302);
      expect(anonymous.location).toBe(`/accedi?redirectTo=${encodeURIComponent(route.path)}`);
      for (const other of others) {
        const refused = await outcome(async () => route.run(getRequest(route.path, await sessionCookieFor(other.id))));
        expect(refused.status).toBe(403);
      }
      expect((await outcome(() => route.run(getRequest(route.path, adminCookie)))).status).toBe(200);
    }
  });

  it("finds users by part of the name or e-mail, ignoring case, with % and _ taken literally", async () => {
    const { cookie } = await asAdmin();
    const giulia = await createUser({ name: "Giulia Zorzetto", email: "g.zorzetto@example.org" });
    const marco = await createUser({ name: "Marco Bellini", email: "marco.zorzettino@example.org" });
    const percent = await createUser({ name: "Zorzetto 100% Volontaria", email: "zz.percento@example.org" });
    const underscore = await createUser({ name: "Anna Zorzi", email: "anna_zorzi@example.org" });

    const ids = (data: ListData) => data.users.map((u) => u.id).sort();
    expect(ids(await list("?q=ZORZETT", cookie))).toEqual([giulia.id, marco.id, percent.id].sort());
    expect(ids(await list("?q=zorzettino%40EXAMPLE", cookie))).toEqual([marco.id]);
    expect(ids(await list("?q=giulia+zor", cookie))).toEqual([giulia.id]);
    expect(ids(await list("?q=100%25", cookie))).toEqual([percent.id]);
    expect(ids(await list("?q=%25", cookie))).toEqual([percent.id]);
    expect(ids(await list("?q=anna_", cookie))).toEqual([underscore.id]);
    expect(ids(await list("?q=a_n", cookie))).toEqual([]);
    expect(ids(await list("?q=nessuno-si-chiama-cosi", cookie))).toEqual([]);

    const row = (await list("?q=g.zorzetto", cookie)).users[0];
    expect(row).toMatchObject({ name: "Giulia Zorzetto", email: "g.zorzetto@example.org", verified: true, disabled: false });
    expect(row.roles).toEqual([{ id: expect.any(String), role: "guardian", districtCode: "MI" }]);
  });

  it("filters by role, district and state, together with the search", async () => {
    const { cookie } = await asAdmin();
    const tag = "Filtrodistretto";
    const miGuardian = await createUser({ name: `${tag} Uno`, roles: [["guardian", "MI"]] });
    const bsGuardian = await createUser({ name: `${tag} Due`, roles: [["guardian", "BS"], ["trainer", "MI"]] });
    const bsCoordinator = await createUser({ name: `${tag} Tre`, roles: [["coordinator", "BS"]], disabled: true });
    const unverified = await createUser({ name: `${tag} Quattro`, roles: [], verified: false });

    const ids = async (search: string) => (await list(`?q=${tag}${search}`, cookie)).users.map((u) => u.id).sort();
    expect(await ids("&ruolo=tutore")).toEqual([miGuardian.id, bsGuardian.id].sort());
    expect(await ids("&ruolo=tutore&distretto=BS")).toEqual([bsGuardian.id]);
    // Role and district are one grant: a Milano trainer is not a Milano guardian.
    expect(await ids("&ruolo=tutore&distretto=MI")).toEqual([miGuardian.id]);
    expect(await ids("&distretto=MI")).toEqual([miGuardian.id, bsGuardian.id].sort());
    expect(await ids("&stato=disabilitati")).toEqual([bsCoordinator.id]);
    expect(await ids("&stato=attivi")).toEqual([miGuardian.id, bsGuardian.id, unverified.id].sort());

    const all = await list(`?q=${tag}`, cookie);
    expect(all.total).toBe(4);
    const byId = new Map(all.users.map((u) => [u.id, u]));
    expect(byId.get(bsGuardian.id)!.roles.map((r) => [r.role, r.districtCode])).toEqual([["guardian", "BS"], ["trainer", "MI"]]);
    expect(byId.get(unverified.id)).toMatchObject({ verified: false, roles: [] });
    expect(byId.get(bsCoordinator.id)).toMatchObject({ disabled: true });
  });

  it("pages 25 at a time, answers bad parameters with defaults and redirects to the canonical address", async () => {
    const { cookie } = await asAdmin();
    const tag = "Paginazione";
    for (let i = 0; i < 27; i++) await createUser({ name: `${tag} ${String(i).padStart(2, "0")}` });

    const first = await list(`?q=${tag}`, cookie);
    expect(first).toMatchObject({ total: 27, page: 1, pages: 2 });
    expect(first.users).toHaveLength(25);
    expect(first.users[0].name).toBe(`${tag} 00`);
    const second = await list(`?q=${tag}&pagina=2`, cookie);
    expect(second.users.map((u) => u.name)).toEqual([`${tag} 25`, `${tag} 26`]);
    expect((await list(`?q=${tag}&pagina=7`, cookie)).users).toEqual([]);

    const bad = await list(`?q=${tag}&pagina=abc&ruolo=pirata&stato=%27%3B+drop+table+users`, cookie);
    expect(bad.ignored.sort()).toEqual(["pagina", "ruolo", "stato"]);
    expect(bad).toMatchObject({ total: 27, page: 1 });

    const english = await outcome(() =>
      listLoader({ request: getRequest(`/amministrazione?ruolo=guardian&distretto=bs`, cookie), params: {}, context: ctx }),
    );
    expect(english.location).toBe("/amministrazione?ruolo=tutore&distretto=BS");
    const messy = await outcome(() =>
      listLoader({ request: getRequest(`/amministrazione?q=+${tag}+&ruolo=&distretto=&stato=&pagina=1`, cookie), params: {}, context: ctx }),
    );
    expect(messy.status).toBe(302);
    expect(messy.location).toBe(`/amministrazione?q=${tag}`);
  });
});
