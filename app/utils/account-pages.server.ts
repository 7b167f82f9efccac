// The account pages' own URL parameters and small forms (single-use links, the pledge), parsed with
// zod. Not at the top of their route modules, whose top-level code also goes to the browser; the
// account forms' schemas are in ~/modules/auth/schema.
import * as z from "zod";

/** /verifica-email/:token and /reimposta-password/:token: a single-use link's token. */
export const linkTokenParams = z.object({ token: z.string().regex(/^[a-z2-7]{32}$/) });

/** /impegno: accepting the confidentiality pledge. */
export const pledgeSchema = z.object({ accept: z.literal("on", { error: "auth.pledge.required" }), redirectTo: z.string().optional() });
