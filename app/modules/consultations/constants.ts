// Consulenze legali: the lists shared by pages and server code. Kept here (not imported from
// db/schema) so a page component never pulls drizzle into the browser.
import type { AttachmentType, ConsultationCategory, ConsultationStatus, FaqStatus } from "../../../db/schema/consultations";

export type { AttachmentType, ConsultationCategory, ConsultationStatus, FaqStatus };

export const CATEGORIES = [
  "residence_permit",
  "international_protection",
  "age_assessment",
  "health",
  "school",
  "turning_18",
  "family",
  "reception",
  "other",
] as const satisfies readonly ConsultationCategory[];

export const STATUSES = ["new", "in_charge", "waiting_guardian", "answered", "closed"] as const satisfies readonly ConsultationStatus[];

/** Statuses in which the request is still being worked on. */
export const OPEN_STATUSES = ["new", "in_charge", "waiting_guardian", "answered"] as const satisfies readonly ConsultationStatus[];

/** Statuses in which a response may be owed and the service-level clock runs. */
export const CLOCK_STATUSES = ["new", "in_charge"] as const satisfies readonly ConsultationStatus[];

export const FAQ_STATUSES = ["draft", "in_review", "published"] as const satisfies readonly FaqStatus[];

export const ATTACHMENT_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const satisfies readonly AttachmentType[];
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Service levels, in working days (weekends and Italian public holidays excluded). */
export const SLA = {
  firstResponse: 3,
  firstResponseUrgent: 1,
  followUp: 5,
  /** Reminder to the guardian after this many working days of "waiting for the guardian". */
  waitingReminder: 5,
} as const;

/** An answered request closes by itself after this many days unless the guardian writes again. */
export const AUTO_CLOSE_DAYS = 14;

export const SUBJECT_MAX = 160;
export const BODY_MAX = 20_000;

/** Statuses a consultant may set when replying or by hand. */
export const CONSULTANT_TARGETS = ["in_charge", "waiting_guardian", "answered", "closed"] as const;
