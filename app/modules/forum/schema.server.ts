// Zod schemas of the forum's forms and URL parameters. Error messages are catalog keys.
import * as z from "zod";
import { BODY_MAX, TITLE_MAX, TITLE_MIN, WATCH_LEVELS } from "./fields";

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

export const idParam = z.uuid();
export const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

/** The watch form of a topic's page. */
export const topicWatchSchema = z.object({ level: z.enum(WATCH_LEVELS), pagina: pageParam });

/** The intents of a topic's moderation page. */
export const topicModerationIntentSchema = z.enum(["pin", "unpin", "lock", "unlock", "move", "rename"]);

/** An action on a post of the moderation queue. */
export const queueActionSchema = z.object({ intent: z.enum(["hide", "dismiss"]), postId: z.uuid() });

/** The solution form of a Q&A topic: mark a reply as the answer, or take it back. */
export const solutionIntentSchema = z.enum(["mark", "unmark"]);
