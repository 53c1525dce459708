import { discordArea } from '../bot/discord/area';
import type { AreaFactory } from './area';

/**
 * The areas the app is made of, beyond the foundation (rooms, invites, sessions) and the bot.
 * Each area's factory lives in its own folder; add one line here to plug one in.
 */
export const areas: AreaFactory[] = [discordArea];
