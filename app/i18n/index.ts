// Typed messages (Italian defines the keys, English must match), the translate function and the
// Intl formatters, on both sides: the server holds the whole catalogs (./catalogs.server), the
// browser only the namespaces of its page, in its language (registered by ./load).
import { catalogs as serverCatalogs, type CatalogKey } from "./catalogs.server";
import type { Namespace } from "./namespaces";

export type MessageKey = CatalogKey;

export const LOCALES = ["it", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "it";
export const TIME_ZONE = "Europe/Rome";

export function isLocale(value: unknown): value is Locale {
  return value === "it" || value === "en";
}

type Messages = Partial<Record<MessageKey, string>>;

// In the browser ./catalogs.server is an empty module: the messages are those registered here.
const hasServerCatalogs = typeof serverCatalogs === "object" && serverCatalogs !== null;
const registered: Record<Locale, Messages> = { it: {}, en: {} };
const registeredNamespaces: Record<Locale, Set<Namespace>> = { it: new Set(), en: new Set() };

function messages(locale: Locale): Messages {
  return hasServerCatalogs ? serverCatalogs[locale] : registered[locale];
}

/** Adds a namespace of a language to the browser's messages (see ./load). */
export function registerNamespace(locale: Locale, namespace: Namespace, entries: Messages): void {
  Object.assign(registered[locale], entries);
  registeredNamespaces[locale].add(namespace);
}

/** Whether these namespaces of a language can be used now (always on the server). */
export function hasNamespaces(locale: Locale, namespaces: readonly Namespace[]): boolean {
  return hasServerCatalogs || namespaces.every((ns) => registeredNamespaces[locale].has(ns));
}

/** Whether a language has this message now (in the browser: if its namespace is loaded). */
export function hasMessage(locale: Locale, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(messages(locale), key);
}

/** Whether a value is a message key (in the browser: of a namespace it has loaded). */
export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === "string" && LOCALES.some((locale) => hasMessage(locale, value));
}

export type Vars = Record<string, string | number>;

export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  const template = messages(locale)[key] ?? messages(DEFAULT_LOCALE)[key] ?? key;
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

/**
 * One value per language, built on first use: building an Intl formatter costs far more than using
 * one (issue 7), so components keep theirs here rather than building them on every render.
 */
export function perLocale<T>(build: (tag: string) => T): (locale: Locale) => T {
  const built = new Map<Locale, T>();
  return (locale) => {
    let value = built.get(locale);
    if (value === undefined) {
      value = build(intlLocale(locale));
      built.set(locale, value);
    }
    return value;
  };
}

// Building an Intl formatter costs far more than using one: one per language and style.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

function dateTimeFormat(locale: Locale, style: "dateTime" | "date"): Intl.DateTimeFormat {
  const id = `${locale}:${style}`;
  let format = dateTimeFormats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(
      intlLocale(locale),
      style === "dateTime"
        ? { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE }
        : { dateStyle: "long", timeZone: TIME_ZONE },
    );
    dateTimeFormats.set(id, format);
  }
  return format;
}

export function formatDateTime(locale: Locale, date: Date | string): string {
  return dateTimeFormat(locale, "dateTime").format(new Date(date));
}

export function formatDate(locale: Locale, date: Date | string): string {
  return dateTimeFormat(locale, "date").format(new Date(date));
}

export function formatNumber(locale: Locale, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale));
    numberFormats.set(locale, format);
  }
  return format.format(value);
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
