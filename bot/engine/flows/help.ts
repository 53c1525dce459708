import type { HelpDetailAction, HelpRequestAction, HelpTopic } from '../actions';
import type { EngineContext } from '../context';
import { choices } from '../context';
import { normalize, phraseRegex } from '../../../server/protocol/text';
import type { BotReply } from '../../../server/protocol/bot-reply';
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
 * When nobody is on call, the buurtkaart's day-and-night number (kind `crisis`), if it has one:
 * the person is not left waiting without a way to reach someone now.
 */
async function crisisLine(ctx: EngineContext): Promise<string[]> {
  const card = await ctx.ports.card(ctx.input.projectId);
  const line = card.contacts.find((c) => c.kind === 'crisis' && c.phone);
  return line?.phone ? [ctx.t('bot.help.crisis_line', { name: line.name, phone: line.phone })] : [];
}

/**
 * Says who will answer, from the ports: the person's own support worker if they have one, else
 * the staff member on call, else every support worker of the project (and, since nobody is on call,
 * the day-and-night number from the buurtkaart). Nothing about anyone else is revealed, and
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
  if (answeredBy === 'any_staff') lines.push(...(await crisisLine(ctx)));
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

function topicOf(data: Record<string, unknown>): HelpTopic {
  return typeof data.topic === 'string' && isHelpTopic(data.topic) ? data.topic : 'other';
}

function noteOf(data: Record<string, unknown>): string | undefined {
  return typeof data.note === 'string' && data.note.trim() !== '' ? data.note : undefined;
}

/** The help request is made: staff are asked at once (the topic, when known, goes with it). */
async function request(ctx: EngineContext, data: Record<string, unknown>) {
  return helpRequested(ctx, {
    urgent: data.urgent === true,
    topic: topicOf(data),
    note: noteOf(data),
    reason: 'asked',
  });
}

/** What the person adds afterwards, to the request that already exists. */
function detail(ctx: EngineContext, topic: HelpTopic, note?: string) {
  const action: HelpDetailAction = {
    type: 'help.detail',
    projectId: ctx.input.projectId,
    userId: ctx.input.author.userId,
    topic,
  };
  if (note) action.note = note;
  return {
    kind: 'done' as const,
    replies: [{ visibility: 'private' as const, text: ctx.t('bot.help.detail_added') }],
    actions: [action],
  };
}

/**
 * Help request: is it urgent? From that answer on the request exists: staff are asked at once and
 * the person is told who will answer. What it is about is asked after that, may be skipped, and
 * only adds to the request; closing the app or another message in between loses nothing.
 */
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
        const { replies, actions } = await request(ctx, next);
        if (typeof data.topic === 'string') return { kind: 'done', replies, actions };
        return { kind: 'next', step: 'topic', data: next, say: replies, actions };
      },
    },
    topic: {
      help: 'bot.help.topic_help',
      ask: (ctx) => ({
        text: ctx.t('bot.help.ask_topic_after'),
        choices: choices(ctx, [
          ['bot.help.topic_home', 'home'],
          ['bot.help.topic_money', 'money'],
          ['bot.help.topic_health', 'health'],
          ['bot.help.topic_neighbours', 'neighbours'],
          ['bot.help.topic_other', 'other'],
          ['bot.common.skip', 'skip'],
        ]),
      }),
      answer: async (ctx, _data, answer) => {
        if (answer.choice === 'skip')
          return {
            kind: 'done',
            replies: [{ visibility: 'private', text: ctx.t('bot.help.detail_skipped') }],
            actions: [],
          };
        if (isHelpTopic(answer.choice)) return detail(ctx, answer.choice);
        if (answer.text.trim().length < 2) return { kind: 'unclear' };
        // Their own words are welcome: kept for the support worker.
        return detail(ctx, helpTopicOf(answer.text) ?? 'other', answer.text);
      },
    },
  },
};

export default help;
