// Zod schemas of Consulenze legali's forms and URL parameters (server only). Error messages are
// catalog keys.
import * as z from "zod";
import { BODY_MAX, CATEGORIES, CONSULTANT_TARGETS, STATUSES, SUBJECT_MAX } from "./constants";

const trimmed = (max: number, requiredKey = "validation.required") =>
  z
    .string(requiredKey)
    .trim()
    .min(1, requiredKey)
    .max(max, "validation.tooLong");

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .optional()
    .transform((v) => (v ? v : null));

const isoDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null))
  // A real calendar date: "2026-02-31" parses in JavaScript but is not one.
  .refine((v) => v === null || (/^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v), "consultations.validation.date");

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("1")])
  .optional()
  .transform((v) => v !== undefined);

export const requestSchema = z
  .object({
    category: z.enum(CATEGORIES, "consultations.validation.category"),
    subject: trimmed(SUBJECT_MAX, "consultations.validation.subject"),
    description: trimmed(BODY_MAX, "consultations.validation.description"),
    minorId: z
      .union([z.uuid("validation.choice"), z.literal("")])
      .optional()
      .transform((v) => (v ? v : null)),
    urgent: checkbox,
    urgencyReason: optionalText(1000),
    deadlineDate: isoDate,
    districtCode: z.enum(["MI", "BS"], "validation.district").optional(),
  })
  .superRefine((v, ctx) => {
    if (v.urgent && !v.urgencyReason) {
      ctx.addIssue({ code: "custom", path: ["urgencyReason"], message: "consultations.validation.urgencyReason" });
    }
  });
export type RequestInput = z.infer<typeof requestSchema>;

/** Step one of a new request: the subject, to look for FAQ entries first (GET parameters). */
export const draftQuerySchema = z.object({
  subject: z.string().trim().max(SUBJECT_MAX).optional().catch(undefined),
  category: z.enum(CATEGORIES).optional().catch(undefined),
  minorId: z.uuid().optional().catch(undefined),
});

export const threadActionSchema = z.discriminatedUnion("intent", [
  // Guardian
  z.object({ intent: z.literal("message"), body: trimmed(BODY_MAX, "consultations.validation.body") }),
  z.object({ intent: z.literal("close") }),
  z.object({
    intent: z.literal("rate"),
    score: z.coerce.number("consultations.validation.score").int("consultations.validation.score").min(1, "consultations.validation.score").max(5, "consultations.validation.score"),
    comment: optionalText(2000),
  }),
  // Consultant
  z.object({ intent: z.literal("take") }),
  z.object({ intent: z.literal("assign"), assigneeId: z.uuid("validation.choice") }),
  z.object({
    intent: z.literal("reply"),
    body: trimmed(BODY_MAX, "consultations.validation.body"),
    nextStatus: z.enum(CONSULTANT_TARGETS, "validation.choice").default("in_charge"),
  }),
  z.object({ intent: z.literal("note"), note: trimmed(BODY_MAX, "consultations.validation.body") }),
  z.object({ intent: z.literal("status"), status: z.enum(CONSULTANT_TARGETS, "validation.choice") }),
]);
export type ThreadAction = z.infer<typeof threadActionSchema>;

const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

/** Queue filters (?stato, ?categoria, ?urgenza, ?assegnatario, ?scadenza=24h|scadute, ?distretto, ?pagina); bad values mean "no filter". */
export const queueQuerySchema = z.object({
  status: z.union([z.enum(STATUSES), z.literal("open"), z.literal("all")]).catch("open").default("open"),
  category: z.enum(CATEGORIES).optional().catch(undefined),
  urgency: z.enum(["urgent", "normal"]).optional().catch(undefined),
  // "me", "none" or a consultant's id.
  assignee: z.union([z.literal("me"), z.literal("none"), z.uuid()]).optional().catch(undefined),
  // The two lists of the service level.
  list: z.enum(["due24h", "overdue"]).optional().catch(undefined),
  district: z.enum(["MI", "BS"]).optional().catch(undefined),
  page: pageSchema,
});
export type QueueQuery = z.infer<typeof queueQuerySchema>;

export function readQueueQuery(url: URL): QueueQuery {
  const p = url.searchParams;
  return queueQuerySchema.parse({
    status: p.get("stato") ?? undefined,
    category: p.get("categoria") || undefined,
    urgency: p.get("urgenza") || undefined,
    assignee: p.get("assegnatario") || undefined,
    list: ({ "24h": "due24h", scadute: "overdue" } as Record<string, string>)[p.get("scadenza") ?? ""],
    district: p.get("distretto") || undefined,
    page: p.get("pagina") ?? undefined,
  });
}

export const idParam = z.uuid();

/** ?distretto= of the reports (anything else: all the districts the user may see). */
export const reportDistrictParam = z.enum(["MI", "BS"]).optional().catch(undefined);
