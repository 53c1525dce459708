import { formatWhen as formatInstant } from '../../server/protocol/dates';
import { countedKey } from '../../server/i18n/catalogue';
import type { EngineContext } from './context';
import { PROJECT_TIME_ZONE } from './entities/date';
import type { ActivitySummary } from '../../server/protocol/bot-reads';

/** "vrijdag 14 maart, 20:00" in the conversation's language and the project's time zone. */
export function formatWhen(ctx: EngineContext, iso: string): string {
  return formatInstant(ctx.locale, new Date(iso), PROJECT_TIME_ZONE);
}

/** One line per activity: title, when, where, places left. */
export function activityLine(ctx: EngineContext, activity: ActivitySummary): string {
  const parts = [`${activity.title}: ${formatWhen(ctx, activity.startsAt)}`];
  if (activity.place) parts.push(activity.place);
  if (activity.spotsLeft === 0) parts.push(ctx.t('bot.activities.full'));
  else if (activity.spotsLeft !== null)
    parts.push(
      ctx.t(
        countedKey(activity.spotsLeft, {
          one: 'bot.activities.spots_left_one',
          many: 'bot.activities.spots_left',
        }),
        { count: activity.spotsLeft },
      ),
    );
  if (activity.signedUp) parts.push(ctx.t('bot.activities.you_are_in'));
  return `- ${parts.join(', ')}`;
}
