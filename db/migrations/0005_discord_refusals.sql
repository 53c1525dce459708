CREATE TABLE "discord_status" (
	"id" text PRIMARY KEY NOT NULL,
	"state" text NOT NULL,
	"close_code" integer,
	"token_fingerprint" text,
	"since" timestamp with time zone NOT NULL,
	"retry_requested_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "discord_channel_links" ADD COLUMN "broken_reason" text;--> statement-breakpoint
ALTER TABLE "discord_channel_links" ADD COLUMN "broken_detail" text;--> statement-breakpoint
ALTER TABLE "discord_channel_links" ADD COLUMN "broken_at" timestamp with time zone;