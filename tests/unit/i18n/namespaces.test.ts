// The browser loads only the catalog namespaces app/i18n/namespaces.ts maps to a page's routes.
// This reads the source: for every page (and the root's frame), the message keys its browser code
// can show — the route module and every module it imports, minus *.server modules, plus the keys of
// the *.server modules the route imports directly (errors and outcomes its loader or action return)
// — must belong to namespaces the page loads; otherwise the user would see a raw key flash.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { namespacesFor } from "../../../app/i18n/namespaces";

const app = path.resolve(import.meta.dirname, "../../../app");

// Every key of the Italian catalog (which defines the keys) → its namespace (the file's name).
const namespaceOf = new Map<string, string>();
for (const file of fs.readdirSync(path.join(app, "i18n/it"))) {
  const namespace = file.replace(/\.ts$/, "");
  for (const m of fs.readFileSync(path.join(app, "i18n/it", file), "utf8").matchAll(/^\s+"([^"]+)":/gm)) {
    namespaceOf.set(m[1]!, namespace);
  }
}
const keys = [...namespaceOf.keys()];

function resolve(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("~/")) base = path.join(app, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

interface ModuleInfo {
  imports: string[];
  /** namespace → the first key that needs it */
  used: Map<string, string>;
}
const cache = new Map<string, ModuleInfo>();
function info(file: string): ModuleInfo {
  const known = cache.get(file);
  if (known) return known;
  const source = fs.readFileSync(file, "utf8");
  const imports: string[] = [];
  // Type-only imports vanish from the bundle; value imports and dynamic imports stay.
  for (const m of source.matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)"/gms)) {
    const resolved = m[2] ? null : resolve(file, m[3]!);
    if (resolved) imports.push(resolved);
  }
  for (const m of source.matchAll(/import\(\s*"([^"]+)"\s*\)/g)) {
    const resolved = resolve(file, m[1]!);
    if (resolved) imports.push(resolved);
  }
  const used = new Map<string, string>();
  for (const m of source.matchAll(/["'`]([a-zA-Z_][\w-]*\.[\w.-]+)["'`]/g)) {
    const namespace = namespaceOf.get(m[1]!);
    if (namespace && !used.has(namespace)) used.set(namespace, m[1]!);
  }
  // Keys built from a prefix (`forumlist.sort.${x}`): counted when the prefix is one namespace's.
  for (const m of source.matchAll(/`([a-zA-Z_][\w-]*\.[\w.-]*)\$\{/g)) {
    const namespaces = new Set(keys.filter((k) => k.startsWith(m[1]!)).map((k) => namespaceOf.get(k)!));
    if (namespaces.size === 1) {
      const [namespace] = namespaces as Set<string>;
      if (!used.has(namespace!)) used.set(namespace!, `${m[1]}…`);
    }
  }
  const result = { imports, used };
  cache.set(file, result);
  return result;
}

const isServer = (file: string) => /\.server\.tsx?$/.test(file);

/** namespace → "key (file)" for everything the page's browser code can show. */
function needs(routeFile: string): Map<string, string> {
  const used = new Map<string, string>();
  const seen = new Set<string>();
  const stack = [routeFile];
  const add = (file: string) => {
    for (const [namespace, key] of info(file).used) {
      if (!used.has(namespace)) used.set(namespace, `${key} (${path.relative(app, file)})`);
    }
  };
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file) || file.includes(`${path.sep}i18n${path.sep}`)) continue;
    seen.add(file);
    add(file);
    for (const dependency of info(file).imports) {
      if (!isServer(dependency)) stack.push(dependency);
      else if (file === routeFile && !dependency.includes(`${path.sep}i18n${path.sep}`)) add(dependency);
    }
  }
  return used;
}

function missing(routeId: string, file: string): string[] {
  const loaded = new Set<string>(namespacesFor(routeId === "root" ? ["root"] : ["root", routeId]));
  return [...needs(file)].filter(([namespace]) => !loaded.has(namespace)).map(([namespace, why]) => `${namespace} ← ${why}`);
}

describe("catalog namespaces loaded in the browser", () => {
  it("cover every message the root's frame can show", () => {
    expect(missing("root", path.join(app, "root.tsx"))).toEqual([]);
  });

  const pages = fs
    .readdirSync(path.join(app, "routes"))
    .sort()
    // A route without a component (resource route, redirect) renders nothing in the browser.
    .filter((file) => /export default/.test(fs.readFileSync(path.join(app, "routes", file), "utf8")));

  it.each(pages)("cover every message %s can show", (file) => {
    const id = `routes/${file.replace(/\.tsx?$/, "")}`;
    expect(missing(id, path.join(app, "routes", file))).toEqual([]);
  });

  it("would notice a page that shows a namespace it does not load", () => {
    // The check itself: the forum topic page needs forumtopic, which the Tutele pages do not load.
    const topic = needs(path.join(app, "routes", "forum.argomenti.$id._index.tsx"));
    expect(topic.has("forumtopic")).toBe(true);
    expect(namespacesFor(["root", "routes/tutele._index"])).not.toContain("forumtopic");
  });
});
