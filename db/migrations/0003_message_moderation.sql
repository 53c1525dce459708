CREATE TABLE "message_moderation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"message_id" uuid NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "message_moderation" ADD CONSTRAINT "message_moderation_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_moderation" ADD CONSTRAINT "message_moderation_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_moderation" ADD CONSTRAINT "message_moderation_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "message_moderation_project" ON "message_moderation" USING btree ("project_id","created_at");--> statement-breakpoint
CREATE INDEX "message_moderation_actor" ON "message_moderation" USING btree ("actor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "message_moderation_flag_once" ON "message_moderation" USING btree ("message_id","actor_id") WHERE "message_moderation"."action" = 'flagged';--> statement-breakpoint
CREATE UNIQUE INDEX "message_moderation_hide_once" ON "message_moderation" USING btree ("message_id") WHERE "message_moderation"."action" = 'hidden';