import { activityLine, formatWhen } from '../activities';
import type { EngineContext } from '../context';
import { extractActivity } from '../entities/activity';
import type { FlowData } from '../state';
import type { Choice } from '../types';
import type { FlowDefinition, StepResult } from './flow';

const MAX_CHOICES = 6;

async function open(ctx: EngineContext) {
  const all = await ctx.ports.upcomingActivities(ctx.input.projectId, ctx.input.author.userId);
  return all.filter((a) => !a.signedUp);
}

/** Signs up for the activity with this id, or says why not. */
export async function signupFor(ctx: EngineContext, activityId: string): Promise<StepResult> {
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
  const key = activity.spotsLeft === 0 ? 'bot.signup.sent_full' : 'bot.signup.sent';
  return {
    kind: 'done',
    replies: [
      {
        visibility: 'private',
        text: ctx.t(key, { title: activity.title, when: formatWhen(ctx, activity.startsAt) }),
      },
    ],
    actions: [
      {
        type: 'activity.signup',
        projectId: ctx.input.projectId,
        userId: ctx.input.author.userId,
        activityId,
      },
    ],
  };
}

/** The activity the text names among those the person can still join. */
export async function signupTarget(ctx: EngineContext, text: string) {
  return extractActivity(text, await open(ctx));
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
        return id ? signupFor(ctx, id) : { kind: 'unclear' };
      },
    },
  },
};

export default signup;
