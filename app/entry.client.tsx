import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { DEFAULT_LOCALE, isLocale } from "~/i18n";
import { loadNamespaces } from "~/i18n/load";
import { namespacesFor } from "~/i18n/namespaces";

// The page's messages, in its language only, before hydration: the root sets <html lang>, and
// Remix lists the routes of the page in __remixRouteModules before it imports this module.
const lang = document.documentElement.lang;
const routeIds = Object.keys((window as { __remixRouteModules?: Record<string, unknown> }).__remixRouteModules ?? {});

const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
const namespaces = namespacesFor(routeIds);
void (async () => {
  // One more try; then the page stays as the server sent it, which works without JavaScript,
  // rather than hydrating into message keys.
  if (!(await loadNamespaces(locale, namespaces)) && !(await loadNamespaces(locale, namespaces))) return;
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  });
})();
