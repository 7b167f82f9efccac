// The answer-template forms: the title's limit (./templates-fields, also in the browser) and the
// zod schemas (./templates-schema.server, server only).
export * from "./templates-fields";
export * from "./templates-schema.server";
