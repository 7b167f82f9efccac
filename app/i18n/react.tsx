// The locale of the current page for components: provided by the root, read with useT().
import { createContext, useContext, useMemo } from "react";
import {
  DEFAULT_LOCALE,
  formatDate,
  formatDateTime,
  formatNumber,
  translator,
  type Locale,
  type Translate,
} from "./index";

const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

export function LocaleProvider({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

export function useT(): Translate {
  const locale = useLocale();
  return useMemo(() => translator(locale), [locale]);
}

export function useFormat() {
  const locale = useLocale();
  return useMemo(
    () => ({
      dateTime: (d: Date | string) => formatDateTime(locale, d),
      date: (d: Date | string) => formatDate(locale, d),
      number: (n: number) => formatNumber(locale, n),
    }),
    [locale],
  );
}
