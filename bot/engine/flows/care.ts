import type { CareSignalAction } from '../actions';
import { choices } from '../context';
import type { EngineContext } from '../context';
import { extractUnit } from '../entities/unit';
import type { FlowData } from '../state';
import type { FlowDefinition, StepResult } from './flow';

/** "12", "3b", "nummer 12": the unit number in a short answer. */
export function unitAnswer(text: string): string | undefined {
  const bare = /^\s*(\d{1,4})\s?([a-z])?\s*[.!]?\s*$/i.exec(text);
  if (bare?.[1]) return `${bare[1]}${(bare[2] ?? '').toUpperCase()}`;
  return extractUnit(text);
}

function finish(ctx: EngineContext, data: FlowData): StepResult {
  const action: CareSignalAction = {
    type: 'care.signal',
    projectId: ctx.input.projectId,
    userId: ctx.input.author.userId,
    note: String(data.note ?? ''),
  };
  if (typeof data.unit === 'string') action.unit = data.unit;
  return {
    kind: 'done',
    replies: [
      {
        visibility: 'private',
        text: [ctx.t('bot.care.sent'), ctx.t('bot.help.danger_note')].join(' '),
      },
    ],
    actions: [action],
  };
}

/** Care signal: what do you notice, which home (optional); staff are told privately. */
const care: FlowDefinition = {
  id: 'care',
  steps: {
    what: {
      help: 'bot.care.what_help',
      ask: (ctx) => ({
        text: ctx.t('bot.care.ask_what'),
        choices: choices(ctx, [['bot.common.stop', 'stop']]),
      }),
      answer: (ctx, data, answer) => {
        if (answer.text.trim().length < 3) return { kind: 'unclear' };
        const unit = unitAnswer(answer.text);
        const next = { ...data, note: answer.text, ...(unit ? { unit } : {}) };
        return unit ? finish(ctx, next) : { kind: 'next', step: 'unit', data: next };
      },
    },
    unit: {
      help: 'bot.care.unit_help',
      ask: (ctx) => ({
        text: ctx.t('bot.care.ask_unit'),
        choices: choices(ctx, [['bot.common.skip', 'skip']]),
      }),
      answer: (ctx, data, answer) => {
        if (answer.choice === 'skip') return finish(ctx, data);
        const unit = unitAnswer(answer.text);
        return unit ? finish(ctx, { ...data, unit }) : { kind: 'unclear' };
      },
    },
  },
};

export default care;
