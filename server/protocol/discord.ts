import { z } from 'zod';
import { idSchema } from './common';
import { channelKindSchema } from './roles';

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
});
export type DiscordLink = z.infer<typeof discordLinkSchema>;
