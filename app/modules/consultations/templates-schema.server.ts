// Zod schema of the answer-template forms (/consulenze/modelli), server only. Error messages are
// catalog keys.
import * as z from "zod";
import { BODY_MAX } from "./constants";
import { TEMPLATE_TITLE_MAX } from "./templates-fields";

const fields = {
  title: z
    .string("consultdesk.templates.validation.title")
    .trim()
    .min(1, "consultdesk.templates.validation.title")
    .max(TEMPLATE_TITLE_MAX, "validation.tooLong"),
  body: z
    .string("consultdesk.templates.validation.body")
    .trim()
    .min(1, "consultdesk.templates.validation.body")
    .max(BODY_MAX, "validation.tooLong"),
};

export const templateActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("create"), districtCode: z.enum(["MI", "BS"], "validation.district").optional(), ...fields }),
  z.object({ intent: z.literal("update"), id: z.uuid("validation.choice"), ...fields }),
  z.object({ intent: z.literal("delete"), id: z.uuid("validation.choice") }),
]);
export type TemplateAction = z.infer<typeof templateActionSchema>;

/** ?modifica=<id> opens a template for editing, ?elimina=<id> asks to confirm its deletion. */
export const templateQuerySchema = z.object({
  edit: z.uuid().optional().catch(undefined),
  remove: z.uuid().optional().catch(undefined),
  outcome: z.enum(["creato", "modificato", "eliminato"]).optional().catch(undefined),
});

export function readTemplateQuery(url: URL) {
  const p = url.searchParams;
  return templateQuerySchema.parse({
    edit: p.get("modifica") || undefined,
    remove: p.get("elimina") || undefined,
    outcome: p.get("esito") || undefined,
  });
}
