import type { Bot } from '../runtime';
import type { Deps } from '../../server/deps';
import type { Logger } from '../../server/logger';
import type { DiscordOptions } from './options';

/** Everything the Discord adapter is built from. */
export interface DiscordEnv {
  deps: Deps;
  bot: Bot;
  discord: { token: string; applicationId: string | undefined; apiUrl: string | undefined };
  options: DiscordOptions;
  logger: Logger;
}
