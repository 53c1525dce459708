import { formatWhen } from '../activities';
import type { EngineContext } from '../context';
import { extractActivity } from '../entities/activity';
import type { Choice } from '../types';
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
  return {
    kind: 'done',
    replies: [
      {
        visibility: 'private',
        text: ctx.t('bot.cancel.sent', {
          title: activity.title,
          when: formatWhen(ctx, activity.startsAt),
        }),
      },
    ],
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
        const id = answer.choice ?? extractActivity(answer.text, await signedUpActivities(ctx))?.id;
        return id ? cancelFor(ctx, id) : { kind: 'unclear' };
      },
    },
  },
};

export default cancel;
