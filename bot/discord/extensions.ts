import type { DiscordExtensions } from './connection';

/**
 * The one list of what areas add on Discord. Concerns will add a card decorator (alert state,
 * claim / resolve buttons) and the `alert` component handler here; activities their post
 * buttons (sign up / withdraw with live seat counts).
 */
export function discordExtensions(): DiscordExtensions {
  return { cardDecorators: [], components: new Map() };
}
