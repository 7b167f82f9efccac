// The category page's address parameters (?pagina, ?filtro) and its watch form, parsed with zod.
import * as z from "zod";
import { SOLVED_FILTERS, WATCH_LEVELS, type SolvedFilter } from "../../fields";
import { pageParam } from "../../schema.server";

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
