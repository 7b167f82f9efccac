// The FAQ pages without zod: field limits, page sizes and the outcomes shown after a redirect (the
// browser loads this module; the schemas are in ./faq-schema.server).
import { BODY_MAX } from "./constants";

export const FAQ_QUESTION_MAX = 300;
export const FAQ_ANSWER_MAX = BODY_MAX;
export const FAQ_QUERY_MAX = 200;
/** Results per page of a search, and entries per page when browsing by category. */
export const FAQ_SEARCH_PAGE_SIZE = 10;
export const FAQ_BROWSE_PAGE_SIZE = 50;

/** Outcomes shown after a redirect (?esito=), by their Italian URL word. */
export const FAQ_OUTCOMES = {
  creata: "faq.outcome.created",
  salvata: "faq.outcome.saved",
  inviata: "faq.outcome.submitted",
  pubblicata: "faq.outcome.published",
  rimandata: "faq.outcome.sentBack",
  ritirata: "faq.outcome.unpublished",
} as const;
export type FaqOutcome = keyof typeof FAQ_OUTCOMES;

export function readFaqOutcome(params: URLSearchParams): (typeof FAQ_OUTCOMES)[FaqOutcome] | null {
  const key = params.get("esito");
  return key && Object.prototype.hasOwnProperty.call(FAQ_OUTCOMES, key) ? FAQ_OUTCOMES[key as FaqOutcome] : null;
}
