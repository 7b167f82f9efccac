// The confirmations the topic page shows after a redirect with `?esito=<code>` (its own actions,
// and the moderation routes').
import type { MessageKey } from "~/i18n";

export const TOPIC_OUTCOMES = [
  "pinned",
  "unpinned",
  "locked",
  "unlocked",
  "moved",
  "renamed",
  "hidden",
  "unhidden",
  "flagged",
  "solved",
  "unsolved",
  "deleted",
  "watching",
  "normal",
  "muted",
] as const;
export type TopicOutcome = (typeof TOPIC_OUTCOMES)[number];

export function isTopicOutcome(value: unknown): value is TopicOutcome {
  return typeof value === "string" && (TOPIC_OUTCOMES as readonly string[]).includes(value);
}

/** The message of `?esito=` when it is one of ours. */
export function outcomeMessage(params: URLSearchParams): MessageKey | null {
  const code = params.get("esito");
  return isTopicOutcome(code) ? (`forumtopic.outcome.${code}` as MessageKey) : null;
}
