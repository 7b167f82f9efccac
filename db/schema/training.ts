// Formazione: courses, modules with versions (content/ files and trainers' edits), quizzes,
// enrolments and progress, certificates, training events and their registrations.
import { relations, sql } from "drizzle-orm";
import {
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { districts } from "./districts";
import { tsz } from "./columns";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const COURSE_AUDIENCES = ["candidate", "guardian", "all"] as const;
export type CourseAudience = (typeof COURSE_AUDIENCES)[number];
export const PUBLICATION_STATES = ["draft", "published"] as const;
export type PublicationState = (typeof PUBLICATION_STATES)[number];

export interface QuizOption {
  id: string;
  text: string;
  correct: boolean;
}
export interface QuizQuestion {
  id: string;
  type: "single" | "multiple";
  text: string;
  options: QuizOption[];
  explanation: string;
}
export interface Quiz {
  passMark: number;
  questions: QuizQuestion[];
}

export const courses = pgTable(
  "courses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    bodyMd: text("body_md").notNull().default(""),
    bodyHtml: text("body_html").notNull().default(""),
    audience: text("audience").$type<CourseAudience>().notNull().default("all"),
    // Required to be listed in the juvenile court's elenco of volunteer guardians.
    mandatory: boolean("mandatory").notNull().default(false),
    hours: numeric("hours", { precision: 5, scale: 1, mode: "number" }).notNull().default(0),
    validityMonths: integer("validity_months"),
    renewsCourseId: uuid("renews_course_id").references((): AnyPgColumn => courses.id, { onDelete: "set null" }),
    status: text("status").$type<PublicationState>().notNull().default("draft"),
    position: integer("position").notNull().default(0),
    // Set when the course comes from content/; the hash of course.md as last imported.
    fileHash: text("file_hash"),
    createdAt: tsz("created_at").notNull().defaultNow(),
    updatedAt: tsz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    unique("courses_slug_unique").on(t.slug),
    check("courses_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check("courses_audience_valid", sql`${t.audience} in ('candidate','guardian','all')`),
    check("courses_status_valid", sql`${t.status} in ('draft','published')`),
    check("courses_hours_positive", sql`${t.hours} >= 0`),
    check("courses_validity_positive", sql`${t.validityMonths} is null or ${t.validityMonths} > 0`),
  ],
);

export const modules = pgTable(
  "modules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    position: integer("position").notNull(),
    // The newest version (what trainers edit) and the one learners read (null: never published).
    latestVersionId: uuid("latest_version_id").references((): AnyPgColumn => moduleVersions.id),
    publishedVersionId: uuid("published_version_id").references((): AnyPgColumn => moduleVersions.id),
    // Sync with content/: hash of the file as last imported, and the version made from it.
    filePath: text("file_path"),
    fileHash: text("file_hash"),
    fileVersionId: uuid("file_version_id").references((): AnyPgColumn => moduleVersions.id),
    archivedAt: tsz("archived_at"),
    createdAt: tsz("created_at").notNull().defaultNow(),
    updatedAt: tsz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    unique("modules_course_slug_unique").on(t.courseId, t.slug),
    check("modules_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    index("modules_course_idx").on(t.courseId, t.position),
  ],
);

export const MODULE_VERSION_SOURCES = ["file", "portal", "restore"] as const;
export type ModuleVersionSource = (typeof MODULE_VERSION_SOURCES)[number];

export const moduleVersions = pgTable(
  "module_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    moduleId: uuid("module_id")
      .notNull()
      .references(() => modules.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    minutes: integer("minutes").notNull(),
    bodyMd: text("body_md").notNull(),
    // Rendered, sanitised HTML of bodyMd, cached beside the source.
    bodyHtml: text("body_html").notNull(),
    quiz: jsonb("quiz").$type<Quiz | null>(),
    source: text("source").$type<ModuleVersionSource>().notNull(),
    fileHash: text("file_hash"),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    // Which version a restore copied.
    restoredFromId: uuid("restored_from_id").references((): AnyPgColumn => moduleVersions.id),
    search: tsvector("search").generatedAlwaysAs(
      (): ReturnType<typeof sql> =>
        sql`setweight(to_tsvector('italian', coalesce(title, '')), 'A') || setweight(to_tsvector('italian', coalesce(summary, '')), 'B') || setweight(to_tsvector('italian', coalesce(body_md, '')), 'C')`,
    ),
    createdAt: tsz("created_at").notNull().defaultNow(),
  },
  (t) => [
    unique("module_versions_number_unique").on(t.moduleId, t.number),
    check("module_versions_source_valid", sql`${t.source} in ('file','portal','restore')`),
    check("module_versions_minutes_positive", sql`${t.minutes} > 0 and ${t.minutes} <= 600`),
    index("module_versions_search_idx").using("gin", t.search),
  ],
);

// A content/ file changed after a trainer's edit: both versions are kept, trainers decide.
export const contentConflicts = pgTable(
  "content_conflicts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    moduleId: uuid("module_id")
      .notNull()
      .references(() => modules.id, { onDelete: "cascade" }),
    fileVersionId: uuid("file_version_id")
      .notNull()
      .references(() => moduleVersions.id, { onDelete: "cascade" }),
    portalVersionId: uuid("portal_version_id")
      .notNull()
      .references(() => moduleVersions.id, { onDelete: "cascade" }),
    fileHash: text("file_hash").notNull(),
    detectedAt: tsz("detected_at").notNull().defaultNow(),
    resolvedAt: tsz("resolved_at"),
    resolvedBy: uuid("resolved_by").references(() => users.id, { onDelete: "set null" }),
    resolution: text("resolution").$type<"kept_portal" | "took_file">(),
  },
  (t) => [
    unique("content_conflicts_module_hash_unique").on(t.moduleId, t.fileHash),
    check("content_conflicts_resolution_valid", sql`${t.resolution} is null or ${t.resolution} in ('kept_portal','took_file')`),
  ],
);

export const enrolments = pgTable(
  "enrolments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    enrolledAt: tsz("enrolled_at").notNull().defaultNow(),
    // Once set, never cleared: completion is not revoked when modules are added later.
    completedAt: tsz("completed_at"),
    lastActivityAt: tsz("last_activity_at").notNull().defaultNow(),
  },
  (t) => [unique("enrolments_user_course_unique").on(t.userId, t.courseId), index("enrolments_course_idx").on(t.courseId)],
);

export const moduleProgress = pgTable(
  "module_progress",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    moduleId: uuid("module_id")
      .notNull()
      .references(() => modules.id, { onDelete: "cascade" }),
    readAt: tsz("read_at"),
    quizPassedAt: tsz("quiz_passed_at"),
    lastActivityAt: tsz("last_activity_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.moduleId] }), index("module_progress_module_idx").on(t.moduleId)],
);

export const quizAttempts = pgTable(
  "quiz_attempts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    moduleId: uuid("module_id")
      .notNull()
      .references(() => modules.id, { onDelete: "cascade" }),
    versionId: uuid("version_id")
      .notNull()
      .references(() => moduleVersions.id, { onDelete: "cascade" }),
    // questionId → chosen option ids
    answers: jsonb("answers").$type<Record<string, string[]>>().notNull(),
    correctCount: integer("correct_count").notNull(),
    questionCount: integer("question_count").notNull(),
    passed: boolean("passed").notNull(),
    createdAt: tsz("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("quiz_attempts_user_module_idx").on(t.userId, t.moduleId, t.createdAt),
    index("quiz_attempts_version_idx").on(t.versionId),
    check("quiz_attempts_counts", sql`${t.correctCount} >= 0 and ${t.correctCount} <= ${t.questionCount}`),
  ],
);

export const certificates = pgTable(
  "certificates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Public verification code, e.g. "PT-7K3Q-M9XD-2F4H"; checked at /attestati/verifica/:codice.
    code: text("code").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "restrict" }),
    // Snapshots: the certificate says what was true when it was issued.
    holderName: text("holder_name").notNull(),
    courseTitle: text("course_title").notNull(),
    hours: numeric("hours", { precision: 5, scale: 1, mode: "number" }).notNull(),
    issuedAt: tsz("issued_at").notNull().defaultNow(),
    expiresAt: tsz("expires_at"),
    expiryReminderSentAt: tsz("expiry_reminder_sent_at"),
  },
  (t) => [
    unique("certificates_code_unique").on(t.code),
    // A person's certificates with their hours and dates: the training summaries of a whole
    // district read them from the index alone.
    index("certificates_user_idx").on(t.userId, t.issuedAt, t.hours),
    index("certificates_course_issued_idx").on(t.courseId, t.issuedAt),
    index("certificates_expiry_idx").on(t.expiresAt).where(sql`${t.expiresAt} is not null and ${t.expiryReminderSentAt} is null`),
  ],
);

export const EVENT_MODES = ["in_person", "online"] as const;
export type EventMode = (typeof EVENT_MODES)[number];

export const trainingEvents = pgTable(
  "training_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    districtCode: text("district_code")
      .notNull()
      .references(() => districts.code),
    courseId: uuid("course_id").references(() => courses.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    descriptionMd: text("description_md").notNull().default(""),
    descriptionHtml: text("description_html").notNull().default(""),
    mode: text("mode").$type<EventMode>().notNull(),
    startsAt: tsz("starts_at").notNull(),
    endsAt: tsz("ends_at").notNull(),
    place: text("place"),
    link: text("link"),
    capacity: integer("capacity").notNull(),
    hours: numeric("hours", { precision: 4, scale: 1, mode: "number" }).notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    cancelledAt: tsz("cancelled_at"),
    createdAt: tsz("created_at").notNull().defaultNow(),
  },
  (t) => [
    check("training_events_mode_valid", sql`${t.mode} in ('in_person','online')`),
    check("training_events_times", sql`${t.endsAt} > ${t.startsAt}`),
    check("training_events_capacity", sql`${t.capacity} > 0`),
    check("training_events_hours", sql`${t.hours} > 0`),
    check(
      "training_events_where",
      sql`(${t.mode} = 'in_person' and ${t.place} is not null) or (${t.mode} = 'online' and ${t.link} is not null)`,
    ),
    index("training_events_district_start_idx").on(t.districtCode, t.startsAt),
  ],
);

export const REGISTRATION_STATES = ["registered", "waitlisted", "cancelled"] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

export const eventRegistrations = pgTable(
  "event_registrations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => trainingEvents.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text("status").$type<RegistrationState>().notNull(),
    registeredAt: tsz("registered_at").notNull().defaultNow(),
    // Recorded by the trainer after the event; attended hours count in the training record.
    attended: boolean("attended"),
    attendanceRecordedAt: tsz("attendance_recorded_at"),
  },
  (t) => [
    unique("event_registrations_unique").on(t.eventId, t.userId),
    check("event_registrations_status_valid", sql`${t.status} in ('registered','waitlisted','cancelled')`),
    index("event_registrations_user_idx").on(t.userId),
  ],
);

export const coursesRelations = relations(courses, ({ many }) => ({ modules: many(modules) }));
export const modulesRelations = relations(modules, ({ one, many }) => ({
  course: one(courses, { fields: [modules.courseId], references: [courses.id] }),
  versions: many(moduleVersions),
}));
export const moduleVersionsRelations = relations(moduleVersions, ({ one }) => ({
  module: one(modules, { fields: [moduleVersions.moduleId], references: [modules.id] }),
}));
