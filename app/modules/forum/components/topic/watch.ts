// The watch levels of a topic as the page offers them (the same values as FORUM_WATCH_LEVELS in
// the schema, kept here so the browser bundle does not import the database schema).
export const WATCH_LEVELS = ["watching", "normal", "muted"] as const;
export type WatchLevel = (typeof WATCH_LEVELS)[number];
