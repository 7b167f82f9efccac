// The catalog's namespaces (the files in it/ and en/) and which of them each page needs in the
// browser: the browser loads only those, in the page's language, before it renders the page.
export const NAMESPACES = [
  "common",
  "auth",
  "notifications",
  "admin",
  "pages",
  "training",
  "certificates",
  "authoring",
  "editor",
  "events",
  "consultations",
  "consultdesk",
  "consultguardian",
  "faq",
  "forum",
  "forumtopic",
  "forumlist",
  "forummod",
  "forumsearch",
  "tutele",
  "tutelaguardian",
  "tutelaminor",
  "tuteladesk",
  "tutelastats",
  "tutelamatch",
  "tutelaroster",
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** Every page: the frame (header, navigation, footer, language switch), form errors, error pages. */
const EVERY_PAGE: readonly Namespace[] = ["common"];

/** Notifications name their subject with words of the other domains (a status, a reason…). */
const NOTIFICATIONS: readonly Namespace[] = ["notifications", "consultations", "forum", "tutele"];

/**
 * By route id prefix (`routes/forum.` is every forum page); a page gets the namespaces of every
 * rule that matches one of its routes. A domain's first rule gives all its pages the namespace of
 * its shared words and errors (what a loader may throw); the next ones what each page shows. A
 * message of a namespace the page did not load shows as its key until the browser has fetched the
 * rest of the catalog (and the console says which), so check a new page's messages are covered.
 */
const BY_ROUTE: readonly (readonly [prefix: string, namespaces: readonly Namespace[]])[] = [
  ["routes/_index", ["pages", "consultations"]],
  ["routes/privacy", ["pages"]],

  ["routes/accedi", ["auth"]],
  ["routes/registrati", ["auth"]],
  ["routes/profilo", ["auth"]],
  ["routes/password-dimenticata", ["auth"]],
  ["routes/reimposta-password", ["auth"]],
  ["routes/verifica-email", ["auth"]],
  ["routes/impegno", ["auth"]],
  ["routes/lingua", ["auth"]],

  ["routes/notifiche", NOTIFICATIONS],

  ["routes/amministrazione.", ["admin"]],
  ["routes/amministrazione._index", ["forumlist"]],
  ["routes/amministrazione.forum", ["forum", "forumlist"]],
  ["routes/amministrazione.posta", NOTIFICATIONS],

  ["routes/attestati.", ["training"]],
  ["routes/formazione.", ["training"]],
  ["routes/formazione.gestione", ["authoring", "editor", "events"]],
  ["routes/formazione.incontri", ["events"]],
  ["routes/formazione.cerca", ["certificates"]],
  ["routes/formazione.esportazioni", ["certificates"]],
  ["routes/formazione.partecipanti", ["certificates"]],
  ["routes/formazione.percorso", ["certificates"]],
  ["routes/formazione.persone", ["certificates", "events"]],

  ["routes/consulenze.", ["consultations", "consultdesk"]],
  ["routes/consulenze._index", ["consultguardian"]],
  ["routes/consulenze.$id", ["consultguardian", "editor"]],
  ["routes/consulenze.nuova", ["consultguardian", "faq", "editor"]],
  ["routes/consulenze.faq", ["faq"]],
  ["routes/consulenze.faq.nuova", ["editor"]],
  ["routes/consulenze.faq.$id_.modifica", ["editor"]],

  ["routes/forum.", ["forum"]],
  ["routes/forum._index", ["forumlist"]],
  ["routes/forum.$categoria", ["forumlist"]],
  ["routes/forum.$categoria.nuovo", ["forumtopic", "editor"]],
  ["routes/forum.cerca", ["forumlist", "forumsearch"]],
  ["routes/forum.argomenti.", ["forumtopic"]],
  ["routes/forum.argomenti.$id._index", ["editor"]],
  ["routes/forum.argomenti.$id.moderazione", ["forummod"]],
  ["routes/forum.argomenti.$id.soluzione", ["forummod"]],
  ["routes/forum.messaggi.", ["forumtopic"]],
  ["routes/forum.messaggi.$id.modifica", ["editor"]],
  ["routes/forum.messaggi.$id.nascondi", ["forummod"]],
  ["routes/forum.messaggi.$id.segnala", ["forummod"]],
  ["routes/forum.moderazione", ["forummod"]],

  ["routes/tutele.", ["tutele"]],
  ["routes/tutele._index", ["tutelaguardian"]],
  ["routes/tutele.$codice._index", ["tutelaminor", "tutelaguardian"]],
  ["routes/tutele.$codice.modifica", ["tuteladesk"]],
  ["routes/tutele.$codice.tutela", ["tutelamatch"]],
  ["routes/coordinamento.", ["tutele"]],
  ["routes/coordinamento._index", ["tutelastats"]],
  ["routes/coordinamento.registro", ["tutelastats"]],
  ["routes/coordinamento.minori", ["tuteladesk"]],
  ["routes/coordinamento.tutori", ["tutelaroster", "tuteladesk"]],
];

/** The namespaces the pages of these routes (ids as in `useMatches()`) need. */
export function namespacesFor(routeIds: Iterable<string>): Namespace[] {
  const wanted = new Set<Namespace>(EVERY_PAGE);
  for (const id of routeIds) {
    for (const [prefix, namespaces] of BY_ROUTE) {
      if (id.startsWith(prefix)) for (const ns of namespaces) wanted.add(ns);
    }
  }
  return NAMESPACES.filter((ns) => wanted.has(ns));
}
