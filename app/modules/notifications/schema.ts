// The notifications pages' parameters and forms: the outbox statuses (./fields, also in the
// browser) and the zod schemas (./schema.server, server only).
export * from "./fields";
export * from "./schema.server";
