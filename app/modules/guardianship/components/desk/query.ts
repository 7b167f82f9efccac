// The coordinators' minors list: its URL filters (zod, browser-safe) and the links that keep them.
import * as z from "zod";

export const MINOR_STATUS_FILTERS = ["waiting", "with_guardian", "ended"] as const;
export type MinorStatusFilter = (typeof MINOR_STATUS_FILTERS)[number];
export const SEARCH_MAX = 80;

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** Bad filter values mean "no filter" (a hand-edited URL still shows the list). */
export const minorsQuerySchema = z.object({
  stato: z.preprocess(blank, z.enum(MINOR_STATUS_FILTERS).optional()).catch(undefined),
  q: z.preprocess(blank, z.string().trim().max(SEARCH_MAX).optional()).catch(undefined),
  pagina: z.preprocess(blank, z.coerce.number().int().min(1).max(100_000).default(1)).catch(1),
});
export type MinorsQuery = z.infer<typeof minorsQuerySchema>;

export function readMinorsQuery(params: URLSearchParams): MinorsQuery {
  return minorsQuerySchema.parse({
    stato: params.get("stato") ?? undefined,
    // NUL cannot be stored or compared in PostgreSQL text: dropped rather than failing with a 500.
    q: params.get("q")?.replaceAll("\u0000", "") ?? undefined,
    pagina: params.get("pagina") ?? undefined,
  });
}

/** The search string for a district's list (or its CSV) with these filters; page 1 is left out. */
export function minorsSearch(district: string, query: Pick<MinorsQuery, "stato" | "q">, page = 1): string {
  const params = new URLSearchParams({ distretto: district });
  if (query.stato) params.set("stato", query.stato);
  if (query.q) params.set("q", query.q);
  if (page > 1) params.set("pagina", String(page));
  return params.toString();
}
