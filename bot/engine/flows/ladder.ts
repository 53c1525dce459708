import type { MessageKey } from '../../../server/i18n/catalogue';
import {
  chosenSteps,
  isConcernCategory,
  type ChosenStep,
  type Frequency,
  type LadderStep,
} from '../../../server/protocol/concernTypes';
import {
  allowedMoves,
  detectSensitive,
  isMediationExcluded,
  rungOf,
  suggestStep,
  type TalkedAlready,
} from '../../../server/protocol/ladder';
import type { ConcernDetails } from '../../../server/protocol/concernTypes';
import type { ConcernStepAction } from '../actions';
import type { EngineContext } from '../context';
import { choices } from '../context';
import { wantsToTalkFirst } from '../entities/talk-first';
import { extractWhen } from '../../../server/protocol/when-words';
import { burenberichtText } from '../../../server/protocol/burenbericht';
import { normalize, phraseRegex } from '../../../server/protocol/text';
import type { FlowData } from '../state';
import type { BotReply, Choice } from '../../../server/protocol/bot-reply';
import { unitAnswer } from './care';
import type { FlowDefinition, StepResult } from './flow';

/**
 * The ladder conversation about one concern (its `ref`), after it was stored or when the
 * reporter picks a next step later (`/stap`, a follow-up answer): when and how often, what it
 * does to them, whether they talked already, then the lowest step that fits, with the others
 * to choose from. Someone who feels unsafe goes straight to staff. A burenbericht is shown
 * before it is sent, and is anonymous unless the reporter says otherwise.
 */

const unsafeWords = phraseRegex([
  'onveilig',
  'bang',
  'angstig',
  'durf niet naar huis',
  'niet veilig',
  'unsafe',
  'not safe',
  'scared',
  'afraid',
  'frightened',
]);

const stepLabel: Record<ChosenStep, MessageKey> = {
  zelf: 'concerns.bot.step.zelf',
  burenbericht: 'concerns.bot.step.burenbericht',
  begeleiding: 'concerns.bot.step.begeleiding',
  bemiddeling: 'concerns.bot.step.bemiddeling',
};

const stepExplain: Record<ChosenStep, MessageKey> = {
  zelf: 'concerns.bot.explain.zelf',
  burenbericht: 'concerns.bot.explain.burenbericht',
  begeleiding: 'concerns.bot.explain.begeleiding',
  bemiddeling: 'concerns.bot.explain.bemiddeling',
};

function isChosenStep(value: unknown): value is ChosenStep {
  return typeof value === 'string' && (chosenSteps as readonly string[]).includes(value);
}

const frequencyOfKind: Record<string, Frequency> = { recurring: 'often', moment: 'once' };

/** The first question: when (if the report did not say), else what it does to the reporter. */
export function firstLadderStep(data: FlowData): string {
  return typeof data.when === 'string' ? 'effect' : 'when';
}

function frequencyOf(data: FlowData): Frequency | undefined {
  if (typeof data.frequency === 'string') return data.frequency as Frequency;
  if (typeof data.whenKind === 'string') return frequencyOfKind[data.whenKind];
  return undefined;
}

function detailsOf(data: FlowData): ConcernDetails {
  const details: ConcernDetails = {};
  if (typeof data.when === 'string' && data.whenAnswered === true) details.when = data.when;
  const frequency = frequencyOf(data);
  if (frequency) details.frequency = frequency;
  if (typeof data.effect === 'string') details.effect = data.effect;
  if (data.unsafe === true) details.unsafe = true;
  if (data.talked === 'yes' || data.talked === 'no' || data.talked === 'afraid')
    details.talked = data.talked;
  return details;
}

function fromStep(data: FlowData): LadderStep {
  return typeof data.from === 'string' ? (data.from as LadderStep) : 'intake';
}

/**
 * Whether the person could send a burenbericht: a home was named (or not yet asked). Never
 * whether anyone lives there: the answer must not tell which homes have members (a burenbericht
 * that reaches nobody is reported to staff by the server).
 */
function targetKnown(data: FlowData): boolean {
  if (typeof data.hasTarget === 'boolean') return data.hasTarget;
  return typeof data.unit === 'string';
}

/** The steps this reporter can choose now, lowest first, and the one the bot suggests. */
async function options(
  ctx: EngineContext,
  data: FlowData,
): Promise<{ steps: ChosenStep[]; suggested: ChosenStep | undefined; hasTarget: boolean }> {
  const from = fromStep(data);
  const category = isConcernCategory(data.category) ? data.category : 'other';
  const flags = detectSensitive(`${String(data.description ?? '')} ${String(data.effect ?? '')}`);
  const excluded = data.excluded === true || isMediationExcluded(category, flags);
  const hasTarget = targetKnown(data);
  // A home can still be asked for, unless the reporter said they cannot give one.
  const ignore = data.noTarget === true ? [] : (['needs_target'] as const);
  const steps = allowedMoves(
    from,
    'reporter',
    { status: 'open', mediationExcluded: excluded, consent: false, hasTarget },
    ignore,
  )
    .filter(isChosenStep)
    .sort((a, b) => rungOf[a] - rungOf[b]);
  let suggested: ChosenStep | undefined;
  if (from === 'intake') {
    suggested = suggestStep({
      category,
      flags,
      unsafe: data.unsafe === true,
      hasTarget: hasTarget || (typeof data.unit !== 'string' && data.noTarget !== true),
      talked: (data.talked as TalkedAlready | undefined) ?? undefined,
    });
  } else {
    // After a step that did not help: the next rung up that can work.
    suggested = steps.find(
      (s) => rungOf[s] > rungOf[from] && (s !== 'burenbericht' || hasTarget) && s !== 'bemiddeling',
    );
  }
  if (suggested && !steps.includes(suggested)) suggested = steps.find((s) => s === 'begeleiding');
  return { steps, suggested, hasTarget };
}

function stepAction(ctx: EngineContext, data: FlowData, to: ChosenStep): ConcernStepAction {
  const action: ConcernStepAction = {
    type: 'concern.step',
    projectId: ctx.input.projectId,
    userId: ctx.input.author.userId,
    ref: String(data.ref),
    to,
    details: detailsOf(data),
  };
  if (to === 'burenbericht') {
    if (typeof data.unit === 'string') action.unit = data.unit;
    action.named = data.named === true;
  }
  return action;
}

function priv(text: string): BotReply {
  return { visibility: 'private', text };
}

/** The buurtkaart's tips for talking to a neighbour. */
export async function tips(ctx: EngineContext): Promise<string> {
  const card = await ctx.ports.card(ctx.input.projectId);
  return [ctx.t('concerns.bot.tips'), ...card.tips.map((tip) => `- ${tip}`)].join('\n');
}

/** Carries out the chosen step (or asks what a burenbericht still needs). */
async function choose(ctx: EngineContext, data: FlowData, to: ChosenStep): Promise<StepResult> {
  if (to === 'burenbericht') {
    if (typeof data.unit === 'string' && targetKnown(data))
      return { kind: 'next', step: 'named', data: { ...data, hasTarget: true } };
    return { kind: 'next', step: 'unit', data };
  }
  const replies: BotReply[] = [];
  if (to === 'zelf')
    replies.push(priv(await tips(ctx)), priv(ctx.t('concerns.bot.will_follow_up')));
  if (to === 'begeleiding')
    replies.push(
      priv(ctx.t(data.unsafe === true ? 'concerns.bot.unsafe_to_staff' : 'concerns.bot.to_staff')),
    );
  if (to === 'bemiddeling') replies.push(priv(ctx.t('concerns.bot.to_mediation')));
  return { kind: 'done', replies, actions: [stepAction(ctx, data, to)] };
}

/**
 * A report about threats, violence or fear does not wait for the ladder questions: it goes to
 * staff at once, and the reporter hears why a talk or mediation is not the first step.
 */
export function staffFirst(ctx: EngineContext, data: FlowData): StepResult {
  return {
    kind: 'done',
    replies: [priv(ctx.t('concerns.bot.staff_first'))],
    actions: [stepAction(ctx, data, 'begeleiding')],
  };
}

const ladder: FlowDefinition = {
  id: 'ladder',
  // "Ik praat eerst zelf met haar", at any question: the report stays, the step is "zelf".
  redirect: async (ctx, data, text) =>
    wantsToTalkFirst(text) ? choose(ctx, data, 'zelf') : undefined,
  steps: {
    when: {
      help: 'concerns.bot.when_help',
      ask: (ctx) => ({
        text: ctx.t('concerns.bot.ask_when'),
        choices: choices(ctx, [
          ['concerns.bot.when_once', 'once'],
          ['concerns.bot.when_sometimes', 'sometimes'],
          ['concerns.bot.when_often', 'often'],
          ['concerns.bot.when_daily', 'daily'],
          ['bot.common.skip', 'skip'],
        ]),
      }),
      answer: (_ctx, data, answer) => {
        const next = { ...data };
        if (answer.choice === 'skip') return { kind: 'next', step: 'effect', data: next };
        if (answer.choice)
          return { kind: 'next', step: 'effect', data: { ...next, frequency: answer.choice } };
        if (answer.text.trim().length < 2) return { kind: 'unclear' };
        const when = extractWhen(answer.text);
        return {
          kind: 'next',
          step: 'effect',
          data: {
            ...next,
            when: answer.text.trim().slice(0, 200),
            whenAnswered: true,
            ...(when ? { whenKind: when.kind } : {}),
          },
        };
      },
    },
    effect: {
      help: 'concerns.bot.effect_help',
      ask: (ctx) => ({
        text: ctx.t('concerns.bot.ask_effect'),
        choices: choices(ctx, [
          ['concerns.bot.effect_sleep', 'sleep'],
          ['concerns.bot.effect_home', 'home'],
          ['concerns.bot.effect_unsafe', 'unsafe'],
          ['bot.common.skip', 'skip'],
        ]),
      }),
      answer: async (ctx, data, answer) => {
        const next: FlowData = { ...data };
        if (
          answer.choice === 'unsafe' ||
          (!answer.choice && unsafeWords.test(normalize(answer.text)))
        ) {
          next.unsafe = true;
          next.effect = answer.choice
            ? ctx.t('concerns.bot.effect_unsafe')
            : answer.text.slice(0, 500);
          // Feeling unsafe goes straight to staff: no further questions.
          return choose(ctx, next, 'begeleiding');
        }
        if (answer.choice === 'sleep') next.effect = ctx.t('concerns.bot.effect_sleep');
        else if (answer.choice === 'home') next.effect = ctx.t('concerns.bot.effect_home');
        else if (answer.choice !== 'skip') {
          if (answer.text.trim().length < 2) return { kind: 'unclear' };
          next.effect = answer.text.trim().slice(0, 500);
        }
        return { kind: 'next', step: 'talked', data: next };
      },
    },
    talked: {
      help: 'concerns.bot.talked_help',
      ask: (ctx) => ({
        text: ctx.t('concerns.bot.ask_talked'),
        choices: choices(ctx, [
          ['concerns.bot.talked_yes', 'yes'],
          ['concerns.bot.talked_no', 'no'],
          ['concerns.bot.talked_afraid', 'afraid'],
          ['concerns.bot.talked_unknown', 'unknown'],
        ]),
      }),
      answer: (_ctx, data, answer) => {
        if (answer.choice === 'yes' || answer.choice === 'no' || answer.choice === 'afraid')
          return { kind: 'next', step: 'choose', data: { ...data, talked: answer.choice } };
        if (answer.choice === 'unknown') return { kind: 'next', step: 'choose', data };
        return { kind: 'unclear' };
      },
    },
    choose: {
      help: 'concerns.bot.choose_help',
      ask: async (ctx, data) => {
        const { steps, suggested } = await options(ctx, data);
        const lines: string[] = [];
        if (suggested)
          lines.push(
            ctx.t('concerns.bot.suggest', { step: ctx.t(stepLabel[suggested]) }),
            ctx.t(stepExplain[suggested]),
          );
        lines.push(ctx.t('concerns.bot.ask_choose'));
        const ordered = suggested ? [suggested, ...steps.filter((s) => s !== suggested)] : steps;
        const offered: [MessageKey, string][] = ordered.map((s) => [stepLabel[s], s]);
        if (steps.includes('begeleiding')) offered.push(['concerns.bot.choice_unsafe', 'unsafe']);
        offered.push(['concerns.bot.choice_later', 'later']);
        const list: Choice[] = choices(ctx, offered);
        if (suggested && list[0])
          list[0] = { ...list[0], label: `${list[0].label} ${ctx.t('concerns.bot.tip_mark')}` };
        return { text: lines.join(' '), choices: list };
      },
      answer: async (ctx, data, answer) => {
        if (answer.choice === 'unsafe')
          return choose(ctx, { ...data, unsafe: true }, 'begeleiding');
        if (answer.choice === 'later') {
          const details = detailsOf(data);
          return {
            kind: 'done',
            replies: [priv(ctx.t('concerns.bot.later'))],
            actions:
              Object.keys(details).length > 0
                ? [
                    {
                      type: 'concern.details',
                      projectId: ctx.input.projectId,
                      userId: ctx.input.author.userId,
                      ref: String(data.ref),
                      details,
                    },
                  ]
                : [],
          };
        }
        if (isChosenStep(answer.choice)) return choose(ctx, data, answer.choice);
        return { kind: 'unclear' };
      },
    },
    unit: {
      help: 'concerns.bot.unit_help',
      ask: (ctx) => ({
        text: ctx.t('concerns.bot.ask_unit'),
        choices: choices(ctx, [['concerns.bot.unit_unknown', 'unknown']]),
      }),
      answer: async (ctx, data, answer) => {
        if (answer.choice === 'unknown')
          return {
            kind: 'next',
            step: 'choose',
            data: { ...data, noTarget: true, hasTarget: false },
            say: [priv(ctx.t('concerns.bot.no_unit'))],
          };
        const unit = unitAnswer(answer.text);
        if (!unit) return { kind: 'unclear' };
        return { kind: 'next', step: 'named', data: { ...data, unit, hasTarget: true } };
      },
    },
    named: {
      help: 'concerns.bot.named_help',
      ask: (ctx) => ({
        text: ctx.t('concerns.bot.ask_named'),
        choices: choices(ctx, [
          ['concerns.bot.named_no', 'no'],
          ['concerns.bot.named_yes', 'yes'],
        ]),
      }),
      answer: (_ctx, data, answer) => {
        if (answer.choice !== 'yes' && answer.choice !== 'no') return { kind: 'unclear' };
        return { kind: 'next', step: 'preview', data: { ...data, named: answer.choice === 'yes' } };
      },
    },
    preview: {
      help: 'concerns.bot.preview_help',
      ask: (ctx, data) => {
        const text = burenberichtText(ctx.t, {
          category: isConcernCategory(data.category) ? data.category : 'other',
          frequency: frequencyOf(data),
          when: typeof data.when === 'string' ? data.when : undefined,
          senderName: data.named === true ? ctx.input.author.displayName : undefined,
        });
        return {
          text: ctx.t('concerns.bot.preview', { unit: String(data.unit ?? ''), text }),
          choices: choices(ctx, [
            ['concerns.bot.preview_send', 'yes'],
            ['concerns.bot.preview_dont', 'no'],
          ]),
        };
      },
      answer: (ctx, data, answer) => {
        if (answer.choice === 'yes')
          return {
            kind: 'done',
            replies: [priv(ctx.t('concerns.bot.burenbericht_sent'))],
            actions: [stepAction(ctx, data, 'burenbericht')],
          };
        if (answer.choice === 'no')
          return {
            kind: 'next',
            step: 'choose',
            data: { ...data, named: null },
            say: [priv(ctx.t('concerns.bot.burenbericht_not_sent'))],
          };
        return { kind: 'unclear' };
      },
    },
  },
};

export default ladder;
