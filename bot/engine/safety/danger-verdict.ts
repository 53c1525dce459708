import type { EmergencyKind } from '../actions';

/**
 * What the danger model's log2 odds (`nlu/danger-model.ts`) mean for the engine, in the private
 * conversation outside a flow (and, for a message with only a cue, in a shared room). Odds grow
 * with the model's training data, so the thresholds were chosen again when the danger corpus
 * grew, on the tuned sets and on each danger-corpus writer left out of training (bot/README.md,
 * "Round of 2026-12-07"), never on a blind line.
 */

/** From here a message no rule read as an emergency gets "Is er nu gevaar?". */
const ASK_ODDS = 5;
/**
 * From here the model alone gives the general advice (call 112, stay safe, stay with the person
 * if that is safe) and alerts staff: none of the left-out writers' calm lines and 2 of the tuned
 * sets' 3,254 other lines got it.
 */
const ADVICE_ODDS = 50;
/**
 * At or below this the model is so sure nobody is in danger that an emergency the rules found
 * gets the question instead of the advice. On the left-out writers it turned 44 of 119 false
 * advices into a question and none of 1,248 true ones; on the tuned sets none of 1,063 true ones.
 */
const DOUBT_ODDS = -40;

/** Where no safety rule fired: the general advice, the safety question, or nothing. */
export function verdictWithoutRule(odds: number | undefined): 'advice' | 'ask' | 'none' {
  const value = odds ?? Number.NEGATIVE_INFINITY;
  if (value >= ADVICE_ODDS) return 'advice';
  return value >= ASK_ODDS ? 'ask' : 'none';
}

/**
 * Whether the model may doubt what the rules found. Never a wish to die: that answer is gentle
 * and private, and the one true emergency the doubt turned into a question on the tuned sets was
 * "ik wil dood, niemand kan mij helpen".
 */
export function mayDoubt(kinds: readonly EmergencyKind[]): boolean {
  return kinds.length > 0 && !kinds.includes('self_harm');
}

/** Whether the model is sure enough that nobody is in danger to ask instead of advising. */
export function doubts(odds: number | undefined): boolean {
  return (odds ?? 0) <= DOUBT_ODDS;
}
