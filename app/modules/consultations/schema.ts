// Consulenze legali's forms and URL parameters: the zod schemas (./schema.server, server only) and
// the consultants' target statuses (./constants, also in the browser).
export * from "./schema.server";
export { CONSULTANT_TARGETS } from "./constants";
