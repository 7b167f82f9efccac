// The forum's form limits and choices, without zod: the browser loads this module, the schemas
// that use it stay on the server (./schema.server).
export const TITLE_MIN = 5;
export const TITLE_MAX = 150;
export const BODY_MAX = 20_000;
/** Posts per page of a topic; a post's page is ceil(number / POSTS_PER_PAGE). */
export const POSTS_PER_PAGE = 20;
export const TOPICS_PER_PAGE = 25;

/**
 * How closely a member follows a topic or category (FORUM_WATCH_LEVELS in db/schema: repeated
 * there because this module is loaded in the browser, which must not pull in the database schema).
 */
export const WATCH_LEVELS = ["watching", "normal", "muted"] as const;
export type WatchLevel = (typeof WATCH_LEVELS)[number];

/** ?filtro= of a Q&A category's list. */
export const SOLVED_FILTERS = ["tutte", "risolte", "non-risolte"] as const;
export type SolvedFilter = (typeof SOLVED_FILTERS)[number];
