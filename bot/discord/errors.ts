import { DiscordAPIError } from 'discord.js';
import type { BrokenReason } from '../../server/domain/discord/links';

/** Discord's error codes the adapter acts on. */
export const DiscordCodes = {
  unknownChannel: 10003,
  unknownMessage: 10008,
  unknownWebhook: 10015,
  missingAccess: 50001,
  cannotDmUser: 50007,
  missingPermissions: 50013,
} as const;

/** The channel permissions the bridge needs (names as discord.js's `PermissionFlagsBits`). */
export const neededPermissions = [
  'ViewChannel',
  'SendMessages',
  'ReadMessageHistory',
  'EmbedLinks',
  'ManageWebhooks',
] as const;
export type NeededPermission = (typeof neededPermissions)[number];

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

/** Discord refused a linked channel for good, and why. */
export class LinkRefused extends Error {
  constructor(
    readonly reason: BrokenReason,
    readonly permission?: NeededPermission,
  ) {
    super(`Discord refused the link: ${reason}${permission ? ` (${permission})` : ''}`);
  }
}

/**
 * Runs a call that needs `permission` in a linked channel: Discord's "Missing Permissions"
 * (50013) becomes a `LinkRefused` naming it, so the team is told which one to give.
 */
export async function needing<T>(permission: NeededPermission, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (discordCode(error) === DiscordCodes.missingPermissions)
      throw new LinkRefused('missing_permission', permission);
    throw error;
  }
}

/** Whether an error means the link cannot work any more (rather than "try again later"). */
export function refusalOf(error: unknown): LinkRefused | undefined {
  if (error instanceof LinkRefused) return error;
  switch (discordCode(error)) {
    case DiscordCodes.unknownChannel:
      return new LinkRefused('channel_deleted');
    case DiscordCodes.unknownWebhook:
      return new LinkRefused('webhook_deleted');
    case DiscordCodes.missingAccess:
      return new LinkRefused('missing_permission', 'ViewChannel');
    case DiscordCodes.missingPermissions:
      return new LinkRefused('missing_permission');
    default:
      return undefined;
  }
}
