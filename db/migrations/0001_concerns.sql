CREATE TABLE "concerns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"ref" text NOT NULL,
	"reporter_id" uuid,
	"reporter_role" "member_role" NOT NULL,
	"source" text NOT NULL,
	"category" text NOT NULL,
	"description" text,
	"when_text" text,
	"frequency" text,
	"effect" text,
	"unit_id" uuid,
	"unit_label" text,
	"target_user_id" uuid,
	"named" boolean DEFAULT false NOT NULL,
	"unsafe" boolean DEFAULT false NOT NULL,
	"talked" text,
	"flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"from_shared_room" boolean DEFAULT false NOT NULL,
	"step" text DEFAULT 'intake' NOT NULL,
	"step_version" integer DEFAULT 0 NOT NULL,
	"step_changed_at" timestamp with time zone NOT NULL,
	"reached_steps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"mediation_phase" text,
	"status" text DEFAULT 'open' NOT NULL,
	"outcome" text,
	"resolved_step" text,
	"handler_id" uuid,
	"consent_requested_at" timestamp with time zone,
	"consent_scope" text,
	"consent_at" timestamp with time zone,
	"followup_asked_at" timestamp with time zone,
	"followup_answered_at" timestamp with time zone,
	"followup_answer" text,
	"thread_channel_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"anonymised_at" timestamp with time zone,
	CONSTRAINT "concerns_ref_unique" UNIQUE("ref")
);
--> statement-breakpoint
CREATE TABLE "concern_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"concern_id" uuid NOT NULL,
	"actor_id" uuid,
	"actor_kind" text NOT NULL,
	"type" text NOT NULL,
	"from_step" text,
	"to_step" text,
	"detail" jsonb,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concern_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"concern_id" uuid NOT NULL,
	"author_id" uuid,
	"client_id" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "concern_notes_author_client" UNIQUE("author_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"priority" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"concern_id" uuid,
	"subject_user_id" uuid,
	"unit_label" text,
	"summary" text,
	"codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"assigned_to_id" uuid,
	"assigned_reason" text,
	"claimed_by_id" uuid,
	"claimed_at" timestamp with time zone,
	"acknowledged_by_id" uuid,
	"acknowledged_at" timestamp with time zone,
	"resolved_by_id" uuid,
	"resolved_at" timestamp with time zone,
	"escalated_to_id" uuid,
	"escalated_at" timestamp with time zone,
	"repeat_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mediation_phases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"concern_id" uuid NOT NULL,
	"phase" text NOT NULL,
	"started_by_id" uuid,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "mediation_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"concern_id" uuid NOT NULL,
	"user_id" uuid,
	"party" text NOT NULL,
	"answer" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "burenberichten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"concern_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"body" text,
	"named" boolean DEFAULT false NOT NULL,
	"unit_id" uuid,
	"target_user_id" uuid,
	"sent_at" timestamp with time zone NOT NULL,
	"reply_kind" text,
	"reply_text" text,
	"replied_by_id" uuid,
	"replied_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "burenbericht_recipients" (
	"burenbericht_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "burenbericht_recipients_burenbericht_id_user_id_pk" PRIMARY KEY("burenbericht_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "on_call_shifts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"staff_user_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"note" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "corporation_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"concern_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"summary" jsonb,
	"status" text DEFAULT 'received' NOT NULL,
	"forwarded_by_id" uuid,
	"forwarded_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "corporation_cases_concern_id_unique" UNIQUE("concern_id")
);
--> statement-breakpoint
CREATE TABLE "corporation_case_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"author_id" uuid,
	"status" text NOT NULL,
	"body" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "concern_settings" (
	"project_id" uuid PRIMARY KEY NOT NULL,
	"followup_days" integer NOT NULL,
	"followup_grace_days" integer NOT NULL,
	"alert_claim_minutes" integer NOT NULL,
	"urgent_repeat_minutes" integer NOT NULL,
	"aftercare_days" integer NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_target_user_id_users_id_fk" FOREIGN KEY ("target_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_handler_id_users_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_thread_channel_id_channels_id_fk" FOREIGN KEY ("thread_channel_id") REFERENCES "public"."channels"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_events" ADD CONSTRAINT "concern_events_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_events" ADD CONSTRAINT "concern_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_notes" ADD CONSTRAINT "concern_notes_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_notes" ADD CONSTRAINT "concern_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_subject_user_id_users_id_fk" FOREIGN KEY ("subject_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_assigned_to_id_users_id_fk" FOREIGN KEY ("assigned_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_claimed_by_id_users_id_fk" FOREIGN KEY ("claimed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_acknowledged_by_id_users_id_fk" FOREIGN KEY ("acknowledged_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_escalated_to_id_users_id_fk" FOREIGN KEY ("escalated_to_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_phases" ADD CONSTRAINT "mediation_phases_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_phases" ADD CONSTRAINT "mediation_phases_started_by_id_users_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_answers" ADD CONSTRAINT "mediation_answers_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediation_answers" ADD CONSTRAINT "mediation_answers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burenberichten" ADD CONSTRAINT "burenberichten_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burenberichten" ADD CONSTRAINT "burenberichten_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burenberichten" ADD CONSTRAINT "burenberichten_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burenberichten" ADD CONSTRAINT "burenberichten_target_user_id_users_id_fk" FOREIGN KEY ("target_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burenberichten" ADD CONSTRAINT "burenberichten_replied_by_id_users_id_fk" FOREIGN KEY ("replied_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burenbericht_recipients" ADD CONSTRAINT "burenbericht_recipients_burenbericht_id_burenberichten_id_fk" FOREIGN KEY ("burenbericht_id") REFERENCES "public"."burenberichten"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burenbericht_recipients" ADD CONSTRAINT "burenbericht_recipients_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "on_call_shifts" ADD CONSTRAINT "on_call_shifts_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "on_call_shifts" ADD CONSTRAINT "on_call_shifts_staff_user_id_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "on_call_shifts" ADD CONSTRAINT "on_call_shifts_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corporation_cases" ADD CONSTRAINT "corporation_cases_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corporation_cases" ADD CONSTRAINT "corporation_cases_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corporation_cases" ADD CONSTRAINT "corporation_cases_forwarded_by_id_users_id_fk" FOREIGN KEY ("forwarded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corporation_case_updates" ADD CONSTRAINT "corporation_case_updates_case_id_corporation_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."corporation_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corporation_case_updates" ADD CONSTRAINT "corporation_case_updates_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_settings" ADD CONSTRAINT "concern_settings_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern_settings" ADD CONSTRAINT "concern_settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concerns_project_status" ON "concerns" USING btree ("project_id","status");--> statement-breakpoint
CREATE INDEX "concerns_reporter" ON "concerns" USING btree ("reporter_id");--> statement-breakpoint
CREATE INDEX "concerns_thread" ON "concerns" USING btree ("thread_channel_id");--> statement-breakpoint
CREATE INDEX "concern_events_concern" ON "concern_events" USING btree ("concern_id","created_at");--> statement-breakpoint
CREATE INDEX "concern_notes_concern" ON "concern_notes" USING btree ("concern_id");--> statement-breakpoint
CREATE INDEX "alerts_project_status" ON "alerts" USING btree ("project_id","status");--> statement-breakpoint
CREATE INDEX "alerts_concern" ON "alerts" USING btree ("concern_id");--> statement-breakpoint
CREATE INDEX "mediation_phases_concern" ON "mediation_phases" USING btree ("concern_id");--> statement-breakpoint
CREATE INDEX "mediation_answers_concern" ON "mediation_answers" USING btree ("concern_id");--> statement-breakpoint
CREATE INDEX "burenberichten_concern" ON "burenberichten" USING btree ("concern_id");--> statement-breakpoint
CREATE INDEX "burenbericht_recipients_user" ON "burenbericht_recipients" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "on_call_shifts_project" ON "on_call_shifts" USING btree ("project_id","starts_at");--> statement-breakpoint
CREATE INDEX "corporation_case_updates_case" ON "corporation_case_updates" USING btree ("case_id");