// One error type for expected failures: an HTTP status and a catalog key shown to the user.
import { data } from "@remix-run/node";
import type { MessageKey } from "~/i18n";

export interface AppErrorData {
  messageKey?: MessageKey;
}

/** Throws a response the error boundary renders in the user's language. */
export function httpError(status: 400 | 403 | 404 | 409 | 429, messageKey?: MessageKey): never {
  throw data<AppErrorData>({ messageKey }, { status });
}

export const notFound = (key?: MessageKey): never => httpError(404, key);
export const forbidden = (key?: MessageKey): never => httpError(403, key);

/** Only portal-relative paths are followed after login and language changes. */
export function safeRedirectPath(target: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof target !== "string" || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) {
    return fallback;
  }
  return target;
}
