// A request's page parameters, parsed with zod: ?esito= after a form of the thread.
import * as z from "zod";
import { THREAD_OUTCOMES } from "./forms.server";

/** ?esito=: "inviata" after a new request, or the outcome of a thread's form. */
export const threadOutcomeSchema = z.enum(["inviata", ...Object.values(THREAD_OUTCOMES)]);
