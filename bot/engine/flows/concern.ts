import type { ConcernStartAction } from '../actions';
import { choices } from '../context';
import type { EngineContext } from '../context';
import { extractCategory } from '../entities/category';
import { isConcernCategory } from '../../../server/protocol/concernTypes';
import { extractUnit } from '../entities/unit';
import { wantsToTalkFirst } from '../entities/talk-first';
import { extractWhen, type WhenEntity } from '../../../server/protocol/when-words';
import { blameButton, guardPrompt, takeBack } from '../safety/blame-guard';
import { describesWhoSomeoneIs } from '../safety/labels';
import type { FlowData } from '../state';
import type { FlowDefinition, StepResult } from './flow';
import { firstLadderStep, staffFirst, tips } from './ladder';
import { detectSensitive, needsStaffFirst } from '../../../server/protocol/ladder';

/** What the message says about the concern, as flow data (only the parts that were found). */
export function concernData(text: string): FlowData {
  const data: FlowData = { description: text };
  const category = extractCategory(text);
  if (category) data.category = category;
  const unit = extractUnit(text);
  if (unit) data.unit = unit;
  const when = extractWhen(text);
  if (when) {
    data.when = when.text;
    data.whenKind = when.kind;
  }
  return data;
}

function whenKindOf(data: FlowData): WhenEntity['kind'] {
  return data.whenKind === 'since' || data.whenKind === 'moment' ? data.whenKind : 'recurring';
}

function summary(ctx: EngineContext, data: FlowData): string {
  const parts: string[] = [];
  if (isConcernCategory(data.category))
    parts.push(
      ctx.t('bot.concern.summary_category', { category: ctx.t(`bot.category.${data.category}`) }),
    );
  // "Het gebeurt elke nacht." / "Het speelt al weken." / "Het was vannacht.": a sentence, not a form.
  if (typeof data.when === 'string')
    parts.push(ctx.t(`bot.concern.summary_when.${whenKindOf(data)}`, { when: data.when }));
  if (typeof data.unit === 'string')
    parts.push(ctx.t('bot.concern.summary_unit', { unit: data.unit }));
  return parts.join(' ');
}

/**
 * Stores the report (`concern.start`, with a ref the engine makes so that later answers can name
 * it), then the ladder conversation goes on about it: what it does to the reporter, whether they
 * feel safe, and the lowest step that fits. A report about threats, violence or fear goes to
 * staff at once instead (`staffFirst`).
 */
function finish(ctx: EngineContext, data: FlowData): StepResult {
  const ref = globalThis.crypto.randomUUID();
  const action: ConcernStartAction = {
    type: 'concern.start',
    projectId: ctx.input.projectId,
    userId: ctx.input.author.userId,
    ref,
    description: String(data.description ?? ''),
    fromSharedRoom: data.fromSharedRoom === true,
  };
  if (isConcernCategory(data.category)) action.category = data.category;
  if (typeof data.unit === 'string') action.unit = data.unit;
  if (typeof data.when === 'string') action.when = data.when;
  const ladderData: FlowData = {
    ref,
    from: 'intake',
    category: isConcernCategory(data.category) ? data.category : 'other',
    description: String(data.description ?? ''),
  };
  if (typeof data.unit === 'string') ladderData.unit = data.unit;
  if (typeof data.when === 'string') ladderData.when = data.when;
  if (typeof data.whenKind === 'string') ladderData.whenKind = data.whenKind;
  const sent = { visibility: 'private' as const, text: ctx.t('bot.concern.sent') };
  const description = String(data.description ?? '');
  if (needsStaffFirst({ flags: detectSensitive(description), unsafe: false, text: description })) {
    // Threats, violence or fear: stored and with staff at once, even if the chat stops here.
    const toStaff = staffFirst(ctx, ladderData);
    if (toStaff.kind === 'done')
      return {
        kind: 'done',
        replies: [sent, ...toStaff.replies],
        actions: [action, ...toStaff.actions],
      };
  }
  return {
    kind: 'next',
    flow: 'ladder',
    step: firstLadderStep(ladderData),
    data: ladderData,
    say: [sent],
    actions: [action],
  };
}

/**
 * Concern intake: what happens (behaviour and when, never who someone is), then a check before
 * it becomes a private melding for the reporter and staff; then the ladder flow (`ladder.ts`).
 */
const concern: FlowDefinition = {
  // "Ik ga eerst zelf met haar praten" before the report is stored: nothing is passed on, and
  // the tips for that talk.
  redirect: async (ctx, _data, text) =>
    wantsToTalkFirst(text)
      ? {
          kind: 'done',
          replies: [
            { visibility: 'private', text: await tips(ctx) },
            { visibility: 'private', text: ctx.t('bot.concern.talk_first') },
          ],
          actions: [],
        }
      : undefined,
  id: 'concern',
  steps: {
    describe: {
      help: 'bot.concern.describe_help',
      ask: (ctx) => ({
        text: ctx.t('bot.concern.ask_describe'),
        choices: choices(ctx, [['bot.common.stop', 'stop']]),
      }),
      answer: (ctx, data, answer) => {
        if (answer.text.trim().length < 3) return { kind: 'unclear' };
        // A report that says who someone *is* is steered back, once, to what happened.
        if (describesWhoSomeoneIs(answer.text) && data.steered !== true) {
          return {
            kind: 'next',
            step: 'describe',
            data: { ...data, steered: true },
            say: [{ visibility: 'private', text: ctx.t('concerns.bot.steer_to_behaviour') }],
          };
        }
        return { kind: 'next', step: 'confirm', data: { ...data, ...concernData(answer.text) } };
      },
    },
    confirm: {
      help: 'bot.concern.confirm_help',
      ask: (ctx, data) => ({
        text: [
          data.fromSharedRoom === true ? ctx.t('bot.guard.offer') : summary(ctx, data),
          ctx.t('bot.concern.ask_confirm'),
        ]
          .filter((line) => line !== '')
          .join(' '),
        choices: choices(ctx, [
          ['bot.concern.choice_send', 'yes'],
          ['bot.concern.choice_cancel', 'no'],
        ]),
      }),
      answer: (ctx, data, answer) => {
        if (answer.choice === 'yes') return finish(ctx, data);
        if (answer.choice === 'no') {
          return {
            kind: 'done',
            replies: [{ visibility: 'private', text: ctx.t('bot.concern.not_sent') }],
            actions: [],
          };
        }
        return { kind: 'unclear' };
      },
    },
    /**
     * No public blame: a message in a shared room named a neighbour with a label. Take it back
     * (deleted for everyone), or make it a private report (stored at once, then the ladder).
     */
    guard: {
      help: 'bot.blame.help',
      ask: (ctx, data) => guardPrompt(ctx, data),
      answer: (ctx, data, answer) => {
        const pressed = answer.choice ? blameButton(answer.choice) : undefined;
        if (pressed?.kind === 'report') return finish(ctx, data);
        if (pressed?.kind === 'take_back') {
          return {
            kind: 'done',
            replies: [{ visibility: 'private', text: ctx.t('bot.blame.taken_back') }],
            actions: [takeBack(ctx, pressed.messageId)],
          };
        }
        return { kind: 'unclear' };
      },
    },
  },
};

export default concern;
