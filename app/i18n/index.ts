// Typed catalogs (Italian defines the keys, English must match) and the translate function.
import { admin as enAdmin } from "./en/admin";
import { auth as enAuth } from "./en/auth";
import { common as enCommon } from "./en/common";
import { notifications as enNotifications } from "./en/notifications";
import { pages as enPages } from "./en/pages";
import { training as enTraining } from "./en/training";
import { certificates as enCertificates } from "./en/certificates";
import { authoring as enAuthoring } from "./en/authoring";
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
import { admin as itAdmin } from "./it/admin";
import { auth as itAuth } from "./it/auth";
import { common as itCommon } from "./it/common";
import { notifications as itNotifications } from "./it/notifications";
import { pages as itPages } from "./it/pages";
import { training as itTraining } from "./it/training";
import { certificates as itCertificates } from "./it/certificates";
import { authoring as itAuthoring } from "./it/authoring";
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

const it = {
  ...itCommon,
  ...itAuth,
  ...itNotifications,
  ...itAdmin,
  ...itPages,
  ...itTraining,
  ...itCertificates,
  ...itAuthoring,
  ...itEvents,
  ...itConsultations,
  ...itConsultdesk,
  ...itConsultguardian,
  ...itFaq,
  ...itForum,
  ...itForumtopic,
  ...itForumlist,
  ...itForummod,
  ...itForumsearch,
  ...itTutele,
  ...itTutelaguardian,
  ...itTutelaminor,
  ...itTuteladesk,
  ...itTutelastats,
  ...itTutelamatch,
  ...itTutelaroster,
};
export type MessageKey = keyof typeof it;
const en: Record<MessageKey, string> = {
  ...enCommon,
  ...enAuth,
  ...enNotifications,
  ...enAdmin,
  ...enPages,
  ...enTraining,
  ...enCertificates,
  ...enAuthoring,
  ...enEvents,
  ...enConsultations,
  ...enConsultdesk,
  ...enConsultguardian,
  ...enFaq,
  ...enForum,
  ...enForumtopic,
  ...enForumlist,
  ...enForummod,
  ...enForumsearch,
  ...enTutele,
  ...enTutelaguardian,
  ...enTutelaminor,
  ...enTuteladesk,
  ...enTutelastats,
  ...enTutelamatch,
  ...enTutelaroster,
};

export const LOCALES = ["it", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "it";
export const TIME_ZONE = "Europe/Rome";

const catalogs: Record<Locale, Record<MessageKey, string>> = { it, en };

export function isLocale(value: unknown): value is Locale {
  return value === "it" || value === "en";
}

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(it, value);
}

export type Vars = Record<string, string | number>;

export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  const template = catalogs[locale][key] ?? it[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in vars ? String(vars[name]) : match,
  );
}

export type Translate = (key: MessageKey, vars?: Vars) => string;

export function translator(locale: Locale): Translate {
  return (key, vars) => translate(locale, key, vars);
}

const intlLocale = (locale: Locale) => (locale === "it" ? "it-IT" : "en-GB");

export function formatDateTime(locale: Locale, date: Date | string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: TIME_ZONE,
  }).format(new Date(date));
}

export function formatDate(locale: Locale, date: Date | string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: "long",
    timeZone: TIME_ZONE,
  }).format(new Date(date));
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}

/** Picks the best supported locale from an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split("-")[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}
