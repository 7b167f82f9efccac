// The same-origin check on state-changing requests and the headers on every response.
import type { NextFunction, Request, Response } from "express";
import { describe, expect, it, vi } from "vitest";
import { sameOriginGuard, securityHeaders } from "../../../app/server/security";

function fakeRequest(method: string, headers: Record<string, string>): Request {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { method, get: (name: string) => lower[name.toLowerCase()] } as unknown as Request;
}

function fakeResponse() {
  const res = {
    statusCode: 200,
    headers: {} as Record<string, string>,
    locals: {} as Record<string, unknown>,
    body: "",
    status(code: number) {
      res.statusCode = code;
      return res;
    },
    type() {
      return res;
    },
    send(body: string) {
      res.body = body;
      return res;
    },
    setHeader(name: string, value: string) {
      res.headers[name.toLowerCase()] = value;
    },
    // Like express: a second value of the same header is joined to the first.
    append(name: string, value: string) {
      const key = name.toLowerCase();
      res.headers[key] = res.headers[key] ? `${res.headers[key]}, ${value}` : value;
      return res;
    },
  };
  return res;
}

const guard = sameOriginGuard("https://portale.example.org");

function run(method: string, headers: Record<string, string>) {
  const res = fakeResponse();
  const next = vi.fn() as unknown as NextFunction;
  guard(fakeRequest(method, headers), res as unknown as Response, next);
  return { res, passed: (next as unknown as ReturnType<typeof vi.fn>).mock.calls.length === 1 };
}

describe("same-origin guard", () => {
  it("lets reads through whatever their origin", () => {
    expect(run("GET", { origin: "https://evil.example" }).passed).toBe(true);
  });

  it("accepts posts from the portal itself", () => {
    expect(run("POST", { origin: "https://portale.example.org", host: "portale.example.org" }).passed).toBe(true);
    expect(run("POST", { origin: "http://localhost:3000", host: "localhost:3000" }).passed).toBe(true);
    expect(run("POST", { referer: "http://localhost:3000/accedi", host: "localhost:3000" }).passed).toBe(true);
  });

  it("refuses posts from another site, or with no origin at all", () => {
    const foreign = run("POST", { origin: "https://evil.example", host: "portale.example.org" });
    expect(foreign.passed).toBe(false);
    expect(foreign.res.statusCode).toBe(403);
    expect(foreign.res.body).toContain("Richiesta rifiutata");
    expect(run("POST", { host: "portale.example.org" }).passed).toBe(false);
    expect(run("DELETE", { origin: "null", host: "portale.example.org" }).passed).toBe(false);
  });
});

describe("security headers", () => {
  it("sets a CSP with a fresh nonce, nosniff, referrer policy and no framing", () => {
    const a = fakeResponse();
    const b = fakeResponse();
    securityHeaders(fakeRequest("GET", {}), a as unknown as Response, vi.fn());
    securityHeaders(fakeRequest("GET", {}), b as unknown as Response, vi.fn());
    const csp = a.headers["content-security-policy"];
    expect(csp).toContain(`script-src 'self' 'nonce-${a.locals.cspNonce}'`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(a.locals.cspNonce).not.toBe(b.locals.cspNonce);
    expect(a.headers["x-content-type-options"]).toBe("nosniff");
    expect(a.headers["referrer-policy"]).toBe("same-origin");
    expect(a.headers["cache-control"]).toBe("no-store");
  });
});

describe("headers a route sets again", () => {
  it("replace the server's single-valued headers instead of doubling them; others still append", () => {
    const res = fakeResponse();
    securityHeaders(fakeRequest("GET", {}), res as unknown as Response, () => {});
    (res as unknown as Response).append("X-Content-Type-Options", "nosniff");
    (res as unknown as Response).append("Cache-Control", "private, no-store");
    (res as unknown as Response).append("Vary", "Cookie");
    (res as unknown as Response).append("Vary", "Accept-Language");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["cache-control"]).toBe("private, no-store");
    expect(res.headers["vary"]).toBe("Cookie, Accept-Language");
  });
});
