// Training events: the pure rules, choices and dates (./events-rules, also in the browser) and the
// forms' zod schemas (./events-schema.server, server only).
export * from "./events-rules";
export * from "./events-schema.server";
