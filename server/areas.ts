import { discordArea } from '../bot/discord/area';
import type { AreaFactory } from './area';
import { notificationsArea } from './areas/notifications';
import { activitiesArea } from './areas/activities';
import { defectsArea } from './areas/defects';
import { concernsArea } from './areas/concerns';
import { moderationArea } from './areas/moderation';

/**
 * The areas the app is made of, beyond the foundation (rooms, invites, sessions) and the bot.
 * Each area's factory lives in its own folder; add one line here to plug one in.
 */
export const areas: AreaFactory[] = [
  notificationsArea,
  concernsArea,
  moderationArea,
  activitiesArea,
  defectsArea,
  discordArea,
];
