// Authoring forms (courses, modules, quizzes): the quiz form's field names and draft helpers
// (./authoring-fields, also in the browser) and the zod schemas (./authoring-schema.server,
// server only).
export * from "./authoring-fields";
export * from "./authoring-schema.server";
