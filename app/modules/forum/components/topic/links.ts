// Addresses used by the topic page: its own sub-pages (edit, versions, delete), the moderation
// helper's forms, and topic addresses with a query (quote, outcome) that keep the anchor last.
import { pageOf, postAnchor, topicPath } from "../../paths";

export const editPostPath = (postId: string) => `/forum/messaggi/${postId}/modifica`;
export const postHistoryPath = (postId: string) => `/forum/messaggi/${postId}/versioni`;
export const deletePostPath = (postId: string) => `/forum/messaggi/${postId}/elimina`;
export const flagPostPath = (postId: string) => `/forum/messaggi/${postId}/segnala`;
export const hidePostPath = (postId: string) => `/forum/messaggi/${postId}/nascondi`;
export const topicModerationPath = (topicId: string) => `/forum/argomenti/${topicId}/moderazione`;
export const topicSolutionPath = (topicId: string) => `/forum/argomenti/${topicId}/soluzione`;

/** Id of the reply box (the target of "Cita"). */
export const REPLY_ANCHOR = "rispondi";

/** Adds query parameters to a path that may already have some. */
export function withQuery(path: string, params: Record<string, string>): string {
  const query = new URLSearchParams(params).toString();
  if (!query) return path;
  return `${path}${path.includes("?") ? "&" : "?"}${query}`;
}

/** The topic page with the reply box pre-filled with a quote of the post. */
export const quotePath = (topicId: string, page: number, postId: string) =>
  `${withQuery(topicPath(topicId, page), { cita: postId })}#${REPLY_ANCHOR}`;

/** A post's place with an outcome message (`?esito=`), e.g. after a deletion. */
export const postOutcomePath = (topicId: string, number: number, outcome: string) =>
  `${withQuery(topicPath(topicId, pageOf(number)), { esito: outcome })}#${postAnchor(number)}`;
