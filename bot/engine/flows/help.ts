import type { HelpRequestAction, HelpTopic } from '../actions';
import type { EngineContext } from '../context';
import { choices } from '../context';
import { normalize, phraseRegex } from '../text';
import type { BotReply } from '../types';
import type { FlowDefinition } from './flow';

const urgentWords = phraseRegex([
  'dringend',
  'spoed',
  'nu meteen',
  'meteen',
  'direct',
  'zo snel mogelijk',
  'asap',
  'urgent',
  'right now',
  'immediately',
]);

const topicWords: [HelpTopic, RegExp][] = [
  [
    'money',
    phraseRegex([
      'geld',
      'schuld',
      'schulden',
      'rekening',
      'rekeningen',
      'huur',
      'uitkering',
      'toeslag',
      'toeslagen',
      'brief',
      'post',
      'formulier',
      'formulieren',
      'money',
      'debt',
      'debts',
      'bill',
      'bills',
      'rent',
      'benefits',
      'letter',
      'forms',
      'paperwork',
    ]),
  ],
  [
    'home',
    phraseRegex([
      'huis',
      'woning',
      'flat',
      'schoonmaken',
      'verhuizen',
      'home',
      'house',
      'cleaning',
    ]),
  ],
  [
    'health',
    phraseRegex([
      'voel',
      'somber',
      'bang',
      'alleen',
      'eenzaam',
      'slapen',
      'onrustig',
      'ziek',
      'feel',
      'scared',
      'alone',
      'lonely',
      'sleep',
      'restless',
      'sick',
      'anxious',
    ]),
  ],
  [
    'neighbours',
    phraseRegex([
      'buren',
      'buurman',
      'buurvrouw',
      'buur',
      'neighbour',
      'neighbours',
      'neighbor',
      'neighbors',
    ]),
  ],
];

/** The topic a message speaks of, if any. */
export function helpTopicOf(text: string): HelpTopic | undefined {
  const norm = normalize(text);
  return topicWords.find(([, regex]) => regex.test(norm))?.[0];
}

export function isUrgent(text: string): boolean {
  return urgentWords.test(normalize(text));
}

/**
 * Says who will answer, from the ports: the person's own support worker if they have one, else
 * the staff member on call, else "a support worker". Nothing about anyone else is revealed, and
 * the reply is always private, so nobody else learns whether this person has support.
 */
export async function helpRequested(
  ctx: EngineContext,
  fields: Pick<HelpRequestAction, 'urgent' | 'topic' | 'note' | 'reason'>,
): Promise<{ replies: BotReply[]; actions: HelpRequestAction[] }> {
  const contacts = await ctx.ports.supportContacts(ctx.input.projectId, ctx.input.author.userId);
  const answeredBy = contacts.ownWorkerName
    ? 'own_worker'
    : contacts.onCallName
      ? 'on_call'
      : 'any_staff';
  const who =
    answeredBy === 'own_worker'
      ? ctx.t('bot.help.who_own', { name: contacts.ownWorkerName ?? '' })
      : answeredBy === 'on_call'
        ? ctx.t('bot.help.who_on_call', { name: contacts.onCallName ?? '' })
        : ctx.t('bot.help.who_any');
  const lines = [ctx.t('bot.help.sent'), who];
  if (fields.urgent) lines.push(ctx.t('bot.help.urgent_note'));
  lines.push(ctx.t('bot.help.danger_note'));
  const action: HelpRequestAction = {
    type: 'help.request',
    projectId: ctx.input.projectId,
    userId: ctx.input.author.userId,
    answeredBy,
    ...fields,
  };
  if (!fields.note) delete action.note;
  return { replies: [{ visibility: 'private', text: lines.join(' ') }], actions: [action] };
}

const topics: HelpTopic[] = ['home', 'money', 'health', 'neighbours', 'other'];

function isHelpTopic(value: string | undefined): value is HelpTopic {
  return (topics as string[]).includes(value ?? '');
}

async function finish(ctx: EngineContext, data: Record<string, unknown>) {
  const topic = typeof data.topic === 'string' && isHelpTopic(data.topic) ? data.topic : 'other';
  const note = typeof data.note === 'string' && data.note.trim() !== '' ? data.note : undefined;
  const { replies, actions } = await helpRequested(ctx, {
    urgent: data.urgent === true,
    topic,
    note,
    reason: 'asked',
  });
  return { kind: 'done' as const, replies, actions };
}

/** Help request: is it urgent, what is it about (optional), then staff are asked to answer. */
const help: FlowDefinition = {
  id: 'help',
  steps: {
    urgent: {
      help: 'bot.help.urgent_help',
      ask: (ctx) => ({
        text: ctx.t('bot.help.ask_urgent'),
        choices: choices(ctx, [
          ['bot.help.choice_urgent', 'yes'],
          ['bot.help.choice_not_urgent', 'no'],
        ]),
      }),
      answer: async (ctx, data, answer) => {
        if (answer.choice !== 'yes' && answer.choice !== 'no') return { kind: 'unclear' };
        const next = { ...data, urgent: answer.choice === 'yes' };
        if (typeof data.topic === 'string') return finish(ctx, next);
        return { kind: 'next', step: 'topic', data: next };
      },
    },
    topic: {
      help: 'bot.help.topic_help',
      ask: (ctx) => ({
        text: ctx.t('bot.help.ask_topic'),
        choices: choices(ctx, [
          ['bot.help.topic_home', 'home'],
          ['bot.help.topic_money', 'money'],
          ['bot.help.topic_health', 'health'],
          ['bot.help.topic_neighbours', 'neighbours'],
          ['bot.help.topic_other', 'other'],
          ['bot.common.skip', 'skip'],
        ]),
      }),
      answer: async (ctx, data, answer) => {
        if (answer.choice === 'skip') return finish(ctx, { ...data, topic: 'other' });
        if (isHelpTopic(answer.choice)) return finish(ctx, { ...data, topic: answer.choice });
        if (answer.text.trim().length < 2) return { kind: 'unclear' };
        // Their own words are welcome: keep them for the support worker.
        return finish(ctx, {
          ...data,
          topic: helpTopicOf(answer.text) ?? 'other',
          note: answer.text,
        });
      },
    },
  },
};

export default help;
