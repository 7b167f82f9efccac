// Renders a notification's title and text in a locale from its kind's catalog templates and payload.
import { translate, translator, type Locale } from "~/i18n";
import { kindDefinition, type Payload } from "./kinds";

export interface RenderedNotification {
  title: string;
  body: string;
}

function plainVars(payload: Payload): Record<string, string | number> {
  const vars: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(payload ?? {})) {
    if (value !== null && value !== undefined) vars[key] = typeof value === "number" ? value : String(value);
  }
  return vars;
}

/** Unknown kinds (e.g. from a feature since removed) get a neutral text rather than an error. */
export function renderNotification(locale: Locale, kind: string, payload: Payload): RenderedNotification {
  const def = kindDefinition(kind);
  if (!def) {
    return {
      title: translate(locale, "notifications.unknown.title"),
      body: translate(locale, "notifications.unknown.body"),
    };
  }
  const t = translator(locale);
  const vars = { ...plainVars(payload), ...(def.vars ? def.vars(payload ?? {}, (key) => t(key)) : {}) };
  return { title: translate(locale, def.title, vars), body: translate(locale, def.body, vars) };
}
