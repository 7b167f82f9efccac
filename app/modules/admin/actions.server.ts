// The forms of a user's admin page: one intent per form, parsed with zod, mapped to a command and
// to either an outcome (the route redirects) or a message for the page (the route re-renders).
import type { MessageKey } from "~/i18n";
import { parseForm, type FieldErrors } from "~/utils/forms";
import { notFound } from "~/utils/http.server";
import { disableUser, enableUser, grantRole, revokeRole } from "./commands.server";
import type { Actor } from "./policy.server";
import { disableSchema, enableSchema, grantSchema, intentSchema, revokeSchema, type Intent, type Outcome } from "./schema";

export interface UserActionData {
  intent: Intent | null;
  /** Field messages (catalog keys), shown next to the fields. */
  errors: FieldErrors;
  /** A message about the whole form. */
  message?: MessageKey;
  values: Record<string, string>;
}

export type UserActionResult =
  | { ok: true; outcome: Outcome }
  | { ok: false; status: 400 | 403 | 409; data: UserActionData };

const fail = (status: 400 | 403 | 409, data: UserActionData): UserActionResult => ({ ok: false, status, data });

export async function handleUserAction(actor: Actor, targetId: string, formData: FormData): Promise<UserActionResult> {
  const intent = intentSchema.safeParse(formData.get("intent"));
  if (!intent.success) return fail(400, { intent: null, errors: {}, message: "admin.action.invalid", values: {} });

  switch (intent.data) {
    case "grant": {
      const parsed = parseForm(grantSchema, formData);
      if (!parsed.ok) return fail(400, { intent: "grant", errors: parsed.errors, values: parsed.values });
      const result = await grantRole(actor, targetId, parsed.data);
      if (result.ok) return { ok: true, outcome: "ruolo-assegnato" };
      if (result.reason === "notFound") notFound("admin.user.notFound");
      const values = { role: parsed.data.role, district: parsed.data.district ?? "" };
      if (result.reason === "exists") return fail(409, { intent: "grant", errors: { role: "admin.grant.exists" }, values });
      return fail(403, { intent: "grant", errors: {}, message: "admin.action.forbidden", values });
    }
    case "revoke": {
      const parsed = parseForm(revokeSchema, formData);
      if (!parsed.ok) return fail(400, { intent: "revoke", errors: {}, message: "admin.revoke.unknown", values: {} });
      const result = await revokeRole(actor, targetId, parsed.data.grantId);
      if (result.ok) return { ok: true, outcome: "ruolo-revocato" };
      if (result.reason === "ownAdmin") return fail(403, { intent: "revoke", errors: {}, message: "admin.revoke.ownAdmin", values: {} });
      if (result.reason === "notFound") return fail(409, { intent: "revoke", errors: {}, message: "admin.revoke.unknown", values: {} });
      return fail(403, { intent: "revoke", errors: {}, message: "admin.action.forbidden", values: {} });
    }
    case "disable": {
      const parsed = parseForm(disableSchema, formData);
      if (!parsed.ok) return fail(400, { intent: "disable", errors: parsed.errors, values: parsed.values });
      const result = await disableUser(actor, targetId, parsed.data.reason);
      if (result.ok) return { ok: true, outcome: "disabilitato" };
      if (result.reason === "notFound") notFound("admin.user.notFound");
      if (result.reason === "self") return fail(403, { intent: "disable", errors: {}, message: "admin.disable.self", values: parsed.data });
      return fail(409, { intent: "disable", errors: {}, message: "admin.disable.already", values: {} });
    }
    case "enable": {
      const parsed = parseForm(enableSchema, formData);
      if (!parsed.ok) return fail(400, { intent: "enable", errors: {}, message: "admin.action.invalid", values: {} });
      const result = await enableUser(actor, targetId);
      if (result.ok) return { ok: true, outcome: "riabilitato" };
      if (result.reason === "notFound") notFound("admin.user.notFound");
      if (result.reason === "self") return fail(403, { intent: "enable", errors: {}, message: "admin.action.forbidden", values: {} });
      return fail(409, { intent: "enable", errors: {}, message: "admin.enable.already", values: {} });
    }
  }
}
