import rrule from 'rrule';
import type { z } from 'zod';
import { recurrenceInputSchema } from '../../protocol/activities';
import { addLocalDays, fromLocal, type LocalDateTime } from './time';

const { RRule } = rrule;

/** How often a series repeats, as the web form and the API offer it. */
export const recurrenceSchema = recurrenceInputSchema;
export type Recurrence = z.infer<typeof recurrenceSchema>;

/** The longest a series may run: two years of occurrences. */
const MAX_OCCURRENCES = 104;

/** The RFC 5545 RRULE (without DTSTART) for a recurrence. */
export function ruleOf(recurrence: Recurrence): string {
  const parts: string[] = [];
  switch (recurrence.frequency) {
    case 'daily':
      parts.push('FREQ=DAILY');
      break;
    case 'weekly':
      parts.push('FREQ=WEEKLY');
      break;
    case 'biweekly':
      parts.push('FREQ=WEEKLY', 'INTERVAL=2');
      break;
    case 'monthly':
      parts.push('FREQ=MONTHLY');
      break;
  }
  // RFC 5545: COUNT and UNTIL never together; the occurrence cap applies either way.
  if (recurrence.until) parts.push(`UNTIL=${recurrence.until.replaceAll('-', '')}T235959Z`);
  else parts.push(`COUNT=${Math.min(recurrence.count ?? MAX_OCCURRENCES, MAX_OCCURRENCES)}`);
  return parts.join(';');
}

/** A wall time as rrule's "floating" date: the local fields stored in a UTC Date. */
function floating(local: LocalDateTime): Date {
  return new Date(`${local}:00Z`);
}

export interface Occurrence {
  /** The local start, also the occurrence's stable key. */
  key: LocalDateTime;
  startsAt: Date;
  endsAt: Date;
}

/**
 * The occurrences of a series that start before `until`, in local wall-clock time: the rule
 * runs over floating local times, and each is then placed in the time zone, so a weekly
 * 10:00 stays 10:00 in summer and in winter.
 */
export function occurrences(
  series: { rule: string; startLocal: LocalDateTime; durationMinutes: number; timezone: string },
  until: Date,
): Occurrence[] {
  const options = RRule.parseString(series.rule);
  const rule = new RRule({ ...options, dtstart: floating(series.startLocal) });
  // Floating "until": a day beyond the real instant covers any offset.
  const limit = floating(addLocalDays(until.toISOString().slice(0, 16), 1));
  const result: Occurrence[] = [];
  for (const date of rule.between(floating(series.startLocal), limit, true)) {
    const key = date.toISOString().slice(0, 16);
    const startsAt = fromLocal(key, series.timezone);
    if (startsAt >= until) break;
    result.push({
      key,
      startsAt,
      endsAt: new Date(startsAt.getTime() + series.durationMinutes * 60_000),
    });
    if (result.length >= MAX_OCCURRENCES) break;
  }
  return result;
}
