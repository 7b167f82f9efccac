// Absolute links to the portal for e-mails, built from PUBLIC_URL.
import { env } from "~/env.server";

export const absoluteUrl = (path: string) => new URL(path, env().PUBLIC_URL).toString();

/** A portal-relative path ("/…" but not "//…" or "/\…"); anything else is not a link we follow. */
export function isPortalPath(link: unknown): link is string {
  return typeof link === "string" && link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\");
}
