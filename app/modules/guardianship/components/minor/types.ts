// Shapes shared by the minor's page route, its action handler and its components (browser-safe).
import type { FieldErrors } from "~/utils/forms";

export const MINOR_INTENTS = ["done", "reopen", "addDeadline", "deleteDeadline", "addFlag", "removeFlag", "addNote"] as const;
export type MinorIntent = (typeof MINOR_INTENTS)[number];

/** Outcomes shown once after the redirect (?esito=…), in Italian like the rest of the URLs. */
export const MINOR_OUTCOMES = {
  done: "scadenza-fatta",
  reopen: "scadenza-riaperta",
  addDeadline: "scadenza-aggiunta",
  deleteDeadline: "scadenza-eliminata",
  addFlag: "segnalazione-aggiunta",
  removeFlag: "segnalazione-rimossa",
  addNote: "nota-aggiunta",
} as const satisfies Record<MinorIntent, string>;

/** Where each outcome sends the reader back to on the page. */
export const MINOR_ANCHORS: Record<MinorIntent, string> = {
  done: "scadenze",
  reopen: "scadenze",
  addDeadline: "scadenze",
  deleteDeadline: "scadenze",
  addFlag: "segnalazioni",
  removeFlag: "segnalazioni",
  addNote: "diario",
};

/** A refused form: the message per field (`_form`: the whole form), the input kept, and which row's form it was. */
export type MinorResult = { intent: MinorIntent | null; target: string | null; errors: FieldErrors; values: Record<string, string> };

/** The part of a refused form a section needs: its errors and kept input, if that form was the one sent. */
export function resultFor(result: MinorResult | undefined, intent: MinorIntent, target: string | null = null) {
  if (!result || result.intent !== intent || result.target !== target) return { errors: {} as FieldErrors, values: {} as Record<string, string> };
  return { errors: result.errors, values: result.values };
}

export type DateLike = Date | string;

export interface DeadlineView {
  id: string;
  kind: "eighteenth_birthday" | "prosieguo_request" | "permit_conversion" | "permit_expiry" | "plan_review" | "manual";
  title: string | null;
  dueDate: string;
  remindDaysBefore: number[];
  state: "done" | "overdue" | "soon" | "later";
  doneAt: DateLike | null;
  doneByName: string | null;
  deletable: boolean;
}

export interface FlagView {
  id: string;
  reason: string;
  addressBy: string | null;
  overdue: boolean;
  raisedByName: string | null;
  raisedAt: DateLike;
  removedAt: DateLike | null;
  removedByName: string | null;
  removalReason: string | null;
}

export interface NoteView {
  id: string;
  body: string;
  createdAt: DateLike;
}
