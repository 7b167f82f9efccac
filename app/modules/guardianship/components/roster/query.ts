// The guardians' list (elenco) of a district: the links that keep its URL filters (the browser
// loads this module; the filters are read with zod in ./query.server).
import type { RosterQuery } from "./query.server";

export type { RosterQuery } from "./query.server";

export const ROSTER_SEARCH_MAX = 80;
/** Internal notes are cut to this many characters in the list (the profile shows them whole). */
export const NOTES_PREVIEW = 80;

/** The search string of a district's list (or its CSV) with these filters. */
export function rosterSearch(district: string, query: RosterQuery): string {
  const params = new URLSearchParams({ distretto: district });
  if (query.stato) params.set("stato", query.stato);
  if (query.disponibili) params.set("disponibili", "1");
  if (query.q) params.set("q", query.q);
  return params.toString();
}
