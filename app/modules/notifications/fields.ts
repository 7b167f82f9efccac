// The notifications pages' choices without zod (the browser loads this module; the schemas are in
// ./schema.server).
import type { OutboxStatus } from "../../../db/schema/notifications";

// Kept here (not imported from db/schema) so a page component never pulls drizzle into the browser.
export const OUTBOX_STATUSES = ["pending", "sending", "sent", "failed"] as const satisfies readonly OutboxStatus[];
