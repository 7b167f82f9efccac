// Headers on every response and the same-origin check on state-changing requests.
import crypto from "node:crypto";
import type { NextFunction, Request, Response } from "express";

// Headers a route may set again (e.g. a download's Cache-Control): the route's value replaces
// ours instead of being appended to it ("nosniff, nosniff").
const SINGLE_VALUED = new Set(["cache-control", "x-content-type-options", "referrer-policy", "x-frame-options", "content-security-policy"]);

export function securityHeaders(_req: Request, res: Response, next: NextFunction) {
  const append = res.append.bind(res);
  res.append = (field: string, value?: string | string[]) => {
    if (value !== undefined && SINGLE_VALUED.has(field.toLowerCase())) {
      res.setHeader(field, value);
      return res;
    }
    return append(field, value);
  };
  const nonce = crypto.randomBytes(16).toString("base64");
  res.locals.cspNonce = nonce;
  res.setHeader(
    "Content-Security-Policy",
    [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}'`,
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "form-action 'self'",
      "base-uri 'self'",
      "object-src 'none'",
      "frame-ancestors 'none'",
    ].join("; "),
  );
  // Pages are personal: never kept by the browser or a proxy (static files set their own).
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "same-origin");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  next();
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses state-changing requests whose Origin (or, failing that, Referer) is not this site.
 * Browsers send Origin on every cross-site and same-site POST, so a missing one is refused too.
 */
export function sameOriginGuard(publicUrl: string) {
  const configured = new URL(publicUrl).origin;
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const host = req.get("host");
    const allowed = new Set([configured]);
    if (host) {
      allowed.add(`http://${host}`);
      allowed.add(`https://${host}`);
    }
    let origin = req.get("origin");
    if (!origin || origin === "null") {
      const referer = req.get("referer");
      origin = referer ? safeOrigin(referer) : undefined;
    }
    if (origin && allowed.has(origin)) return next();
    res.status(403).type("text/plain; charset=utf-8").send(
      "Richiesta rifiutata: proviene da un altro sito. / Request refused: it comes from another site.",
    );
  };
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
