// The guardians' list (elenco) of a district: its URL filters, read with zod.
import * as z from "zod";
import { GUARDIAN_STATE_VALUES } from "../../fields";
import { ROSTER_SEARCH_MAX } from "./query";

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** Bad filter values mean "no filter" (a hand-edited URL still shows the list). */
export const rosterQuerySchema = z.object({
  stato: z.preprocess(blank, z.enum(GUARDIAN_STATE_VALUES).optional()).catch(undefined),
  disponibili: z.preprocess((v) => v === "1" || v === "on" || v === "true", z.boolean()).catch(false),
  q: z.preprocess(blank, z.string().trim().max(ROSTER_SEARCH_MAX).optional()).catch(undefined),
});
export type RosterQuery = z.infer<typeof rosterQuerySchema>;

export function readRosterQuery(params: URLSearchParams): RosterQuery {
  return rosterQuerySchema.parse({
    stato: params.get("stato") ?? undefined,
    disponibili: params.get("disponibili") ?? undefined,
    // NUL cannot be stored or compared in PostgreSQL text: dropped rather than failing with a 500.
    q: params.get("q")?.replaceAll("\u0000", "") ?? undefined,
  });
}
