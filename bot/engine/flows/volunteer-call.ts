import { activityLine } from '../activities';
import type { EngineContext } from '../context';
import { extractActivity } from '../entities/activity';
import type { Choice } from '../../../server/protocol/bot-reply';
import type { FlowDefinition, StepResult } from './flow';

/** Upcoming activities with volunteer tasks that still need helpers. */
export async function needingHelp(ctx: EngineContext) {
  const all = await ctx.ports.upcomingActivities(ctx.input.projectId, ctx.input.author.userId);
  return all.filter((a) => (a.openTasks ?? 0) > 0);
}

export function callFor(ctx: EngineContext, activityId: string): StepResult {
  return {
    kind: 'done',
    replies: [],
    actions: [
      {
        type: 'volunteer.call',
        projectId: ctx.input.projectId,
        userId: ctx.input.author.userId,
        activityId,
      },
    ],
  };
}

/** A coordinator asks for volunteers: for which activity. */
const volunteerCall: FlowDefinition = {
  id: 'volunteer-call',
  steps: {
    which: {
      help: 'bot.call.help',
      ask: async (ctx) => {
        const list = (await needingHelp(ctx)).slice(0, 6);
        const options: Choice[] = list.map((a, i) => ({ n: i + 1, label: a.title, value: a.id }));
        return {
          text: [ctx.t('bot.call.ask'), ...list.map((a) => activityLine(ctx, a))].join('\n'),
          choices: options,
        };
      },
      answer: async (ctx, _data, answer) => {
        const id = answer.choice ?? extractActivity(answer.text, await needingHelp(ctx))?.id;
        return id ? callFor(ctx, id) : { kind: 'unclear' };
      },
    },
  },
};

export default volunteerCall;
