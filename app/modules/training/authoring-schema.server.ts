// Authoring forms (courses, modules, the quiz form's intents): zod schemas, server only.
import * as z from "zod";
import type { MessageKey } from "~/i18n";
import type { QuizIntent } from "./authoring-fields";

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Words the authoring URLs use themselves: a course may not take them as its slug. */
const RESERVED_SLUGS = new Set(["nuovo"]);

const text = (max: number, tooLong: MessageKey) => z.string().trim().max(max, tooLong);
const required = (max: number, missing: MessageKey, tooLong: MessageKey) =>
  z.string({ error: missing }).trim().min(1, missing).max(max, tooLong);
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const blankToNull = (v: unknown) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v);
const decimal = (v: unknown) => (typeof v === "string" ? Number(v.trim().replace(",", ".")) : v);

export const courseSlugSchema = z
  .string({ error: "authoring.course.slugRequired" })
  .trim()
  .min(1, "authoring.course.slugRequired")
  .max(80, "authoring.course.slugFormat")
  .regex(SLUG, "authoring.course.slugFormat")
  .refine((s) => !RESERVED_SLUGS.has(s), "authoring.course.slugReserved");

export const courseFieldsSchema = z.object({
  title: required(200, "authoring.course.titleRequired", "authoring.field.tooLong"),
  summary: text(500, "authoring.field.tooLong").default(""),
  bodyMd: text(50_000, "authoring.field.tooLong").default(""),
  audience: z.enum(["candidate", "guardian", "all"], { error: "authoring.course.audienceInvalid" }),
  mandatory: checkbox,
  hours: z.preprocess(
    decimal,
    z.number({ error: "authoring.course.hoursInvalid" }).min(0, "authoring.course.hoursInvalid").max(999, "authoring.course.hoursInvalid"),
  ),
  validityMonths: z.preprocess(
    blankToNull,
    z.coerce
      .number({ error: "authoring.course.validityInvalid" })
      .int("authoring.course.validityInvalid")
      .min(1, "authoring.course.validityInvalid")
      .max(240, "authoring.course.validityInvalid")
      .nullable(),
  ),
  renewsCourseId: z.preprocess(blankToNull, z.uuid("authoring.course.renewsInvalid").nullable()),
  status: z.enum(["draft", "published"], { error: "authoring.course.statusInvalid" }),
});
export type CourseFields = z.infer<typeof courseFieldsSchema>;

export const newCourseSchema = courseFieldsSchema.extend({ slug: courseSlugSchema });
export type NewCourse = z.infer<typeof newCourseSchema>;

export const moduleFieldsSchema = z.object({
  title: required(200, "authoring.module.titleRequired", "authoring.field.tooLong"),
  summary: text(500, "authoring.field.tooLong").default(""),
  minutes: z.preprocess(
    blankToNull,
    z.coerce
      .number({ error: "authoring.module.minutesInvalid" })
      .int("authoring.module.minutesInvalid")
      .min(1, "authoring.module.minutesInvalid")
      .max(600, "authoring.module.minutesInvalid"),
  ),
  bodyMd: z
    .string({ error: "authoring.module.bodyRequired" })
    .max(100_000, "authoring.field.tooLong")
    .refine((s) => s.trim().length > 0, "authoring.module.bodyRequired"),
});
export type ModuleFields = z.infer<typeof moduleFieldsSchema>;

export const moduleIntentSchema = z.enum(["save", "publish", "preview"]);
export type ModuleIntent = z.infer<typeof moduleIntentSchema>;

export const courseIntentSchema = z.union([
  z.literal("save"),
  z.templateLiteral([z.enum(["up", "down", "archive", "unarchive"]), ":", z.uuid()]),
]);

export const quizIntentSchema = z
  .string()
  .regex(/^(save|add-question|(remove-question|up-question|down-question|add-option):\d{1,3}|remove-option:\d{1,3}:\d{1,3})$/)
  .transform((v) => v as QuizIntent);
