// Consulenze legali: a guardian's request to the district's legal consultants, its thread of
// visible messages, the consultants' internal notes (a separate table, so that no query written
// for the guardian can ever reach them), attachments stored in the database, the history of every
// change, answer templates and the anonymised FAQ.
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { districts } from "./districts";
import { minors } from "./guardianship";
import { tsz } from "./columns";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

export const CONSULTATION_CATEGORIES = [
  "residence_permit",
  "international_protection",
  "age_assessment",
  "health",
  "school",
  "turning_18",
  "family",
  "reception",
  "other",
] as const;
export type ConsultationCategory = (typeof CONSULTATION_CATEGORIES)[number];

export const CONSULTATION_STATUSES = ["new", "in_charge", "waiting_guardian", "answered", "closed"] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

const categoryCheck = (column: unknown) =>
  sql`${column} in ('residence_permit','international_protection','age_assessment','health','school','turning_18','family','reception','other')`;

export const consultations = pgTable(
  "consultations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Short reference shown to people ("n. 42").
    number: integer("number").generatedAlwaysAsIdentity().notNull().unique(),
    districtCode: text("district_code")
      .notNull()
      .references(() => districts.code),
    guardianId: uuid("guardian_id")
      .notNull()
      .references(() => users.id),
    minorId: uuid("minor_id").references(() => minors.id, { onDelete: "set null" }),
    category: text("category").$type<ConsultationCategory>().notNull(),
    subject: text("subject").notNull(),
    descriptionMd: text("description_md").notNull(),
    descriptionHtml: text("description_html").notNull(),
    urgent: boolean("urgent").notNull().default(false),
    urgencyReason: text("urgency_reason"),
    // A hearing or other deadline the guardian faces (a calendar date).
    deadlineDate: date("deadline_date", { mode: "string" }),
    status: text("status").$type<ConsultationStatus>().notNull().default("new"),
    assigneeId: uuid("assignee_id").references(() => users.id, { onDelete: "set null" }),
    // Service level: when the next response visible to the guardian is due; null when nothing is
    // owed. While the request waits for the guardian the clock is paused: dueAt stays as it was
    // and pausedAt records since when, so resuming moves dueAt by the working days spent waiting.
    dueAt: tsz("due_at"),
    pausedAt: tsz("paused_at"),
    firstResponseAt: tsz("first_response_at"),
    answeredAt: tsz("answered_at"),
    closedAt: tsz("closed_at"),
    // When the request last went to "waiting for the guardian", and whether the reminder went out.
    waitingSince: tsz("waiting_since"),
    reminderSentAt: tsz("reminder_sent_at"),
    ratingScore: integer("rating_score"),
    ratingComment: text("rating_comment"),
    ratedAt: tsz("rated_at"),
    lastActivityAt: tsz("last_activity_at").notNull().defaultNow(),
    createdAt: tsz("created_at").notNull().defaultNow(),
    updatedAt: tsz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("consultations_district_status_due_idx").on(t.districtCode, t.status, t.dueAt),
    index("consultations_guardian_idx").on(t.guardianId, t.lastActivityAt),
    index("consultations_assignee_idx").on(t.assigneeId, t.status),
    // The assignee filter of the consultants' queue: who was assigned in a district.
    index("consultations_district_assignee_idx").on(t.districtCode, t.assigneeId),
    index("consultations_answered_idx").on(t.status, t.answeredAt),
    check("consultations_category_valid", categoryCheck(t.category)),
    check("consultations_status_valid", sql`${t.status} in ('new','in_charge','waiting_guardian','answered','closed')`),
    check("consultations_rating_range", sql`${t.ratingScore} is null or ${t.ratingScore} between 1 and 5`),
    check("consultations_urgency_reason", sql`not ${t.urgent} or ${t.urgencyReason} is not null`),
  ],
);

export const MESSAGE_AUTHOR_ROLES = ["guardian", "consultant"] as const;
export type MessageAuthorRole = (typeof MESSAGE_AUTHOR_ROLES)[number];

/** Messages visible to the guardian: theirs and the consultants' replies. */
export const consultationMessages = pgTable(
  "consultation_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    authorRole: text("author_role").$type<MessageAuthorRole>().notNull(),
    bodyMd: text("body_md").notNull(),
    bodyHtml: text("body_html").notNull(),
    // For consultants' replies: the response that was due when it was written, and whether it
    // came in time (null when nothing was due). The service-level report counts these.
    dueAt: tsz("due_at"),
    onTime: boolean("on_time"),
    createdAt: tsz("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("consultation_messages_thread_idx").on(t.consultationId, t.createdAt),
    check("consultation_messages_role_valid", sql`${t.authorRole} in ('guardian','consultant')`),
  ],
);

/** Consultants' internal notes. Never joined into anything the guardian, an e-mail or an export sees. */
export const consultationNotes = pgTable(
  "consultation_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    bodyMd: text("body_md").notNull(),
    bodyHtml: text("body_html").notNull(),
    createdAt: tsz("created_at").notNull().defaultNow(),
  },
  (t) => [index("consultation_notes_thread_idx").on(t.consultationId, t.createdAt)],
);

export const ATTACHMENT_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export const consultationAttachments = pgTable(
  "consultation_attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    // The visible message it came with; null for the request's own attachments.
    messageId: uuid("message_id").references(() => consultationMessages.id, { onDelete: "cascade" }),
    uploaderId: uuid("uploader_id").references(() => users.id, { onDelete: "set null" }),
    filename: text("filename").notNull(),
    // Detected from the content, never taken from the browser.
    contentType: text("content_type").$type<AttachmentType>().notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    data: bytea("data").notNull(),
    createdAt: tsz("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("consultation_attachments_request_idx").on(t.consultationId),
    check("consultation_attachments_type_valid", sql`${t.contentType} in ('application/pdf','image/jpeg','image/png')`),
    check("consultation_attachments_size", sql`${t.size} > 0 and ${t.size} <= 10485760`),
  ],
);

export const CONSULTATION_EVENT_TYPES = [
  "created",
  "status",
  "assigned",
  "reply",
  "guardian_message",
  "note",
  "reopened",
  "auto_closed",
  "rated",
  "reminder",
] as const;
export type ConsultationEventType = (typeof CONSULTATION_EVENT_TYPES)[number];

/** Every change of a request: who and when. Notes appear here only as "a note was added". */
export const consultationEvents = pgTable(
  "consultation_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    type: text("type").$type<ConsultationEventType>().notNull(),
    fromStatus: text("from_status").$type<ConsultationStatus>(),
    toStatus: text("to_status").$type<ConsultationStatus>(),
    // Plain values only (an assignee's id, a rating); never text written by a consultant.
    details: jsonb("details").$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    createdAt: tsz("created_at").notNull().defaultNow(),
  },
  (t) => [index("consultation_events_thread_idx").on(t.consultationId, t.createdAt)],
);

/** Answer templates, per district, managed by its consultants. */
export const consultationTemplates = pgTable(
  "consultation_templates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    districtCode: text("district_code")
      .notNull()
      .references(() => districts.code),
    title: text("title").notNull(),
    bodyMd: text("body_md").notNull(),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    updatedAt: tsz("updated_at").notNull().defaultNow(),
    createdAt: tsz("created_at").notNull().defaultNow(),
  },
  (t) => [index("consultation_templates_district_idx").on(t.districtCode, t.title)],
);

export const FAQ_STATUSES = ["draft", "in_review", "published"] as const;
export type FaqStatus = (typeof FAQ_STATUSES)[number];

/**
 * FAQ entries: new, anonymised texts written by a consultant (often prompted by an answered
 * request) and reviewed by another consultant or an admin before publication. Shared by both
 * districts.
 */
export const faqEntries = pgTable(
  "faq_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    category: text("category").$type<ConsultationCategory>().notNull(),
    question: text("question").notNull(),
    answerMd: text("answer_md").notNull(),
    answerHtml: text("answer_html").notNull(),
    status: text("status").$type<FaqStatus>().notNull().default("draft"),
    // The request that prompted it; only consultants of its district ever see this link.
    sourceConsultationId: uuid("source_consultation_id").references(() => consultations.id, { onDelete: "set null" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    reviewerId: uuid("reviewer_id").references(() => users.id, { onDelete: "set null" }),
    publishedAt: tsz("published_at"),
    createdAt: tsz("created_at").notNull().defaultNow(),
    updatedAt: tsz("updated_at").notNull().defaultNow(),
    search: tsvector("search")
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('italian', coalesce(question, '')), 'A') || setweight(to_tsvector('italian', coalesce(answer_md, '')), 'B')`,
      ),
  },
  (t) => [
    index("faq_entries_search_idx").using("gin", t.search),
    index("faq_entries_status_category_idx").on(t.status, t.category),
    check("faq_entries_category_valid", categoryCheck(t.category)),
    check("faq_entries_status_valid", sql`${t.status} in ('draft','in_review','published')`),
  ],
);
