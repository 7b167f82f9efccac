// Zod schemas of the forum's forms and URL parameters. Error messages are catalog keys.
import * as z from "zod";

export const TITLE_MIN = 5;
export const TITLE_MAX = 150;
export const BODY_MAX = 20_000;
/** Posts per page of a topic; a post's page is ceil(number / POSTS_PER_PAGE). */
export const POSTS_PER_PAGE = 20;
export const TOPICS_PER_PAGE = 25;

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("1")])
  .optional()
  .transform((v) => v !== undefined);

export const titleField = z
  .string("forum.error.titleRequired")
  .trim()
  .min(1, "forum.error.titleRequired")
  .min(TITLE_MIN, "forum.error.titleTooShort")
  .max(TITLE_MAX, "forum.error.titleTooLong");

export const bodyField = z
  .string("forum.error.bodyRequired")
  .trim()
  .min(1, "forum.error.bodyRequired")
  .max(BODY_MAX, "forum.error.bodyTooLong");

/** Field `confermaPrivacy`: the author confirmed the text after the personal-data warning. */
export const privacyConfirmField = checkbox;

export const topicSchema = z.object({
  title: titleField,
  body: bodyField,
  confermaPrivacy: privacyConfirmField,
});
export type TopicInput = z.infer<typeof topicSchema>;

export const postSchema = z.object({
  body: bodyField,
  confermaPrivacy: privacyConfirmField,
});
export type PostInput = z.infer<typeof postSchema>;

/** Editing the opening post may change the topic's title too. */
export const editSchema = z.object({
  title: titleField.optional(),
  body: bodyField,
  confermaPrivacy: privacyConfirmField,
});
export type EditInput = z.infer<typeof editSchema>;

/**
 * How closely a member follows a topic or category (FORUM_WATCH_LEVELS in db/schema: repeated
 * there because this module is loaded in the browser, which must not pull in the database schema).
 */
export const WATCH_LEVELS = ["watching", "normal", "muted"] as const;
export type WatchLevel = (typeof WATCH_LEVELS)[number];

/** ?filtro= of a Q&A category's list. */
export const SOLVED_FILTERS = ["tutte", "risolte", "non-risolte"] as const;
export type SolvedFilter = (typeof SOLVED_FILTERS)[number];

export const idParam = z.uuid();
export const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);
