import { DiscordAPIError } from 'discord.js';

/** Discord's error codes the adapter acts on. */
export const DiscordCodes = {
  unknownChannel: 10003,
  unknownMessage: 10008,
  unknownWebhook: 10015,
} as const;

export function discordCode(error: unknown): number | undefined {
  return error instanceof DiscordAPIError && typeof error.code === 'number'
    ? error.code
    : undefined;
}

/**
 * Worth trying again later: Discord unreachable, 5xx, rate limited. A 4xx refusal (unknown
 * channel, invalid body) will not change by waiting.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof DiscordAPIError) return error.status >= 500 || error.status === 429;
  return true;
}
