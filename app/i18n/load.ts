// Loads namespaces of one language into the browser's messages: each namespace of each language
// is a chunk of its own (a dynamic import), so a page downloads only what it shows.
import { hasNamespaces, registerNamespace, type Locale } from "./index";
import type { Namespace } from "./namespaces";

/** Each namespace's module exports its messages under the namespace's name (checked below). */
type Loaders = { [N in Namespace]: () => Promise<{ [K in N]: Record<string, string> }> };

// Written out one by one: the bundler makes a chunk only of a literal import("…").
const loaders: Record<Locale, Loaders> = {
  it: {
    common: () => import("./it/common"),
    auth: () => import("./it/auth"),
    notifications: () => import("./it/notifications"),
    admin: () => import("./it/admin"),
    pages: () => import("./it/pages"),
    training: () => import("./it/training"),
    certificates: () => import("./it/certificates"),
    authoring: () => import("./it/authoring"),
    editor: () => import("./it/editor"),
    events: () => import("./it/events"),
    consultations: () => import("./it/consultations"),
    consultdesk: () => import("./it/consultdesk"),
    consultguardian: () => import("./it/consultguardian"),
    faq: () => import("./it/faq"),
    forum: () => import("./it/forum"),
    forumtopic: () => import("./it/forumtopic"),
    forumlist: () => import("./it/forumlist"),
    forummod: () => import("./it/forummod"),
    forumsearch: () => import("./it/forumsearch"),
    tutele: () => import("./it/tutele"),
    tutelaguardian: () => import("./it/tutelaguardian"),
    tutelaminor: () => import("./it/tutelaminor"),
    tuteladesk: () => import("./it/tuteladesk"),
    tutelastats: () => import("./it/tutelastats"),
    tutelamatch: () => import("./it/tutelamatch"),
    tutelaroster: () => import("./it/tutelaroster"),
  },
  en: {
    common: () => import("./en/common"),
    auth: () => import("./en/auth"),
    notifications: () => import("./en/notifications"),
    admin: () => import("./en/admin"),
    pages: () => import("./en/pages"),
    training: () => import("./en/training"),
    certificates: () => import("./en/certificates"),
    authoring: () => import("./en/authoring"),
    editor: () => import("./en/editor"),
    events: () => import("./en/events"),
    consultations: () => import("./en/consultations"),
    consultdesk: () => import("./en/consultdesk"),
    consultguardian: () => import("./en/consultguardian"),
    faq: () => import("./en/faq"),
    forum: () => import("./en/forum"),
    forumtopic: () => import("./en/forumtopic"),
    forumlist: () => import("./en/forumlist"),
    forummod: () => import("./en/forummod"),
    forumsearch: () => import("./en/forumsearch"),
    tutele: () => import("./en/tutele"),
    tutelaguardian: () => import("./en/tutelaguardian"),
    tutelaminor: () => import("./en/tutelaminor"),
    tuteladesk: () => import("./en/tuteladesk"),
    tutelastats: () => import("./en/tutelastats"),
    tutelamatch: () => import("./en/tutelamatch"),
    tutelaroster: () => import("./en/tutelaroster"),
  },
};

const pending = new Map<string, Promise<boolean>>();
const failed = new Set<string>();

function loadOne(locale: Locale, namespace: Namespace): Promise<boolean> {
  const id = `${locale}/${namespace}`;
  let loading = pending.get(id);
  if (!loading) {
    loading = loaders[locale][namespace]().then(
      (module) => {
        registerNamespace(locale, namespace, (module as Record<Namespace, Record<string, string>>)[namespace]);
        failed.delete(id);
        return true;
      },
      (error: unknown) => {
        // Offline or a stale deployment: the page goes on with what it has (keys show as such),
        // and the next call tries again.
        failed.add(id);
        pending.delete(id);
        console.error(`Could not load the messages ${id}`, error);
        return false;
      },
    );
    pending.set(id, loading);
  }
  return loading;
}

/** Whether the page must wait for these namespaces (not if one already failed to load). */
export function mustLoad(locale: Locale, namespaces: readonly Namespace[]): boolean {
  return namespaces.some((ns) => !hasNamespaces(locale, [ns]) && !failed.has(`${locale}/${ns}`));
}

/** Loads the namespaces of a language that are not there yet; never rejects: true when all are there. */
export function loadNamespaces(locale: Locale, namespaces: readonly Namespace[]): Promise<boolean> {
  return Promise.all(namespaces.filter((ns) => !hasNamespaces(locale, [ns])).map((ns) => loadOne(locale, ns))).then((loaded) =>
    loaded.every(Boolean),
  );
}
