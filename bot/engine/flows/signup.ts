import { activityLine } from '../activities';
import { extractGuests } from '../entities/guests';
import type { EngineContext } from '../context';
import { extractActivity } from '../entities/activity';
import type { FlowData } from '../state';
import type { Choice } from '../../../server/protocol/bot-reply';
import type { FlowDefinition, StepResult } from './flow';

const MAX_CHOICES = 6;

async function open(ctx: EngineContext) {
  const all = await ctx.ports.upcomingActivities(ctx.input.projectId, ctx.input.author.userId);
  return all.filter((a) => !a.signedUp);
}

/**
 * Signs up for the activity with this id (with the guests the person mentioned), or says why
 * not. The server tells the real outcome (a place, or the waitlist spot) in a private message,
 * so the engine itself says nothing more here.
 */
export async function signupFor(
  ctx: EngineContext,
  activityId: string,
  guests?: number,
): Promise<StepResult> {
  const all = await ctx.ports.upcomingActivities(ctx.input.projectId, ctx.input.author.userId);
  const activity = all.find((a) => a.id === activityId);
  if (!activity)
    return {
      kind: 'done',
      replies: [{ visibility: 'private', text: ctx.t('bot.signup.gone') }],
      actions: [],
    };
  if (activity.signedUp) {
    return {
      kind: 'done',
      replies: [
        { visibility: 'private', text: ctx.t('bot.signup.already', { title: activity.title }) },
      ],
      actions: [],
    };
  }
  return {
    kind: 'done',
    replies: [],
    actions: [
      {
        type: 'activity.signup',
        projectId: ctx.input.projectId,
        userId: ctx.input.author.userId,
        activityId,
        ...(guests !== undefined && guests > 0 ? { guests } : {}),
      },
    ],
  };
}

/** The activity the text names (by id, as an invitation button sends it, or by title). */
export async function signupTarget(ctx: EngineContext, text: string) {
  const list = await open(ctx);
  return list.find((a) => a.id === text.trim()) ?? extractActivity(text, list);
}

/** Activity sign-up: which activity (skipped when the message named one); the server decides place or waitlist. */
const signup: FlowDefinition = {
  id: 'signup',
  steps: {
    which: {
      help: 'bot.signup.which_help',
      ask: async (ctx) => {
        const activities = (await open(ctx)).slice(0, MAX_CHOICES);
        const list: Choice[] = activities.map((a, i) => ({
          n: i + 1,
          label: a.title,
          value: a.id,
        }));
        return {
          text: [
            ctx.t('bot.signup.ask_which'),
            ...activities.map((a) => activityLine(ctx, a)),
          ].join('\n'),
          choices: list,
        };
      },
      answer: async (ctx, _data: FlowData, answer) => {
        const id = answer.choice ?? (await signupTarget(ctx, answer.text))?.id;
        return id ? signupFor(ctx, id, extractGuests(answer.text)) : { kind: 'unclear' };
      },
    },
  },
};

export default signup;
