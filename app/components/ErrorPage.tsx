// The friendly error page for 400/403/404/500, in the user's language, never with a stack trace.
import { isRouteErrorResponse, Link } from "@remix-run/react";
import type { MessageKey } from "~/i18n";
import { useT } from "~/i18n/react";

export function ErrorPage({ error }: { error: unknown }) {
  const t = useT();
  let status = 500;
  let detail: MessageKey | undefined;
  if (isRouteErrorResponse(error)) {
    status = error.status;
    const key = (error.data as { messageKey?: unknown } | null)?.messageKey;
    // The server's own key (thrown by httpError): trusted as such, since in the browser only the
    // page's namespaces are loaded and t() fetches the rest when a key is not there yet.
    if (typeof key === "string" && key !== "") detail = key as MessageKey;
  }
  const known = status === 400 || status === 403 || status === 404 ? status : 500;
  const title = t(`error.${known}.title` as MessageKey);
  return (
    <section className="error-page" aria-labelledby="error-title">
      <p className="error-code">{status}</p>
      <h1 id="error-title">{title}</h1>
      <p>{t(detail ?? (`error.${known}.body` as MessageKey))}</p>
      <p>
        <Link to="/">{t("error.backHome")}</Link>
      </p>
    </section>
  );
}
