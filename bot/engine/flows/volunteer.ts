import { formatWhen } from '../activities';
import type { EngineContext } from '../context';
import { extractActivity } from '../entities/activity';
import type { VolunteerTaskSummary } from '../../../server/protocol/bot-reads';
import type { Choice } from '../../../server/protocol/bot-reply';
import type { FlowDefinition, StepResult } from './flow';

export async function openTasks(ctx: EngineContext): Promise<VolunteerTaskSummary[]> {
  const all = await ctx.ports.openVolunteerTasks(ctx.input.projectId, ctx.input.author.userId);
  return all.filter((task) => task.open > 0 && !task.mine);
}

/** The task the text names: its id (a button), its title ("koken"), or its activity's title. */
export async function taskTarget(ctx: EngineContext, text: string) {
  const tasks = await openTasks(ctx);
  const byId = tasks.find((task) => task.id === text.trim());
  if (byId) return byId;
  const byTitle = extractActivity(text, tasks);
  if (byTitle) return byTitle;
  const byActivity = tasks.filter(
    (task) => extractActivity(text, [{ id: task.id, title: task.activityTitle }]) !== undefined,
  );
  return byActivity.length === 1 ? byActivity[0] : undefined;
}

export function volunteerFor(ctx: EngineContext, taskId: string): StepResult {
  // The server thanks the person privately once they are down for the task.
  return {
    kind: 'done',
    replies: [],
    actions: [
      {
        type: 'volunteer.signup',
        projectId: ctx.input.projectId,
        userId: ctx.input.author.userId,
        taskId,
      },
    ],
  };
}

/** Volunteering: which task (cooking, setting up, tidying, driving...). */
const volunteer: FlowDefinition = {
  id: 'volunteer',
  steps: {
    which: {
      help: 'bot.volunteer.help',
      ask: async (ctx) => {
        const tasks = (await openTasks(ctx)).slice(0, 6);
        const list: Choice[] = tasks.map((task, i) => ({
          n: i + 1,
          label: `${task.title} (${task.activityTitle})`,
          value: task.id,
        }));
        return {
          text: [
            ctx.t('bot.volunteer.ask'),
            ...tasks.map((task) =>
              ctx.t('bot.volunteer.line', {
                task: task.title,
                activity: task.activityTitle,
                when: formatWhen(ctx, task.startsAt),
                open: task.open,
              }),
            ),
          ].join('\n'),
          choices: list,
        };
      },
      answer: async (ctx, _data, answer) => {
        const id = answer.choice ?? (await taskTarget(ctx, answer.text))?.id;
        return id ? volunteerFor(ctx, id) : { kind: 'unclear' };
      },
    },
  },
};

export default volunteer;
