// The coordinators' minors list: the links that keep its URL filters (the browser loads this
// module; the filters are read with zod in ./query.server).
import type { MinorsQuery } from "./query.server";

export type { MinorsQuery } from "./query.server";

export const MINOR_STATUS_FILTERS = ["waiting", "with_guardian", "ended"] as const;
export type MinorStatusFilter = (typeof MINOR_STATUS_FILTERS)[number];
export const SEARCH_MAX = 80;

/** The search string for a district's list (or its CSV) with these filters; page 1 is left out. */
export function minorsSearch(district: string, query: Pick<MinorsQuery, "stato" | "q">, page = 1): string {
  const params = new URLSearchParams({ distretto: district });
  if (query.stato) params.set("stato", query.stato);
  if (query.q) params.set("q", query.q);
  if (page > 1) params.set("pagina", String(page));
  return params.toString();
}
