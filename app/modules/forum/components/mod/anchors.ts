// Addresses of the moderation pages, shared by the server (notification links) and the pages.
import { MODERATION_PATH } from "../../paths";

export const MODERATION_LOG_PATH = `${MODERATION_PATH}/registro`;
export const topicModerationPath = (topicId: string) => `/forum/argomenti/${topicId}/moderazione`;
export const flagPostPath = (postId: string) => `/forum/messaggi/${postId}/segnala`;
export const hidePostPath = (postId: string) => `/forum/messaggi/${postId}/nascondi`;

/** Prefix of a post's item in the moderation queue (its id follows). */
export const QUEUE_ANCHOR_PREFIX = "segnalazione-";
export const queueAnchor = (postId: string) => `${QUEUE_ANCHOR_PREFIX}${postId}`;
/** A post's place in the queue: where a flag notification leads the moderators. */
export const queueItemPath = (postId: string) => `${MODERATION_PATH}#${queueAnchor(postId)}`;

/** Puts `?esito=<code>` (or `&esito=`) before a location's anchor. */
export function withOutcome(location: string, code: string): string {
  const hash = location.indexOf("#");
  const path = hash === -1 ? location : location.slice(0, hash);
  const anchor = hash === -1 ? "" : location.slice(hash);
  return `${path}${path.includes("?") ? "&" : "?"}esito=${encodeURIComponent(code)}${anchor}`;
}
