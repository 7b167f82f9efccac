// The whole catalogs of both languages, for the server only (the browser loads one namespace
// of one language at a time, see ./load.ts). Italian defines the keys; English must match.
import type { Namespace } from "./namespaces";
import { common as itCommon } from "./it/common";
import { auth as itAuth } from "./it/auth";
import { notifications as itNotifications } from "./it/notifications";
import { admin as itAdmin } from "./it/admin";
import { pages as itPages } from "./it/pages";
import { training as itTraining } from "./it/training";
import { certificates as itCertificates } from "./it/certificates";
import { authoring as itAuthoring } from "./it/authoring";
import { editor as itEditor } from "./it/editor";
import { events as itEvents } from "./it/events";
import { consultations as itConsultations } from "./it/consultations";
import { consultdesk as itConsultdesk } from "./it/consultdesk";
import { consultguardian as itConsultguardian } from "./it/consultguardian";
import { faq as itFaq } from "./it/faq";
import { forum as itForum } from "./it/forum";
import { forumtopic as itForumtopic } from "./it/forumtopic";
import { forumlist as itForumlist } from "./it/forumlist";
import { forummod as itForummod } from "./it/forummod";
import { forumsearch as itForumsearch } from "./it/forumsearch";
import { tutele as itTutele } from "./it/tutele";
import { tutelaguardian as itTutelaguardian } from "./it/tutelaguardian";
import { tutelaminor as itTutelaminor } from "./it/tutelaminor";
import { tuteladesk as itTuteladesk } from "./it/tuteladesk";
import { tutelastats as itTutelastats } from "./it/tutelastats";
import { tutelamatch as itTutelamatch } from "./it/tutelamatch";
import { tutelaroster as itTutelaroster } from "./it/tutelaroster";
import { common as enCommon } from "./en/common";
import { auth as enAuth } from "./en/auth";
import { notifications as enNotifications } from "./en/notifications";
import { admin as enAdmin } from "./en/admin";
import { pages as enPages } from "./en/pages";
import { training as enTraining } from "./en/training";
import { certificates as enCertificates } from "./en/certificates";
import { authoring as enAuthoring } from "./en/authoring";
import { editor as enEditor } from "./en/editor";
import { events as enEvents } from "./en/events";
import { consultations as enConsultations } from "./en/consultations";
import { consultdesk as enConsultdesk } from "./en/consultdesk";
import { consultguardian as enConsultguardian } from "./en/consultguardian";
import { faq as enFaq } from "./en/faq";
import { forum as enForum } from "./en/forum";
import { forumtopic as enForumtopic } from "./en/forumtopic";
import { forumlist as enForumlist } from "./en/forumlist";
import { forummod as enForummod } from "./en/forummod";
import { forumsearch as enForumsearch } from "./en/forumsearch";
import { tutele as enTutele } from "./en/tutele";
import { tutelaguardian as enTutelaguardian } from "./en/tutelaguardian";
import { tutelaminor as enTutelaminor } from "./en/tutelaminor";
import { tuteladesk as enTuteladesk } from "./en/tuteladesk";
import { tutelastats as enTutelastats } from "./en/tutelastats";
import { tutelamatch as enTutelamatch } from "./en/tutelamatch";
import { tutelaroster as enTutelaroster } from "./en/tutelaroster";

export const itNamespaces = {
  common: itCommon,
  auth: itAuth,
  notifications: itNotifications,
  admin: itAdmin,
  pages: itPages,
  training: itTraining,
  certificates: itCertificates,
  authoring: itAuthoring,
  editor: itEditor,
  events: itEvents,
  consultations: itConsultations,
  consultdesk: itConsultdesk,
  consultguardian: itConsultguardian,
  faq: itFaq,
  forum: itForum,
  forumtopic: itForumtopic,
  forumlist: itForumlist,
  forummod: itForummod,
  forumsearch: itForumsearch,
  tutele: itTutele,
  tutelaguardian: itTutelaguardian,
  tutelaminor: itTutelaminor,
  tuteladesk: itTuteladesk,
  tutelastats: itTutelastats,
  tutelamatch: itTutelamatch,
  tutelaroster: itTutelaroster,
} satisfies Record<Namespace, object>;

export const enNamespaces = {
  common: enCommon,
  auth: enAuth,
  notifications: enNotifications,
  admin: enAdmin,
  pages: enPages,
  training: enTraining,
  certificates: enCertificates,
  authoring: enAuthoring,
  editor: enEditor,
  events: enEvents,
  consultations: enConsultations,
  consultdesk: enConsultdesk,
  consultguardian: enConsultguardian,
  faq: enFaq,
  forum: enForum,
  forumtopic: enForumtopic,
  forumlist: enForumlist,
  forummod: enForummod,
  forumsearch: enForumsearch,
  tutele: enTutele,
  tutelaguardian: enTutelaguardian,
  tutelaminor: enTutelaminor,
  tuteladesk: enTuteladesk,
  tutelastats: enTutelastats,
  tutelamatch: enTutelamatch,
  tutelaroster: enTutelaroster,
} satisfies { [N in Namespace]: { readonly [K in keyof (typeof itNamespaces)[N]]: string } };

/** Every message key: the keys of the Italian namespaces, which define them. */
export type CatalogKey = { [N in Namespace]: keyof (typeof itNamespaces)[N] }[Namespace];

const merge = (namespaces: Record<Namespace, object>) => Object.assign({}, ...Object.values(namespaces)) as Record<CatalogKey, string>;

export const catalogs = { it: merge(itNamespaces), en: merge(enNamespaces) };
