// The category page's addresses (?pagina, ?filtro), in a plain module the browser loads too; the
// parsing of the address and of the watch form, with zod, is in ./query.server.
import { categoryPath } from "../../paths";
import type { SolvedFilter } from "../../fields";

export { SOLVED_FILTERS, WATCH_LEVELS, type SolvedFilter, type WatchLevel } from "../../fields";

/** The one address of a page of a category's list. */
export function categoryListHref(slug: string, { page = 1, filter = "tutte" }: { page?: number; filter?: SolvedFilter } = {}): string {
  const params = new URLSearchParams();
  if (filter !== "tutte") params.set("filtro", filter);
  if (page > 1) params.set("pagina", String(page));
  const query = params.toString();
  return query ? `${categoryPath(slug)}?${query}` : categoryPath(slug);
}
