// The user administration's filters and forms: choices and addresses (./fields, also in the
// browser) and the zod schemas (./schema.server, server only).
export * from "./fields";
export * from "./schema.server";
