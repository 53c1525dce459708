import { formatWhen } from '../activities';
import type { BotAction } from '../actions';
import { choices, type EngineContext } from '../context';
import { yesNo } from '../entities/volunteer';
import type { FlowDefinition, StepResult } from './flow';

/** Activities where a freed place waits for the person's answer. */
export async function offeredActivities(ctx: EngineContext) {
  const all = await ctx.ports.upcomingActivities(ctx.input.projectId, ctx.input.author.userId);
  return all.filter((a) => a.status === 'offered');
}

export function offerAnswer(ctx: EngineContext, activityId: string, accept: boolean): StepResult {
  const action: BotAction = {
    type: 'activity.offer_answer',
    projectId: ctx.input.projectId,
    userId: ctx.input.author.userId,
    activityId,
    accept,
  };
  // The server answers privately once the place is confirmed or passed on.
  return { kind: 'done', replies: [], actions: [action] };
}

/** A place came free from the waitlist: yes or no. */
const offer: FlowDefinition = {
  id: 'offer',
  steps: {
    answer: {
      help: 'bot.offer.help',
      ask: async (ctx, data) => {
        const activity = (await offeredActivities(ctx)).find((a) => a.id === data.activityId);
        return {
          text: activity
            ? ctx.t('bot.offer.ask', {
                title: activity.title,
                when: formatWhen(ctx, activity.startsAt),
              })
            : ctx.t('bot.offer.none'),
          choices: choices(ctx, [
            ['activities.note.offer_yes', 'ja'],
            ['activities.note.offer_no', 'nee'],
          ]),
        };
      },
      answer: (ctx, data, answer) => {
        const accept = yesNo(answer.choice ?? answer.text);
        if (accept === undefined || typeof data.activityId !== 'string') return { kind: 'unclear' };
        return offerAnswer(ctx, data.activityId, accept);
      },
    },
  },
};

export default offer;
