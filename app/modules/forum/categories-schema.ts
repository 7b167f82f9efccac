// The admins' category form: choices, limits and shown values (./categories-fields, also in the
// browser) and the zod schema (./categories-schema.server, server only).
export * from "./categories-fields";
export * from "./categories-schema.server";
