import { choices } from '../context';
import type { EngineContext } from '../context';
import { extractDate } from '../entities/date';
import type { FlowData } from '../state';
import type { FlowDefinition, StepResult } from './flow';

/** "20:00", "20.30", "20 uur", "8pm" -> "HH:MM". */
export function timeAnswer(text: string): string | undefined {
  const match = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(uur|u|pm|am)?\b/i.exec(text);
  if (!match?.[1] || (!match[2] && !match[3])) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  if (match[3]?.toLowerCase() === 'pm' && hour < 12) hour += 12;
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** "12", "12 mensen", "twaalf"-less: digits only; "geen grens" / "no limit" means none. */
export function capacityAnswer(text: string): number | null | undefined {
  if (/\b(geen|onbeperkt|no limit|unlimited|none)\b/i.test(text)) return null;
  const match = /\b(\d{1,3})\b/.exec(text);
  const n = match?.[1] ? Number(match[1]) : NaN;
  return n >= 1 && n <= 500 ? n : undefined;
}

/** The server creates the activity and tells the coordinator how it went (and who is interested). */
function finish(ctx: EngineContext, data: FlowData): StepResult {
  const title = String(data.title ?? '');
  const date = String(data.date ?? '');
  const time = typeof data.time === 'string' ? data.time : undefined;
  const place = typeof data.place === 'string' && data.place !== '' ? data.place : undefined;
  const capacity = typeof data.capacity === 'number' ? data.capacity : undefined;
  return {
    kind: 'done',
    replies: [],
    actions: [
      {
        type: 'activity.create',
        projectId: ctx.input.projectId,
        userId: ctx.input.author.userId,
        title,
        date,
        ...(time ? { time } : {}),
        ...(place ? { place } : {}),
        ...(capacity !== undefined ? { capacity } : {}),
      },
    ],
  };
}

/** Create an activity (coordinators and staff): title, date, start time, place (optional), places. */
const createActivity: FlowDefinition = {
  id: 'create-activity',
  steps: {
    title: {
      help: 'bot.create.title_help',
      ask: (ctx) => ({
        text: ctx.t('bot.create.ask_title'),
        choices: choices(ctx, [['bot.common.stop', 'stop']]),
      }),
      answer: (_ctx, data, answer) => {
        const title = answer.text.trim();
        if (title.length < 3 || title.length > 80) return { kind: 'unclear' };
        return { kind: 'next', step: 'date', data: { ...data, title } };
      },
    },
    date: {
      help: 'bot.create.date_help',
      ask: (ctx) => ({
        text: ctx.t('bot.create.ask_date'),
        choices: choices(ctx, [
          ['bot.create.choice_tomorrow', 'morgen'],
          ['bot.create.choice_saturday', 'zaterdag'],
          ['bot.common.stop', 'stop'],
        ]),
      }),
      answer: (ctx, data, answer) => {
        const date = extractDate(answer.choice ?? answer.text, ctx.now);
        if (!date) return { kind: 'unclear' };
        const time = timeAnswer(answer.text);
        const next = { ...data, date: date.date, ...(time ? { time } : {}) };
        return { kind: 'next', step: time ? 'place' : 'time', data: next };
      },
    },
    time: {
      help: 'bot.create.time_help',
      ask: (ctx) => ({
        text: ctx.t('bot.create.ask_time'),
        choices: choices(ctx, [['bot.common.skip', 'skip']]),
      }),
      answer: (_ctx, data, answer) => {
        if (answer.choice === 'skip') return { kind: 'next', step: 'place', data };
        const time = timeAnswer(answer.text);
        return time
          ? { kind: 'next', step: 'place', data: { ...data, time } }
          : { kind: 'unclear' };
      },
    },
    place: {
      help: 'bot.create.place_help',
      ask: (ctx) => ({
        text: ctx.t('bot.create.ask_place'),
        choices: choices(ctx, [['bot.common.skip', 'skip']]),
      }),
      answer: (_ctx, data, answer) => {
        if (answer.choice === 'skip') return { kind: 'next', step: 'capacity', data };
        const place = answer.text.trim();
        if (place.length < 2 || place.length > 120) return { kind: 'unclear' };
        return { kind: 'next', step: 'capacity', data: { ...data, place } };
      },
    },
    capacity: {
      help: 'bot.create.capacity_help',
      ask: (ctx) => ({
        text: ctx.t('bot.create.ask_capacity'),
        choices: choices(ctx, [['bot.create.choice_no_limit', 'none']]),
      }),
      answer: (ctx, data, answer) => {
        if (answer.choice === 'none') return finish(ctx, data);
        const capacity = capacityAnswer(answer.text);
        if (capacity === undefined) return { kind: 'unclear' };
        return finish(ctx, capacity === null ? data : { ...data, capacity });
      },
    },
  },
};

export default createActivity;
