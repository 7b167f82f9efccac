// The training pages' own address parameters (?esito=, ?versione=, :id) and small intents, parsed
// with zod. They live here, not at the top of the route modules, whose top-level code also goes to
// the browser (and with it zod).
import * as z from "zod";
import type { MessageKey } from "~/i18n";
import { COURSE_OUTCOMES } from "./authoring-fields";

/** ?esito= of a course's management page (the messages are in COURSE_OUTCOMES). */
export const courseOutcomeSchema = z.enum(Object.keys(COURSE_OUTCOMES) as [keyof typeof COURSE_OUTCOMES]);

/** A module's page after saving: ?esito=&numero=. */
export const moduleOutcomeSchema = z.object({
  esito: z.enum(["salvato", "pubblicato", "invariato"]),
  numero: z.coerce.number().int().positive().optional(),
});

/** The quiz editor after saving: ?esito=&numero=. */
export const quizOutcomeSchema = z.object({ esito: z.enum(["salvato", "invariato"]), numero: z.coerce.number().int().positive() });

/** A module's versions page: ?versione= (shown), ?esito=ripristinata&numero=&da= (after a restore). */
export const versionsQuerySchema = z.object({
  versione: z.coerce.number().int().positive().optional().catch(undefined),
  esito: z.literal("ripristinata").optional().catch(undefined),
  numero: z.coerce.number().int().positive().optional().catch(undefined),
  da: z.coerce.number().int().positive().optional().catch(undefined),
});

/** The content conflicts page: ?esito= and the form's choice. */
export const conflictOutcomeSchema = z.enum(["portale", "file", "gia-risolto"]);
export const conflictResolutionSchema = z.enum(["kept_portal", "took_file"]);

/** ?esito= of the events list, with the message it shows. */
export const EVENTS_LIST_OUTCOMES = {
  iscritto: "events.outcome.registered",
  "in-attesa": "events.outcome.waitlisted",
  "iscrizione-annullata": "events.outcome.unregistered",
  annullato: "events.outcome.cancelled",
} as const satisfies Record<string, MessageKey>;
export const eventsListOutcomeSchema = z.enum(
  Object.keys(EVENTS_LIST_OUTCOMES) as [keyof typeof EVENTS_LIST_OUTCOMES, ...(keyof typeof EVENTS_LIST_OUTCOMES)[]],
);

/** ?esito= of an event's page, with the message it shows. */
export const EVENT_OUTCOMES = {
  creato: "events.outcome.created",
  salvato: "events.outcome.saved",
  annullato: "events.outcome.cancelled",
  iscritto: "events.outcome.registered",
  "in-attesa": "events.outcome.waitlisted",
  "iscrizione-annullata": "events.outcome.unregistered",
} as const satisfies Record<string, MessageKey>;
export const eventOutcomeSchema = z.enum(Object.keys(EVENT_OUTCOMES) as [keyof typeof EVENT_OUTCOMES, ...(keyof typeof EVENT_OUTCOMES)[]]);

/** /formazione/persone/:id */
export const personParamsSchema = z.object({ id: z.uuid() });
