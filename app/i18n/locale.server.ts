// The locale of a request: the user's choice, else the language cookie, else the browser's.
import type { CurrentUser } from "~/modules/auth/user.server";
import { readCookie } from "~/modules/auth/session.server";
import { secureCookies } from "~/env.server";
import { isLocale, localeFromAcceptLanguage, type Locale } from "./index";

export const LOCALE_COOKIE = "portale_lang";

export function requestLocale(request: Request, user: Pick<CurrentUser, "locale"> | null): Locale {
  if (user && isLocale(user.locale)) return user.locale;
  const cookie = readCookie(request, LOCALE_COOKIE);
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage(request.headers.get("accept-language"));
}

export function localeCookie(locale: Locale): string {
  const parts = [`${LOCALE_COOKIE}=${locale}`, "Path=/", "SameSite=Lax", `Max-Age=${365 * 24 * 3600}`];
  if (secureCookies()) parts.push("Secure");
  return parts.join("; ");
}
