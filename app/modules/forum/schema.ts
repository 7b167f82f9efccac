// The forum's forms and URL parameters: limits and choices (./fields, also in the browser) and
// their zod schemas (./schema.server, server only). Error messages are catalog keys.
export * from "./fields";
export * from "./schema.server";
