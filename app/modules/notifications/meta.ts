// Page titles of the notifications pages, in the locale the root loader chose.
import type { MetaDescriptor } from "@remix-run/node";
import { DEFAULT_LOCALE, isLocale, translate, type MessageKey, type Vars } from "~/i18n";

export function pageTitle(matches: { id: string; data: unknown }[], key: MessageKey, vars?: Vars): MetaDescriptor[] {
  const data = matches.find((m) => m.id === "root")?.data as { locale?: unknown } | undefined;
  const locale = isLocale(data?.locale) ? data.locale : DEFAULT_LOCALE;
  return [{ title: `${translate(locale, key, vars)} — ${translate(locale, "app.name")}` }];
}
