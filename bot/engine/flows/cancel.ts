import { extractDate } from '../entities/date';
import { PROJECT_TIME_ZONE } from '../entities/date';
import type { EngineContext } from '../context';
import { extractActivity } from '../entities/activity';
import { countedKey } from '../../../server/i18n/catalogue';
import { WITHDRAW_QUESTION } from '../../../server/protocol/bot-prompts';
import { formatWhen } from '../activities';
import { yesOrNo } from '../answers';
import { choices } from '../context';
import type { FlowData } from '../state';
import type { ActivitySummary } from '../../../server/protocol/bot-reads';
import type { Choice } from '../../../server/protocol/bot-reply';
import type { Answer, FlowDefinition, StepResult } from './flow';

export async function signedUpActivities(ctx: EngineContext) {
  const all = await ctx.ports.upcomingActivities(ctx.input.projectId, ctx.input.author.userId);
  return all.filter((a) => a.signedUp);
}

/** The buttons of the confirm question; typed "ja" / "nee" (and their many forms) match them. */
const CONFIRM_CHOICES = [
  ['bot.cancel.choice_yes', 'yes'],
  ['bot.cancel.choice_no', 'no'],
] as const;

/**
 * Before a sign-up is cancelled, Buurtbot asks once, and says that guests go too: a place given
 * up may be gone for good (the waitlist gets it), so one wrong tap must not do that.
 */
export async function confirmCancel(ctx: EngineContext, activityId: string): Promise<StepResult> {
  const activity = (await signedUpActivities(ctx)).find((a) => a.id === activityId);
  if (!activity)
    return {
      kind: 'done',
      replies: [{ visibility: 'private', text: ctx.t('bot.cancel.not_signed_up') }],
      actions: [],
    };
  return { kind: 'next', step: 'confirm', data: { activityId } };
}

function confirmText(ctx: EngineContext, activity: ActivitySummary): string {
  const params = { title: activity.title, when: formatWhen(ctx, activity.startsAt) };
  const guests = activity.guests ?? 0;
  return ctx.t(countedKey(guests, WITHDRAW_QUESTION), { ...params, guests });
}

/** The answer to "Wil je je afmelden voor …?": cancel (the server confirms privately), or keep it. */
async function confirmed(ctx: EngineContext, data: FlowData, answer: Answer): Promise<StepResult> {
  const activityId = String(data['activityId'] ?? '');
  const activity = (await signedUpActivities(ctx)).find((a) => a.id === activityId);
  const said = answer.choice ?? yesOrNo(answer.text);
  if (!activity)
    return {
      kind: 'done',
      replies: [{ visibility: 'private', text: ctx.t('bot.cancel.not_signed_up') }],
      actions: [],
    };
  if (said === 'no')
    return {
      kind: 'done',
      replies: [
        { visibility: 'private', text: ctx.t('bot.cancel.kept', { title: activity.title }) },
      ],
      actions: [],
    };
  if (said !== 'yes') return { kind: 'unclear' };
  const { projectId, author } = ctx.input;
  return {
    kind: 'done',
    replies: [],
    actions: [{ type: 'activity.cancel', projectId, userId: author.userId, activityId }],
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

/** Cancel a sign-up: which of your activities, then once more "are you sure?". */
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
        return id ? confirmCancel(ctx, id) : { kind: 'unclear' };
      },
    },
    confirm: {
      help: 'bot.cancel.confirm_help',
      ask: async (ctx, data) => {
        const activity = (await signedUpActivities(ctx)).find((a) => a.id === data['activityId']);
        const text = activity ? confirmText(ctx, activity) : ctx.t('bot.cancel.not_signed_up');
        return { text, choices: activity ? choices(ctx, CONFIRM_CHOICES) : [] };
      },
      answer: confirmed,
    },
  },
};

export default cancel;
