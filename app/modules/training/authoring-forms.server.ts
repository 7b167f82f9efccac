// Reading the module form of the authoring pages (new module and editor): preview, refusal, or save.
import { data } from "@remix-run/node";
import { keptValues, parseForm, type FieldErrors } from "~/utils/forms";
import { httpError } from "~/utils/http.server";
import { renderMarkdown } from "~/utils/markdown.server";
import { moduleFieldsSchema, moduleIntentSchema, type ModuleFields } from "./authoring-schema";

/** What the module form shows after a preview or a refused submission. */
export interface ModuleFormData {
  errors: FieldErrors;
  values: Record<string, string>;
  preview: string | null;
}
type ModuleFormResponse = ReturnType<typeof data<ModuleFormData>>;

export type ModuleSubmission =
  | { kind: "preview"; response: ModuleFormResponse }
  | { kind: "invalid"; response: ModuleFormResponse }
  | { kind: "save"; fields: ModuleFields; publish: boolean };

/**
 * Reads a module form (new or existing module): "preview" renders the submitted Markdown without
 * saving, invalid fields come back with their messages and the input kept, otherwise the fields
 * to save and whether to publish them.
 */
export function readModuleSubmission(form: FormData): ModuleSubmission {
  const intent = moduleIntentSchema.safeParse(form.get("intent"));
  if (!intent.success) httpError(400);
  if (intent.data === "preview") {
    const preview = renderMarkdown(String(form.get("bodyMd") ?? ""));
    return { kind: "preview", response: data<ModuleFormData>({ errors: {}, values: keptValues(form), preview }) };
  }
  const parsed = parseForm(moduleFieldsSchema, form);
  if (!parsed.ok) {
    return { kind: "invalid", response: data<ModuleFormData>({ errors: parsed.errors, values: parsed.values, preview: null }, { status: 400 }) };
  }
  return { kind: "save", fields: parsed.data, publish: intent.data === "publish" };
}
