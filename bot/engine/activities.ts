import type { EngineContext } from './context';
import { PROJECT_TIME_ZONE } from './entities/date';
import type { ActivitySummary } from './ports';

/** "vrijdag 14 maart, 20:00" in the conversation's language and the project's time zone. */
export function formatWhen(ctx: EngineContext, iso: string): string {
  return new Intl.DateTimeFormat(ctx.locale === 'nl' ? 'nl-NL' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: PROJECT_TIME_ZONE,
  }).format(new Date(iso));
}

/** One line per activity: title, when, where, places left. */
export function activityLine(ctx: EngineContext, activity: ActivitySummary): string {
  const parts = [`${activity.title}: ${formatWhen(ctx, activity.startsAt)}`];
  if (activity.place) parts.push(activity.place);
  if (activity.spotsLeft === 0) parts.push(ctx.t('bot.activities.full'));
  else if (activity.spotsLeft !== null)
    parts.push(ctx.t('bot.activities.spots_left', { count: activity.spotsLeft }));
  if (activity.signedUp) parts.push(ctx.t('bot.activities.you_are_in'));
  return `- ${parts.join(', ')}`;
}
