// The forum's addresses (stable: bookmarks, e-mails and tests use them). Slugs of categories
// never take the names of the fixed sub-paths.
import { POSTS_PER_PAGE } from "./fields";

export const FORUM_PATH = "/forum";
export const RESERVED_SLUGS = ["argomenti", "messaggi", "cerca", "moderazione", "nuovo", "nuova", "categorie"] as const;

export const categoryPath = (slug: string) => `/forum/${slug}`;
export const newTopicPath = (slug: string) => `/forum/${slug}/nuovo`;
export const topicPath = (topicId: string, page = 1) =>
  page > 1 ? `/forum/argomenti/${topicId}?pagina=${page}` : `/forum/argomenti/${topicId}`;
/** Redirects to the first post the user has not read. */
export const firstUnreadPath = (topicId: string) => `/forum/argomenti/${topicId}/non-letti`;
/** A post's permanent address: redirects to its page and anchor. */
export const postPath = (postId: string) => `/forum/messaggi/${postId}`;
export const postAnchor = (number: number) => `m${number}`;
export const pageOf = (number: number) => Math.max(1, Math.ceil(number / POSTS_PER_PAGE));
/** Where a post is shown: its topic's page and the anchor. */
export const postLocation = (topicId: string, number: number) => `${topicPath(topicId, pageOf(number))}#${postAnchor(number)}`;
export const SEARCH_PATH = "/forum/cerca";
export const MODERATION_PATH = "/forum/moderazione";
