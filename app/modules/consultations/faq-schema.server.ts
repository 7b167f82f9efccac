// Zod schemas of the FAQ pages (search parameters, the entry form, the review buttons), server
// only; error messages are catalog keys.
import * as z from "zod";
import { CATEGORIES } from "./constants";
import { FAQ_ANSWER_MAX, FAQ_QUERY_MAX, FAQ_QUESTION_MAX } from "./faq-fields";

// Control characters (NUL above all) cannot reach PostgreSQL's text functions.
const withoutControls = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, " ");

const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

/** ?q= (web-search syntax; blank means browse), ?categoria=, ?pagina=. A bad category means "all". */
export const faqQuerySchema = z.object({
  q: z
    .string()
    .transform(withoutControls)
    .pipe(z.string().trim().max(FAQ_QUERY_MAX, "faq.search.tooLong"))
    .optional()
    .transform((q) => (q ? q : null)),
  category: z.enum(CATEGORIES).optional().catch(undefined),
  page: pageSchema,
});
export type FaqQuery = z.infer<typeof faqQuerySchema>;

export function readFaqQuery(params: URLSearchParams):
  | { ok: true; query: FaqQuery }
  | { ok: false; q: string; category: FaqQuery["category"]; error: "faq.search.tooLong" } {
  const raw = { q: params.get("q") ?? undefined, category: params.get("categoria") || undefined, page: params.get("pagina") ?? undefined };
  const parsed = faqQuerySchema.safeParse(raw);
  if (parsed.success) return { ok: true, query: parsed.data };
  const category = z.enum(CATEGORIES).safeParse(raw.category);
  return { ok: false, q: (raw.q ?? "").slice(0, FAQ_QUERY_MAX), category: category.success ? category.data : undefined, error: "faq.search.tooLong" };
}

const text = (max: number, requiredKey: "faq.validation.question" | "faq.validation.answer") =>
  z
    .string(requiredKey)
    .transform((s) => s.replace(/\u0000/g, ""))
    .pipe(z.string().trim().min(1, requiredKey).max(max, "validation.tooLong"));

/** The fields of an entry (new or edited). */
export const faqFieldsSchema = z.object({
  category: z.enum(CATEGORIES, "faq.validation.category"),
  question: text(FAQ_QUESTION_MAX, "faq.validation.question").refine((q) => q.length === 0 || q.length >= 10, "faq.validation.questionShort"),
  answer: text(FAQ_ANSWER_MAX, "faq.validation.answer").refine((a) => a.length === 0 || a.length >= 20, "faq.validation.answerShort"),
});
export type FaqFields = z.infer<typeof faqFieldsSchema>;

/** The new-entry form: save a draft, or save it and submit it for review at once. */
export const faqCreateSchema = faqFieldsSchema.extend({
  intent: z.enum(["save", "submit"], "validation.choice").catch("save"),
});

/** The buttons of the editor: field changes (save / save and submit) and review decisions. */
export const faqEditSchema = z.discriminatedUnion(
  "intent",
  [
    faqFieldsSchema.extend({ intent: z.literal("save") }),
    faqFieldsSchema.extend({ intent: z.literal("submit") }),
    z.object({ intent: z.literal("publish") }),
    z.object({ intent: z.literal("sendBack") }),
    z.object({ intent: z.literal("unpublish") }),
  ],
  "validation.choice",
);
export type FaqEditAction = z.infer<typeof faqEditSchema>;

export const faqIdParam = z.uuid();
