// In-app notifications, per-kind delivery preferences and the transactional e-mail outbox.
import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { tsz } from "./columns";


export const DELIVERY_MODES = ["immediate", "daily", "never"] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    // Kind-specific data rendered through the catalogs; never free text about a minor.
    payload: jsonb("payload").$type<Record<string, string | number | null>>().notNull(),
    // Portal-relative link the notification leads to.
    link: text("link"),
    readAt: tsz("read_at"),
    // Set once the notification has gone out in a daily digest.
    digestedAt: tsz("digested_at"),
    createdAt: tsz("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("notifications_user_created_idx").on(t.userId, t.createdAt),
    index("notifications_unread_idx").on(t.userId).where(sql`${t.readAt} is null`),
    // The digest job looks for notifications still waiting for a digest, every minute.
    index("notifications_digest_idx").on(t.createdAt).where(sql`${t.digestedAt} is null`),
    check("notifications_link_relative", sql`${t.link} is null or ${t.link} like '/%'`),
  ],
);

export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    mode: text("mode").$type<DeliveryMode>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.kind] }),
    check("notification_preferences_mode_valid", sql`${t.mode} in ('immediate','daily','never')`),
  ],
);

export const OUTBOX_STATUSES = ["pending", "sending", "sent", "failed"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    // What produced the mail (e.g. "verify_email", "notification:forum_mention"), for admins.
    category: text("category").notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    status: text("status").$type<OutboxStatus>().notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: tsz("next_attempt_at").notNull().defaultNow(),
    lastError: text("last_error"),
    sentAt: tsz("sent_at"),
    createdAt: tsz("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("mail_outbox_status_valid", sql`${t.status} in ('pending','sending','sent','failed')`),
    index("mail_outbox_due_idx").on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index("mail_outbox_created_idx").on(t.createdAt),
  ],
);
