// The category page's address parameters (?pagina, ?filtro) and the watch form, in a plain
// module the browser may load too.
import * as z from "zod";
import { categoryPath } from "../../paths";
import { pageParam, SOLVED_FILTERS, WATCH_LEVELS, type SolvedFilter } from "../../schema";

export { SOLVED_FILTERS, WATCH_LEVELS, type SolvedFilter, type WatchLevel } from "../../schema";

export const watchSchema = z.object({
  intent: z.literal("watch", "forumlist.watch.error"),
  level: z.enum(WATCH_LEVELS, "forumlist.watch.error"),
});

/** ?pagina=N (anything odd: 1) and, in Q&A categories, ?filtro= (anything odd: all). */
export function readListQuery(url: URL, qa: boolean): { page: number; filter: SolvedFilter } {
  const page = pageParam.parse(url.searchParams.get("pagina") ?? undefined);
  const raw = url.searchParams.get("filtro");
  const filter = qa && (SOLVED_FILTERS as readonly string[]).includes(raw ?? "") ? (raw as SolvedFilter) : "tutte";
  return { page, filter };
}

/** The one address of a page of a category's list. */
export function categoryListHref(slug: string, { page = 1, filter = "tutte" }: { page?: number; filter?: SolvedFilter } = {}): string {
  const params = new URLSearchParams();
  if (filter !== "tutte") params.set("filtro", filter);
  if (page > 1) params.set("pagina", String(page));
  const query = params.toString();
  return query ? `${categoryPath(slug)}?${query}` : categoryPath(slug);
}
