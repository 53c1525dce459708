import { activityLine } from '../activities';
import { extractGuests } from '../entities/guests';
import type { EngineContext } from '../context';
import { extractActivity } from '../entities/activity';
import type { FlowData } from '../state';
import type { Choice } from '../../../server/protocol/bot-reply';
import { countedKey } from '../../../server/i18n/catalogue';
import type { BotAction } from '../actions';
import { yesOrNo } from '../answers';
import { choices } from '../context';
import type { Answer, FlowDefinition, StepResult } from './flow';

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
  // Places are free, but not for the whole group: ask, never waitlist the group silently.
  const group = 1 + (guests ?? 0);
  if (activity.spotsLeft !== null && activity.spotsLeft > 0 && group > activity.spotsLeft)
    return { kind: 'next', step: 'fit', data: { activityId, guests: guests ?? 0 } };
  return { kind: 'done', replies: [], actions: [signupAction(ctx, activityId, guests)] };
}

function signupAction(ctx: EngineContext, activityId: string, guests?: number): BotAction {
  return {
    type: 'activity.signup',
    projectId: ctx.input.projectId,
    userId: ctx.input.author.userId,
    activityId,
    ...(guests !== undefined && guests > 0 ? { guests } : {}),
  };
}

const FIT_CHOICES = [
  ['bot.signup.fit_alone', 'alone'],
  ['bot.signup.fit_waitlist', 'waitlist'],
  ['bot.signup.fit_no', 'no'],
] as const;

/** "Er is nog 1 plek vrij bij …. Dat is niet genoeg voor jou en je 2 gasten samen." */
async function fitPrompt(ctx: EngineContext, data: FlowData) {
  const all = await ctx.ports.upcomingActivities(ctx.input.projectId, ctx.input.author.userId);
  const activity = all.find((a) => a.id === data['activityId']);
  const guests = Number(data['guests'] ?? 0);
  const left = activity?.spotsLeft ?? 0;
  const params = { title: activity?.title ?? '', left, guests };
  const places = ctx.t(
    countedKey(left, { one: 'bot.signup.fit_left_one', many: 'bot.signup.fit_left' }),
    params,
  );
  const who = ctx.t(
    countedKey(guests, { one: 'bot.signup.fit_group_one', many: 'bot.signup.fit_group' }),
    params,
  );
  return { text: `${places} ${who}`, choices: choices(ctx, FIT_CHOICES) };
}

/** Alone (a place now), the whole group on the waitlist, or not at all. */
function fitAnswer(ctx: EngineContext, data: FlowData, answer: Answer): StepResult {
  const activityId = String(data['activityId'] ?? '');
  const said = answer.choice ?? (yesOrNo(answer.text) === 'no' ? 'no' : undefined);
  if (said === 'alone')
    return { kind: 'done', replies: [], actions: [signupAction(ctx, activityId)] };
  if (said === 'waitlist')
    return {
      kind: 'done',
      replies: [],
      actions: [signupAction(ctx, activityId, Number(data['guests'] ?? 0))],
    };
  if (said === 'no')
    return {
      kind: 'done',
      replies: [{ visibility: 'private', text: ctx.t('bot.signup.fit_none') }],
      actions: [],
    };
  return { kind: 'unclear' };
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
    fit: { help: 'bot.signup.fit_help', ask: fitPrompt, answer: fitAnswer },
  },
};

export default signup;
