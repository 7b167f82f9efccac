// Parsing form data with one zod schema; errors come back as catalog keys per field.
import type * as z from "zod";
import type { MessageKey } from "~/i18n";

export type FieldErrors = Partial<Record<string, MessageKey>>;

export type FormResult<T> =
  | { ok: true; data: T }
  | { ok: false; errors: FieldErrors; values: Record<string, string> };

const SECRET_FIELDS = /password/i;

/** Form values to send back so the user's input is kept; passwords are never echoed. */
export function keptValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !SECRET_FIELDS.test(key) && !(key in values)) values[key] = value;
  }
  return values;
}

export function parseForm<S extends z.ZodType>(schema: S, formData: FormData): FormResult<z.infer<S>> {
  const raw: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    // NUL cannot be stored in PostgreSQL text: dropped rather than failing with a 500.
    const all = formData.getAll(key).map((v) => (typeof v === "string" ? v.replaceAll("\u0000", "") : v));
    raw[key] = all.length > 1 ? all : all[0];
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, errors: fieldErrors(parsed.error), values: keptValues(formData) };
}

export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    if (!errors[field]) errors[field] = (issue.message || "validation.required") as MessageKey;
  }
  return errors;
}
