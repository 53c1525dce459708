import { z } from 'zod';
import { idSchema } from './common';
import { channelKindSchema } from './role-schemas';

/** `POST /api/discord/projects/:projectId/codes`: a code to link a Discord channel to this room. */
export const createChannelCodeSchema = z.strictObject({ channelId: idSchema });
export const discordLinkParamSchema = z.strictObject({ linkId: idSchema });

/** A one-time code to type on Discord as `/koppel CODE`. */
export const linkCodeSchema = z.object({
  code: z.string(),
  expiresAt: z.string(),
  /** How long the code works, in minutes. */
  minutes: z.number().int(),
});
export type LinkCode = z.infer<typeof linkCodeSchema>;

/** The signed-in person's Discord link. */
export const discordAccountStatusSchema = z.object({
  linked: z.boolean(),
  discordName: z.string().optional(),
});
export type DiscordAccountStatus = z.infer<typeof discordAccountStatusSchema>;

/** A Discord channel bridged to one of the project's rooms. */
export const discordLinkSchema = z.object({
  id: z.string(),
  room: z.object({ id: z.string(), kind: channelKindSchema, name: z.string() }),
  discordChannelName: z.string(),
  createdAt: z.string(),
  /** Why Discord refused the link for good, in plain words; absent while it works. */
  broken: z.string().optional(),
});
export type DiscordLink = z.infer<typeof discordLinkSchema>;

/**
 * The gateway connection as the admins see it. `stopped`: Discord refused the bot for good
 * (`closeCode` 4004 or 4010-4014); `message` says what to fix.
 */
export const discordConnectionStatusSchema = z.object({
  state: z.enum(['connected', 'stopped', 'unknown']),
  closeCode: z.number().int().optional(),
  since: z.string().optional(),
  message: z.string().optional(),
  /** An admin asked to try again and that has not happened yet. */
  retryRequested: z.boolean(),
});
export type DiscordConnectionStatus = z.infer<typeof discordConnectionStatusSchema>;
