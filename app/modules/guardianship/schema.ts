// The Tutele forms: choices and limits (./fields, also in the browser) and their zod schemas
// (./schema.server, server only). Error messages are catalog keys of the `tutele` area.
export * from "./fields";
export * from "./schema.server";
