// The locale of the current page for components: provided by the root, read with useT(). In the
// browser the root also makes sure the page's namespaces of its language are loaded first.
import { useMatches } from "@remix-run/react";
import { createContext, useCallback, useContext, useMemo, useRef, useState } from "react";
import {
  DEFAULT_LOCALE,
  formatDate,
  formatDateTime,
  formatNumber,
  hasMessage,
  translate,
  type Locale,
  type Translate,
} from "./index";
import { loadNamespaces, mustLoad } from "./load";
import { NAMESPACES, namespacesFor } from "./namespaces";

interface LocaleState {
  locale: Locale;
  /** Bumped when messages arrive late, so that every translated text renders again. */
  revision: number;
  missing: (key: string) => void;
}

const LocaleContext = createContext<LocaleState>({ locale: DEFAULT_LOCALE, revision: 0, missing: () => {} });

export function LocaleProvider({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const matches = useMatches();
  const [revision, setRevision] = useState(0);
  const fetchingAll = useRef<Locale | null>(null);
  const warned = useRef(new Set<string>());
  // A message of a namespace the page's routes did not ask for (see ./namespaces): the browser
  // fetches the rest of the language's catalog and renders again; the key shows meanwhile.
  const missing = useCallback(
    (key: string) => {
      if (typeof document === "undefined") return;
      if (!warned.current.has(key)) {
        warned.current.add(key);
        console.warn(`i18n: "${key}" is in no namespace this page loads (app/i18n/namespaces.ts)`);
      }
      if (fetchingAll.current === locale) return;
      fetchingAll.current = locale;
      void loadNamespaces(locale, NAMESPACES).then(() => setRevision((r) => r + 1));
    },
    [locale],
  );
  const state = useMemo(() => ({ locale, revision, missing }), [locale, revision, missing]);
  // Another page or another language whose messages are not here yet: wait for them. The router
  // renders a new page in a transition, so the current page stays on screen meanwhile; the first
  // page's messages are loaded before hydration (entry.client).
  const namespaces = namespacesFor(matches.map((m) => m.id));
  if (mustLoad(locale, namespaces)) throw loadNamespaces(locale, namespaces);
  return <LocaleContext.Provider value={state}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext).locale;
}

export function useT(): Translate {
  const { locale, revision, missing } = useContext(LocaleContext);
  return useMemo(() => {
    void revision;
    return (key, vars) => {
      if (!hasMessage(locale, key)) missing(key);
      return translate(locale, key, vars);
    };
  }, [locale, revision, missing]);
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
