import type { EmergencyKind } from '../actions';

/**
 * What the danger model's log2 odds (`nlu/danger-model.ts`) mean for the engine, in the private
 * conversation outside a flow (and, for a message with only a cue, in a shared room). Odds grow
 * with the model's training data, so the thresholds were chosen again when the danger corpus
 * grew, on the tuned sets and on each danger-corpus writer left out of training (bot/README.md,
 * "Rounds of 2026-12-07"), never on a blind line. The counts below are from that choice, on the
 * eleven writers each left out and on the tuned sets (4,319 lines), on 2026-12-07 at 10:05 UTC.
 */

/** From here a message no rule read as an emergency gets "Is er nu gevaar?". */
const ASK_ODDS = 5;
/**
 * From here the model alone gives the advice (for the kind it is sure of, else the general one:
 * call 112, stay safe, stay with the person if that is safe) and alerts staff. Of the messages no
 * rule read, it reached 802 of the left-out writers' 1,246 emergencies, 8 of their 3,764 calm
 * lines and 3 of the tuned sets' 3,207 other lines (worried care signals mostly).
 */
const ADVICE_ODDS = 30;
/**
 * At or below this the model is so sure nobody is in danger that an emergency the rules found
 * gets the question instead of the advice. On the left-out writers it turns 204 of the rules' 319
 * false alarms (other than self-harm) into a question, and 4 of their 3,405 true ones; on the
 * tuned sets none of 1,063 true ones (at -15 it would have asked about "volgens mij is er een
 * gaslek bij de cv-ketel, het ruikt echt").
 */
const DOUBT_ODDS = -20;

/**
 * At or below this the intent model's "emergency" alone (no rule, no cue) asks nothing: the
 * danger model, trained on far more described emergencies and calm look-alikes, reads no danger
 * ("ik heb hulp nodig"). Lower than the doubt: a question costs less than an advice. Of 980
 * left-out writers' messages the intent models still read as an emergency, it spared 69 calm
 * ones the question and no real emergency; on the tuned sets 7 calm ones and no emergency.
 */
const OVERRULE_ODDS = -30;

/** Where no safety rule fired: the general advice, the safety question, or nothing. */
export function verdictWithoutRule(odds: number | undefined): 'advice' | 'ask' | 'none' {
  const value = odds ?? Number.NEGATIVE_INFINITY;
  if (value >= ADVICE_ODDS) return 'advice';
  return value >= ASK_ODDS ? 'ask' : 'none';
}

/**
 * Whether the model may doubt what the rules found. Never a wish to die: that answer is gentle
 * and private, and the one true emergency the doubt turned into a question on the tuned sets was
 * "ik wil dood, niemand kan mij helpen". Never a missing child or confused person either: the
 * danger corpus has no such lines, so the model's "no danger" there says nothing (on tuning set
 * 8 it turned two of its twelve missing persons into a question).
 */
export function mayDoubt(kinds: readonly EmergencyKind[]): boolean {
  return kinds.length > 0 && !kinds.includes('self_harm') && !kinds.includes('missing');
}

/**
 * Whether the model is sure enough that nobody is in danger to ask instead of advising. Not when,
 * in a message of several sentences, it reads danger in one of them (`inParts` at least the odds
 * that ask): a long calm opening outweighs the one sentence where the danger is told ("hoi, een
 * vraagje over de bingo... o wacht, er komt rook uit de flat hiernaast"). Reading danger, not
 * merely less sure: on the lines that may be read (tuned sets, corpus, danger corpus; 2026-12-08)
 * a part less sure than "no danger" lifted the doubt from 13 calm stories ("Nu niet hoor, maar het
 * gebeurt al een week") and from 2 emergencies, a part that reads danger from those 2 only.
 */
export function doubts(odds: number | undefined, inParts?: number): boolean {
  return (odds ?? 0) <= DOUBT_ODDS && !((inParts ?? Number.NEGATIVE_INFINITY) >= ASK_ODDS);
}

/** Whether the danger model is sure enough of no danger to set aside the intent model's "emergency". */
export function overrulesIntent(odds: number | undefined): boolean {
  return (odds ?? 0) <= OVERRULE_ODDS;
}
