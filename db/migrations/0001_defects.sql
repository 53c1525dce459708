CREATE TYPE "public"."defect_status" AS ENUM('open', 'acknowledged', 'forwarded', 'in_progress', 'solved', 'rejected');--> statement-breakpoint
CREATE TABLE "defect_spaces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "defect_spaces_project_name" UNIQUE("project_id","name")
);
--> statement-breakpoint
CREATE TABLE "defects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"place_kind" text NOT NULL,
	"space_id" uuid,
	"unit_id" uuid,
	"unit_label" text,
	"what" text NOT NULL,
	"since" text DEFAULT 'unknown' NOT NULL,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"urgent_kind" text,
	"status" "defect_status" DEFAULT 'open' NOT NULL,
	"status_note" text,
	"reject_reason" text,
	"planned_for" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"forwarded_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	CONSTRAINT "defects_project_number" UNIQUE("project_id","number")
);
--> statement-breakpoint
CREATE TABLE "defect_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"defect_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"client_id" text,
	"locale" "locale" DEFAULT 'nl' NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "defect_reports_defect_user" UNIQUE("defect_id","user_id"),
	CONSTRAINT "defect_reports_user_client" UNIQUE("user_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "defect_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"defect_id" uuid NOT NULL,
	"actor_id" uuid,
	"actor_role" "member_role",
	"from_status" "defect_status",
	"to_status" "defect_status" NOT NULL,
	"note" text,
	"planned_for" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "defect_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"defect_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"mime" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"bytes" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "defect_photos_report_id_unique" UNIQUE("report_id")
);
--> statement-breakpoint
ALTER TABLE "defect_spaces" ADD CONSTRAINT "defect_spaces_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "defects" ADD CONSTRAINT "defects_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "defects" ADD CONSTRAINT "defects_space_id_defect_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."defect_spaces"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "defects" ADD CONSTRAINT "defects_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "defects" ADD CONSTRAINT "defects_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "defect_reports" ADD CONSTRAINT "defect_reports_defect_id_defects_id_fk" FOREIGN KEY ("defect_id") REFERENCES "public"."defects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "defect_reports" ADD CONSTRAINT "defect_reports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "defect_history" ADD CONSTRAINT "defect_history_defect_id_defects_id_fk" FOREIGN KEY ("defect_id") REFERENCES "public"."defects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "defect_history" ADD CONSTRAINT "defect_history_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "defect_photos" ADD CONSTRAINT "defect_photos_defect_id_defects_id_fk" FOREIGN KEY ("defect_id") REFERENCES "public"."defects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "defect_photos" ADD CONSTRAINT "defect_photos_report_id_defect_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."defect_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "defect_spaces_project" ON "defect_spaces" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "defects_project_status" ON "defects" USING btree ("project_id","status");--> statement-breakpoint
CREATE INDEX "defect_reports_user" ON "defect_reports" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "defect_history_defect" ON "defect_history" USING btree ("defect_id","created_at");