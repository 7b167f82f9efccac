// Zod schemas of the notifications pages (server only): page numbers, list actions, preferences,
// outbox filters.
import * as z from "zod";
import { OUTBOX_STATUSES } from "./fields";
import { allowedModes, CONFIGURABLE_KINDS, type DeliveryMode } from "./kinds";

/** ?pagina=N: anything that is not a positive integer means page 1; a page past the end is a 404. */
export const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

export function readPage(url: URL): number {
  return pageSchema.parse(url.searchParams.get("pagina") ?? undefined);
}

/** ?stato=…: an unknown status means no filter. */
export const outboxQuerySchema = z.object({
  status: z.enum(OUTBOX_STATUSES).optional().catch(undefined),
  page: pageSchema,
});

export function readOutboxQuery(url: URL) {
  return outboxQuerySchema.parse({
    status: url.searchParams.get("stato") ?? undefined,
    page: url.searchParams.get("pagina") ?? undefined,
  });
}

export const idParamSchema = z.object({ id: z.uuid() });

export const notificationActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("read"), id: z.uuid(), pagina: pageSchema }),
  z.object({ intent: z.literal("open"), id: z.uuid(), pagina: pageSchema }),
  z.object({ intent: z.literal("readAll"), pagina: pageSchema }),
]);

/** One radio group per configurable kind, each limited to the modes that kind allows. */
export function preferencesSchema() {
  const shape: Record<string, z.ZodType<DeliveryMode>> = {};
  for (const kind of CONFIGURABLE_KINDS) {
    const modes = allowedModes(kind) as [DeliveryMode, ...DeliveryMode[]];
    shape[kind] = z.enum(modes, { message: "validation.choice" });
  }
  return z.object(shape);
}
