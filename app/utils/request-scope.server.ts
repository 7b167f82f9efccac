// A store that lives as long as one HTTP request: the server runs each request inside it, so the
// loaders of one page (root, layouts, the route) can share what they read instead of reading it
// again. Remix hands each loader its own Request object, so a WeakMap on the Request is not enough.
import { AsyncLocalStorage } from "node:async_hooks";

type Scope = Map<string, unknown>;
const KEY = Symbol.for("portale-tutori.request-scope");
const holder = globalThis as { [KEY]?: AsyncLocalStorage<Scope> };
// One instance per process, shared by the server and the Remix build (two module graphs).
const storage = (holder[KEY] ??= new AsyncLocalStorage<Scope>());

/** Runs `next` (the rest of one request's handling) with a fresh scope. */
export function runInRequestScope<T>(next: () => T): T {
  return storage.run(new Map(), next);
}

/**
 * The value under `key` for the current request, made once by `make`. Outside a request scope
 * (tests, scripts) `make` runs every time.
 */
export function requestScoped<T>(key: string, make: () => T): T {
  const scope = storage.getStore();
  if (!scope) return make();
  if (!scope.has(key)) scope.set(key, make());
  return scope.get(key) as T;
}
