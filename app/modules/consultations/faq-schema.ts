// The FAQ pages' forms and parameters: limits and outcomes (./faq-fields, also in the browser) and
// the zod schemas (./faq-schema.server, server only). Error messages are catalog keys.
export * from "./faq-fields";
export * from "./faq-schema.server";
