import type { ClientOptions } from 'discord.js';

/** Settings of the Discord adapter; the defaults suit production, tests make them quick. */
export interface DiscordOptions {
  /** How often a node without the Discord connection tries to take it over (ms). */
  leaderPollMs: number;
  /** How often the connected node looks for room messages and edits not yet on Discord (ms). */
  outboundPollMs: number;
  /**
   * Wait before trying to log in again after Discord could not be reached (ms); it doubles
   * with every failure in a row, up to `reconnectMaxDelayMs`.
   */
  reconnectDelayMs: number;
  reconnectMaxDelayMs: number;
  /** Extra discord.js client options (tests: an identify throttler that does not wait). */
  clientOptions: Partial<ClientOptions>;
}

export const defaultDiscordOptions: DiscordOptions = {
  leaderPollMs: 5000,
  outboundPollMs: 2000,
  reconnectDelayMs: 10_000,
  reconnectMaxDelayMs: 600_000,
  clientOptions: {},
};
