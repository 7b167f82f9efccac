// Shapes the thread components receive from the request page's loader and action (types only).
import type { ThreadActionData, ThreadIntent } from "../../forms.server";
import type { consultantThread, guardianThread } from "../../requests.server";

export type GuardianThreadData = Awaited<ReturnType<typeof guardianThread>>;
export type ConsultantThreadData = Awaited<ReturnType<typeof consultantThread>>;
export type RequestData = GuardianThreadData["request"];
export type MessageData = GuardianThreadData["messages"][number];
export type AttachmentData = GuardianThreadData["attachments"][number];
export type EventData = GuardianThreadData["events"][number];
export type NoteData = ConsultantThreadData["notes"][number];
export type { ThreadActionData, ThreadIntent };

/** The action's result when it belongs to this form: a draft never moves to another form. */
export function resultFor(result: ThreadActionData | undefined, intent: ThreadIntent): ThreadActionData | null {
  return result && result.intent === intent ? result : null;
}
