import { alertCardDecorator, alertComponent, ALERT_KIND } from './alerts';
import type { DiscordExtensions } from './connection';
import type { DiscordEnv } from './env';

/**
 * The one list of what areas add on Discord:
 * - concerns: alert cards in the staff channel (state, claim / resolve buttons), re-rendered
 *   whenever the alert changes, wherever it was changed.
 */
export function discordExtensions(env: DiscordEnv): DiscordExtensions {
  return {
    cardDecorators: [alertCardDecorator(env)],
    components: new Map([[ALERT_KIND, alertComponent(env)]]),
    cardSources: [
      (dispatcher, refresh) =>
        dispatcher.subscribe('alert.changed', (event) =>
          refresh({ kind: 'alert', id: event.record.row.id }),
        ),
    ],
  };
}
