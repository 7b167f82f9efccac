// Builds Requests for calling loaders and actions directly in integration tests.
import { createSession } from "../../app/modules/auth/session.server";

export async function sessionCookieFor(userId: string): Promise<string> {
  const { token } = await createSession(userId);
  return `portale_session=${token}`;
}

export function formRequest(path: string, fields: Record<string, string | string[]>, cookie?: string): Request {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
  }
  return new Request(`http://localhost:3000${path}`, {
    method: "POST",
    body,
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "http://localhost:3000", ...(cookie ? { Cookie: cookie } : {}) },
  });
}

export function getRequest(path: string, cookie?: string): Request {
  return new Request(`http://localhost:3000${path}`, { headers: cookie ? { Cookie: cookie } : {} });
}

/** Runs a loader/action and returns the thrown or returned Response-like outcome. */
export async function outcome<T>(fn: () => Promise<T>): Promise<{ status: number; value?: T; location?: string | null }> {
  try {
    const value = await fn();
    const maybe = value as unknown as { init?: { status?: number }; type?: string };
    if (value instanceof Response) return { status: value.status, location: value.headers.get("location"), value };
    if (maybe && maybe.type === "DataWithResponseInit") return { status: maybe.init?.status ?? 200, value };
    return { status: 200, value };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, location: thrown.headers.get("location") };
    const maybe = thrown as { type?: string; init?: { status?: number } };
    if (maybe && maybe.type === "DataWithResponseInit") return { status: maybe.init?.status ?? 500 };
    throw thrown;
  }
}
