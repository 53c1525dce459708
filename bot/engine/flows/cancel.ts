import { extractDate } from '../entities/date';
import { PROJECT_TIME_ZONE } from '../entities/date';
import type { EngineContext } from '../context';
import { extractActivity } from '../entities/activity';
import type { Choice } from '../../../server/protocol/bot-reply';
import type { FlowDefinition, StepResult } from './flow';

export async function signedUpActivities(ctx: EngineContext) {
  const all = await ctx.ports.upcomingActivities(ctx.input.projectId, ctx.input.author.userId);
  return all.filter((a) => a.signedUp);
}

export async function cancelFor(ctx: EngineContext, activityId: string): Promise<StepResult> {
  const activity = (await signedUpActivities(ctx)).find((a) => a.id === activityId);
  if (!activity)
    return {
      kind: 'done',
      replies: [{ visibility: 'private', text: ctx.t('bot.cancel.not_signed_up') }],
      actions: [],
    };
  // The server confirms privately once it is done.
  return {
    kind: 'done',
    replies: [],
    actions: [
      {
        type: 'activity.cancel',
        projectId: ctx.input.projectId,
        userId: ctx.input.author.userId,
        activityId,
      },
    ],
  };
}

/** The local date (YYYY-MM-DD) of an ISO instant in the project's time zone. */
function localDay(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: PROJECT_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));
}

/**
 * Which of the person's activities the text means: by title ("de filmavond"), or by day
 * ("cancel me for friday", "ik kan zaterdag niet") when one of them is on that day.
 */
export async function cancelTarget(ctx: EngineContext, text: string) {
  const mine = await signedUpActivities(ctx);
  const byTitle = mine.find((a) => a.id === text.trim()) ?? extractActivity(text, mine);
  if (byTitle) return byTitle;
  const day = extractDate(text, ctx.now);
  if (!day) return undefined;
  const onDay = mine.filter((a) => localDay(a.startsAt) === day.date);
  return onDay.length === 1 ? onDay[0] : undefined;
}

/** Cancel a sign-up: which of your activities. */
const cancel: FlowDefinition = {
  id: 'cancel',
  steps: {
    which: {
      help: 'bot.cancel.which_help',
      ask: async (ctx) => {
        const mine = await signedUpActivities(ctx);
        const list: Choice[] = mine
          .slice(0, 6)
          .map((a, i) => ({ n: i + 1, label: a.title, value: a.id }));
        return { text: ctx.t('bot.cancel.ask_which'), choices: list };
      },
      answer: async (ctx, _data, answer) => {
        const id = answer.choice ?? (await cancelTarget(ctx, answer.text))?.id;
        return id ? cancelFor(ctx, id) : { kind: 'unclear' };
      },
    },
  },
};

export default cancel;
