// The coordinators' minors list: its URL filters, read with zod.
import * as z from "zod";
import { MINOR_STATUS_FILTERS, SEARCH_MAX } from "./query";

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
