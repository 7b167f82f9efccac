// Page titles in the user's language: "<page> — Portale Tutori" (WCAG 2.4.2 wants distinct titles).
import type { MetaDescriptor, MetaFunction } from "@remix-run/node";
import { DEFAULT_LOCALE, isLocale, translate, type MessageKey, type Vars } from "~/i18n";

type Matches = readonly { id: string; data: unknown }[];

export function pageTitle(matches: Matches, key: MessageKey, vars?: Vars, prefix?: string): MetaDescriptor[] {
  const root = matches.find((m) => m.id === "root")?.data as { locale?: unknown } | undefined;
  const locale = isLocale(root?.locale) ? root.locale : DEFAULT_LOCALE;
  const page = translate(locale, key, vars);
  return [{ title: `${prefix ? `${prefix} — ` : ""}${page} — ${translate(locale, "app.name")}` }];
}

/** A route's meta export for a fixed title. */
export function titled(key: MessageKey): MetaFunction {
  return ({ matches }) => pageTitle(matches, key);
}
