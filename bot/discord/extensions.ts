import { activityCard, activityComponent, ACTIVITY_KIND } from './activities';
import { alertCardDecorator, alertComponent, ALERT_KIND } from './alerts';
import type { DiscordExtensions } from './connection';
import type { DiscordEnv } from './env';

/**
 * The one list of what areas add on Discord:
 * - concerns: alert cards in the staff channel (state, claim / resolve buttons);
 * - activities: activity posts in the activities channel (seats, sign up / withdraw buttons).
 * Both are re-rendered whenever their record changes, wherever it was changed.
 */
export function discordExtensions(env: DiscordEnv): DiscordExtensions {
  return {
    cardDecorators: [alertCardDecorator(env)],
    roomCards: [activityCard(env)],
    components: new Map([
      [ALERT_KIND, alertComponent(env)],
      [ACTIVITY_KIND, activityComponent(env)],
    ]),
    cardSources: [
      (dispatcher, refresh) =>
        dispatcher.subscribe('alert.changed', (event) =>
          refresh({ kind: 'alert', id: event.record.row.id }),
        ),
      (dispatcher, refresh) =>
        dispatcher.subscribe('activity.seats', (event) =>
          refresh({ kind: 'activity', id: event.seats.activityId }),
        ),
      (dispatcher, refresh) =>
        dispatcher.subscribe('activity.changed', (event) =>
          refresh({ kind: 'activity', id: event.record.row.id }),
        ),
    ],
  };
}
