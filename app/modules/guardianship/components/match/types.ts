// Shapes shared by the appointment desk's route and components (browser-safe).
import type { FieldErrors } from "~/utils/forms";

export const MATCH_INTENTS = ["propose", "withdraw", "decree", "end", "close"] as const;
export type MatchIntent = (typeof MATCH_INTENTS)[number];

/** What a refused action sends back: the message per field (`_form`: the whole form) and the input. */
export type MatchResult = { intent: MatchIntent | null; errors: FieldErrors; values: Record<string, string> };

/** One appointment of the minor's history, as the page shows it. */
export interface AppointmentRow {
  id: string;
  status: "proposed" | "declined" | "accepted" | "active" | "ended" | "withdrawn";
  guardianName: string;
  proposedAt: Date | string;
  respondedAt: Date | string | null;
  declineReason: string | null;
  decreeDate: string | null;
  endedAt: Date | string | null;
  endReason: string | null;
  overrideReason: string | null;
}
