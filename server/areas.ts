import type { AreaFactory } from './area';
import { concernsArea } from './areas/concerns';

/**
 * The areas the app is made of, beyond the foundation (rooms, invites, sessions) and the bot.
 * Each area's factory lives in its own folder; add one line here to plug one in.
 */
export const areas: AreaFactory[] = [concernsArea];
