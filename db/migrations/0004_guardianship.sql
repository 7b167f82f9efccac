CREATE TABLE "calendar_feeds" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feeds_token_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "deadline_reminders" (
	"deadline_id" uuid NOT NULL,
	"days_before" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deadline_reminders_deadline_id_days_before_pk" PRIMARY KEY("deadline_id","days_before")
);
--> statement-breakpoint
CREATE TABLE "guardian_profiles" (
	"user_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"state" text DEFAULT 'candidate' NOT NULL,
	"listed_since" date,
	"state_reason" text,
	"listing_override_reason" text,
	"state_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"available" boolean DEFAULT true NOT NULL,
	"max_minors" integer DEFAULT 3 NOT NULL,
	"max_minors_reason" text,
	"province" text,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "guardian_profiles_user_id_district_code_pk" PRIMARY KEY("user_id","district_code"),
	CONSTRAINT "guardian_profiles_state_valid" CHECK ("guardian_profiles"."state" in ('candidate','listed','suspended','removed')),
	CONSTRAINT "guardian_profiles_listed_since" CHECK ("guardian_profiles"."state" not in ('listed','suspended') or "guardian_profiles"."listed_since" is not null),
	CONSTRAINT "guardian_profiles_reason" CHECK ("guardian_profiles"."state" not in ('suspended','removed') or "guardian_profiles"."state_reason" is not null),
	CONSTRAINT "guardian_profiles_max_minors" CHECK ("guardian_profiles"."max_minors" between 0 and 10),
	CONSTRAINT "guardian_profiles_max_reason" CHECK ("guardian_profiles"."max_minors" = 3 or "guardian_profiles"."max_minors_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "guardian_state_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"state" text NOT NULL,
	"reason" text,
	"override_reason" text,
	"changed_by_id" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "minor_code_counters" (
	"district_code" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "minor_code_counters_district_code_year_pk" PRIMARY KEY("district_code","year")
);
--> statement-breakpoint
CREATE TABLE "minor_deadlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"minor_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text,
	"due_date" date NOT NULL,
	"remind_days_before" integer[] DEFAULT '{}'::int[] NOT NULL,
	"done_at" timestamp with time zone,
	"done_by_id" uuid,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "minor_deadlines_kind_valid" CHECK ("minor_deadlines"."kind" in ('eighteenth_birthday','prosieguo_request','permit_conversion','permit_expiry','plan_review','manual')),
	CONSTRAINT "minor_deadlines_manual_title" CHECK ("minor_deadlines"."kind" <> 'manual' or length(trim(coalesce("minor_deadlines"."title", ''))) > 0)
);
--> statement-breakpoint
CREATE TABLE "minor_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"minor_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"address_by" date,
	"raised_by_id" uuid,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	"removed_by_id" uuid,
	"removal_reason" text,
	CONSTRAINT "minor_flags_reason_not_blank" CHECK (length(trim("minor_flags"."reason")) > 0),
	CONSTRAINT "minor_flags_removal" CHECK ("minor_flags"."removed_at" is null or "minor_flags"."removal_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "minor_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"minor_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "minor_notes_body_not_blank" CHECK (length(trim("minor_notes"."body")) > 0)
);
--> statement-breakpoint
ALTER TABLE "minors" ADD COLUMN "facility_province" text;--> statement-breakpoint
ALTER TABLE "minors" ADD COLUMN "permit_expiry" date;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadline_reminders" ADD CONSTRAINT "deadline_reminders_deadline_id_minor_deadlines_id_fk" FOREIGN KEY ("deadline_id") REFERENCES "public"."minor_deadlines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardian_profiles" ADD CONSTRAINT "guardian_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardian_profiles" ADD CONSTRAINT "guardian_profiles_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardian_state_history" ADD CONSTRAINT "guardian_state_history_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardian_state_history" ADD CONSTRAINT "guardian_state_history_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guardian_state_history" ADD CONSTRAINT "guardian_state_history_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minor_code_counters" ADD CONSTRAINT "minor_code_counters_district_code_districts_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."districts"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minor_deadlines" ADD CONSTRAINT "minor_deadlines_minor_id_minors_id_fk" FOREIGN KEY ("minor_id") REFERENCES "public"."minors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minor_deadlines" ADD CONSTRAINT "minor_deadlines_done_by_id_users_id_fk" FOREIGN KEY ("done_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minor_deadlines" ADD CONSTRAINT "minor_deadlines_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minor_flags" ADD CONSTRAINT "minor_flags_minor_id_minors_id_fk" FOREIGN KEY ("minor_id") REFERENCES "public"."minors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minor_flags" ADD CONSTRAINT "minor_flags_raised_by_id_users_id_fk" FOREIGN KEY ("raised_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minor_flags" ADD CONSTRAINT "minor_flags_removed_by_id_users_id_fk" FOREIGN KEY ("removed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minor_notes" ADD CONSTRAINT "minor_notes_minor_id_minors_id_fk" FOREIGN KEY ("minor_id") REFERENCES "public"."minors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minor_notes" ADD CONSTRAINT "minor_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "guardian_profiles_district_state_idx" ON "guardian_profiles" USING btree ("district_code","state");--> statement-breakpoint
CREATE INDEX "guardian_state_history_user_idx" ON "guardian_state_history" USING btree ("user_id","district_code","changed_at");--> statement-breakpoint
CREATE INDEX "minor_deadlines_minor_due_idx" ON "minor_deadlines" USING btree ("minor_id","due_date");--> statement-breakpoint
CREATE INDEX "minor_deadlines_open_due_idx" ON "minor_deadlines" USING btree ("due_date") WHERE "minor_deadlines"."done_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "minor_deadlines_rule_unique" ON "minor_deadlines" USING btree ("minor_id","kind","due_date") WHERE "minor_deadlines"."kind" <> 'manual';--> statement-breakpoint
CREATE INDEX "minor_flags_minor_idx" ON "minor_flags" USING btree ("minor_id","raised_at");--> statement-breakpoint
CREATE INDEX "minor_flags_open_idx" ON "minor_flags" USING btree ("minor_id") WHERE "minor_flags"."removed_at" is null;--> statement-breakpoint
CREATE INDEX "minor_notes_minor_author_idx" ON "minor_notes" USING btree ("minor_id","author_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_one_open_proposal_per_minor" ON "appointments" USING btree ("minor_id") WHERE "appointments"."status" in ('proposed','accepted');--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_end_reason_valid" CHECK ("appointments"."end_reason" is null or "appointments"."end_reason" in ('eighteenth_birthday','prosieguo_ended','revocation','transfer','left_untraceable','repatriation','other'));--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_active_has_decree" CHECK ("appointments"."status" <> 'active' or "appointments"."decree_date" is not null);--> statement-breakpoint
ALTER TABLE "minors" ADD CONSTRAINT "minors_sex_valid" CHECK ("minors"."sex" is null or "minors"."sex" in ('F','M','X'));--> statement-breakpoint
ALTER TABLE "minors" ADD CONSTRAINT "minors_estimated_age_range" CHECK ("minors"."estimated_age" is null or "minors"."estimated_age" between 0 and 21);--> statement-breakpoint
ALTER TABLE "minors" ADD CONSTRAINT "minors_names_not_blank" CHECK (length(trim("minors"."first_name")) > 0 and length(trim("minors"."last_name")) > 0);