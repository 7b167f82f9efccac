// The patched router (issue 7, .patches/): a routes array's ranking is computed once and a
// pathname's matches are remembered. What a caller gets must be what an unpatched matcher gives,
// and its own copy: changing one result must not change the next.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The server loads the CommonJS builds, which are the ones patched.
const require = createRequire(import.meta.url);
const { matchRoutes } = require("@remix-run/router") as typeof import("@remix-run/router");

const routes = [
  {
    id: "root",
    path: "/",
    children: [
      { id: "home", index: true },
      { id: "minor", path: "tutele/:codice" },
      { id: "minors", path: "tutele" },
      { id: "splat", path: "*" },
    ],
  },
];

const ids = (path: string) => matchRoutes(routes, path)?.map((m) => m.route.id);

describe("route matching with the patched router", () => {
  it("matches as before, the same pathname twice included", () => {
    for (let i = 0; i < 2; i++) {
      expect(ids("/")).toEqual(["root", "home"]);
      expect(ids("/tutele")).toEqual(["root", "minors"]);
      expect(ids("/tutele/MI-2026-0001")).toEqual(["root", "minor"]);
      expect(ids("/altro/percorso")).toEqual(["root", "splat"]);
    }
  });

  it("gives each caller its own matches and parameters", () => {
    // The first call computes, the later ones are remembered: each is changed by its caller.
    for (let call = 0; call < 3; call++) {
      const matches = matchRoutes(routes, "/tutele/MI-2026-0002")!;
      expect(matches).toHaveLength(2);
      expect(matches[1]!.params).toEqual({ codice: "MI-2026-0002" });
      expect(matches[1]!.pathname).toBe("/tutele/MI-2026-0002");
      (matches[1]!.params as Record<string, string>).codice = "changed";
      matches[1] = { ...matches[1]!, pathname: "/changed" };
      matches.pop();
    }
  });

  it("remembers by the decoded pathname, an encoded slash staying one segment", () => {
    expect(matchRoutes(routes, "/tutele/a%20b")![1]!.params).toEqual({ codice: "a b" });
    expect(matchRoutes(routes, "/tutele/a b")![1]!.params).toEqual({ codice: "a b" });
    expect(ids("/tutele/a%2Fb")).toEqual(["root", "minor"]);
    expect(ids("/tutele/a/b")).toEqual(["root", "splat"]);
    expect(ids("/tutele/a%2Fb")).toEqual(["root", "minor"]);
  });

  it("keeps working past its memory's size", () => {
    for (let i = 0; i < 2_100; i++) expect(ids(`/tutele/MI-2026-${i}`)).toEqual(["root", "minor"]);
    expect(ids("/")).toEqual(["root", "home"]);
  });
});

describe("the patches of .patches/ (applied by patch-package on install)", () => {
  const patched = (entry: string, file: string) => readFileSync(path.join(path.dirname(require.resolve(entry)), file), "utf8");

  it("are in the files the server loads", () => {
    expect(patched("@remix-run/router", "router.cjs.js")).toContain("Patched (Portale Tutori");
    expect(patched("@remix-run/react", "server.js")).toContain("Patched (Portale Tutori");
    expect(patched("react-router-dom/server", "server.js")).toContain("Patched (Portale Tutori");
    expect(patched("drizzle-orm", "entity.js")).toContain("Patched (Portale Tutori");
  });
});
