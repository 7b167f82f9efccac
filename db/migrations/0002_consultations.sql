CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"minor_id" uuid NOT NULL,
	"guardian_id" uuid NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"proposed_by_id" uuid,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone,
	"decline_reason" text,
	"decree_date" date,
	"activated_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"end_reason" text,
	"override_reason" text,
	CONSTRAINT "appointments_status_valid" CHECK ("appointments"."status" in ('proposed','declined','accepted','active','ended','withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "minors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_code" text NOT NULL,
	"code" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"birth_date" date,
	"estimated_age" integer,
	"sex" text,
	"nationality" text,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"arrival_date" date,
	"facility_name" text,
	"facility_municipality" text,
	"court_file_number" text,
	"status" text DEFAULT 'waiting' NOT NULL,
	"special_needs" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "minors_code_unique" UNIQUE("code"),
	CONSTRAINT "minors_status_valid" CHECK ("minors"."status" in ('waiting','with_guardian','ended')),
	CONSTRAINT "minors_code_format" CHECK ("minors"."code" ~ '^[A-Z]{2}-[0-9]{4}-[0-9]{4,}$')
);
--> statement-breakpoint
CREATE TABLE "consultation_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"message_id" uuid,
	"uploader_id" uuid,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"data" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_attachments_type_valid" CHECK ("consultation_attachments"."content_type" in ('application/pdf','image/jpeg','image/png')),
	CONSTRAINT "consultation_attachments_size" CHECK ("consultation_attachments"."size" > 0 and "consultation_attachments"."size" <= 10485760)
);
--> statement-breakpoint
CREATE TABLE "consultation_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"actor_id" uuid,
	"type" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"author_id" uuid,
	"author_role" text NOT NULL,
	"body_md" text NOT NULL,
	"body_html" text NOT NULL,
	"due_at" timestamp with time zone,
	"on_time" boolean,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_messages_role_valid" CHECK ("consultation_messages"."author_role" in ('guardian','consultant'))
);
--> statement-breakpoint
CREATE TABLE "consultation_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"author_id" uuid,
	"body_md" text NOT NULL,
	"body_html" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_code" text NOT NULL,
	"title" text NOT NULL,
	"body_md" text NOT NULL,
	"created_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer GENERATED ALWAYS AS IDENTITY (sequence name "consultations_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_code" text NOT NULL,
	"guardian_id" uuid NOT NULL,
	"minor_id" uuid,
	"category" text NOT NULL,
	"subject" text NOT NULL,
	"description_md" text NOT NULL,
	"description_html" text NOT NULL,
	"urgent" boolean DEFAULT false NOT NULL,
	"urgency_reason" text,
	"deadline_date" date,
	"status" text DEFAULT 'new' NOT NULL,
	"assignee_id" uuid,
	"due_at" timestamp with time zone,
	"paused_at" timestamp with time zone,
	"first_response_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"waiting_since" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"rating_score" integer,
	"rating_comment" text,
	"rated_at" timestamp with time zone,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultations_number_unique" UNIQUE("number"),
	CONSTRAINT "consultations_category_valid" CHECK ("consultations"."category" in ('residence_permit','international_protection','age_assessment','health','school','turning_18','family','reception','other')),
	CONSTRAINT "consultations_status_valid" CHECK ("consultations"."status" in ('new','in_charge','waiting_guardian','answered','closed')),
	CONSTRAINT "consultations_rating_range" CHECK ("consultations"."rating_score" is null or "consultations"."rating_score" between 1 and 5),
	CONSTRAINT "consultations_urgency_reason" CHECK (not "consultations"."urgent" or "consultations"."urgency_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "faq_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"category" text NOT NULL,
	"question" text NOT NULL,
	"answer_md" text NOT NULL,
	"answer_html" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"source_consultation_id" uuid,
	"author_id" uuid,
	"reviewer_id" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('italian', coalesce(question, '')), 'A') || setweight(to_tsvector('italian', coalesce(answer_md, '')), 'B')) STORED NOT NULL,
	CONSTRAINT "faq_entries_category_valid" CHECK ("faq_entries"."category" in ('residence_permit','international_protection','age_assessment','health','school','turning_18','family','reception','other')),
	CONSTRAINT "faq_entries_status_valid" CHECK ("faq_entries"."status" in ('draft','in_review','published'))
);
--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_minor_id_minors_id_fk" FOREIGN KEY ("minor_id") REFERENCES "public"."minors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_guardian_id_users_id_fk" FOREIGN KEY ("guardian_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_proposed_by_id_users_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minors" ADD CONSTRAINT "minors_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minors" ADD CONSTRAINT "minors_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_attachments" ADD CONSTRAINT "consultation_attachments_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_attachments" ADD CONSTRAINT "consultation_attachments_message_id_consultation_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."consultation_messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_attachments" ADD CONSTRAINT "consultation_attachments_uploader_id_users_id_fk" FOREIGN KEY ("uploader_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_events" ADD CONSTRAINT "consultation_events_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_events" ADD CONSTRAINT "consultation_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_messages" ADD CONSTRAINT "consultation_messages_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_messages" ADD CONSTRAINT "consultation_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_notes" ADD CONSTRAINT "consultation_notes_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_notes" ADD CONSTRAINT "consultation_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_templates" ADD CONSTRAINT "consultation_templates_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_templates" ADD CONSTRAINT "consultation_templates_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_guardian_id_users_id_fk" FOREIGN KEY ("guardian_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_minor_id_minors_id_fk" FOREIGN KEY ("minor_id") REFERENCES "public"."minors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD CONSTRAINT "faq_entries_source_consultation_id_consultations_id_fk" FOREIGN KEY ("source_consultation_id") REFERENCES "public"."consultations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD CONSTRAINT "faq_entries_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "faq_entries" ADD CONSTRAINT "faq_entries_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_one_active_per_minor" ON "appointments" USING btree ("minor_id") WHERE "appointments"."status" = 'active';--> statement-breakpoint
CREATE INDEX "appointments_guardian_status_idx" ON "appointments" USING btree ("guardian_id","status");--> statement-breakpoint
CREATE INDEX "minors_district_status_idx" ON "minors" USING btree ("district_code","status");--> statement-breakpoint
CREATE INDEX "consultation_attachments_request_idx" ON "consultation_attachments" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "consultation_events_thread_idx" ON "consultation_events" USING btree ("consultation_id","created_at");--> statement-breakpoint
CREATE INDEX "consultation_messages_thread_idx" ON "consultation_messages" USING btree ("consultation_id","created_at");--> statement-breakpoint
CREATE INDEX "consultation_notes_thread_idx" ON "consultation_notes" USING btree ("consultation_id","created_at");--> statement-breakpoint
CREATE INDEX "consultation_templates_district_idx" ON "consultation_templates" USING btree ("district_code","title");--> statement-breakpoint
CREATE INDEX "consultations_district_status_due_idx" ON "consultations" USING btree ("district_code","status","due_at");--> statement-breakpoint
CREATE INDEX "consultations_guardian_idx" ON "consultations" USING btree ("guardian_id","last_activity_at");--> statement-breakpoint
CREATE INDEX "consultations_assignee_idx" ON "consultations" USING btree ("assignee_id","status");--> statement-breakpoint
CREATE INDEX "consultations_answered_idx" ON "consultations" USING btree ("status","answered_at");--> statement-breakpoint
CREATE INDEX "faq_entries_search_idx" ON "faq_entries" USING gin ("search");--> statement-breakpoint
CREATE INDEX "faq_entries_status_category_idx" ON "faq_entries" USING btree ("status","category");