// The FAQ page's URL parameters and form schema: bad values fall back or come back as catalog keys.
import { describe, expect, it } from "vitest";
import { faqCreateSchema, faqEditSchema, readFaqOutcome, readFaqQuery } from "../../../app/modules/consultations/faq-schema";

const params = (s: string) => new URLSearchParams(s);

describe("FAQ query parameters", () => {
  it("reads q, categoria and pagina; bad topic and page fall back", () => {
    expect(readFaqQuery(params("q=%20permessi%20&categoria=health&pagina=2"))).toEqual({ ok: true, query: { q: "permessi", category: "health", page: 2 } });
    expect(readFaqQuery(params("q=&categoria=astrology&pagina=-1"))).toEqual({ ok: true, query: { q: null, category: undefined, page: 1 } });
    expect(readFaqQuery(params(""))).toEqual({ ok: true, query: { q: null, category: undefined, page: 1 } });
  });

  it("turns control characters into spaces and refuses queries over 200 characters", () => {
    expect(readFaqQuery(params(`q=${encodeURIComponent("perm\u0000esso")}`))).toMatchObject({ ok: true, query: { q: "perm esso" } });
    const long = readFaqQuery(params(`q=${"x".repeat(201)}&categoria=school`));
    expect(long).toEqual({ ok: false, q: "x".repeat(200), category: "school", error: "faq.search.tooLong" });
  });

  it("knows the outcomes after a redirect and ignores others", () => {
    expect(readFaqOutcome(params("esito=pubblicata"))).toBe("faq.outcome.published");
    expect(readFaqOutcome(params("esito=toString"))).toBeNull();
    expect(readFaqOutcome(params(""))).toBeNull();
  });
});

describe("FAQ entry form", () => {
  const ok = { category: "school", question: "Una scuola può rifiutare l'iscrizione?", answer: "No, l'iscrizione è un diritto in ogni momento." };

  it("trims, defaults the intent to save and refuses short or missing fields", () => {
    expect(faqCreateSchema.parse({ ...ok, question: `  ${ok.question}  ` })).toEqual({ ...ok, intent: "save" });
    const bad = faqCreateSchema.safeParse({ category: "x", question: "corta", answer: "" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["category", "faq.validation.category"],
      ["question", "faq.validation.questionShort"],
      ["answer", "faq.validation.answer"],
    ]);
  });

  it("accepts the review intents without fields and refuses unknown intents", () => {
    expect(faqEditSchema.parse({ intent: "publish" })).toEqual({ intent: "publish" });
    expect(faqEditSchema.parse({ intent: "submit", ...ok })).toEqual({ intent: "submit", ...ok });
    expect(faqEditSchema.safeParse({ intent: "delete" }).success).toBe(false);
  });
});
