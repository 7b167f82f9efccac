// The answer-template form's limit, without zod (the browser loads this module; the schema is in
// ./templates-schema.server).
export const TEMPLATE_TITLE_MAX = 120;

export type TemplateInput = { title: string; body: string };
