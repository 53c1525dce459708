import type {
  ChosenStep,
  ConcernCategory,
  ConcernOutcome,
  LadderActor,
  LadderStep,
  MediationPhase,
  SensitiveFlag,
} from './concernTypes';
import { mediationPhases } from './concernTypes';

/**
 * The escalation ladder for a neighbour concern as a pure state machine (DOMAIN.md): which step
 * may follow which, and WHO may make each move. Prefer the lowest step that can work; never
 * force a frightened person to confront someone; emergencies skip the ladder at once.
 *
 * No database, no clock: the bot engine, the web form and the server all ask here.
 */

/** What a move depends on besides the two steps and the actor. */
export interface LadderFacts {
  status: 'open' | 'closed';
  /** Aggression, crime, addiction, crisis (or a safety report): mediation is not offered. */
  mediationExcluded: boolean;
  /** The reporter agreed that this case may go to the housing corporation. */
  consent: boolean;
  /** A unit or person is known that a burenbericht can be delivered to. */
  hasTarget: boolean;
}

export type MoveRefusal =
  | 'closed'
  | 'same_step'
  | 'not_allowed'
  | 'mediation_excluded'
  | 'consent_required'
  | 'needs_target';

export type MoveCheck = { ok: true } | { ok: false; reason: MoveRefusal };

const R: LadderActor = 'reporter';
const S: LadderActor = 'staff';
const X: LadderActor = 'system';

/**
 * From -> to -> who may make that move.
 * - The reporter chooses the low steps and may always go up to staff (feeling unsafe included).
 * - A burenbericht speaks for the reporter (named or not), so only the reporter sends one.
 * - Once staff are involved, staff steer; the reporter can still leave mediation (free to say no).
 * - The corporation step needs the reporter's consent on file, whoever makes the move.
 * - The system (timers) only moves up to staff, never sends anything on someone's behalf.
 * - Emergencies (`nood`) can be reached from every open step by everyone; only staff step back.
 */
const transitions: Record<LadderStep, Partial<Record<LadderStep, readonly LadderActor[]>>> = {
  intake: {
    zelf: [R, S],
    burenbericht: [R],
    begeleiding: [R, S, X],
    bemiddeling: [R, S],
    nood: [R, S, X],
  },
  zelf: {
    burenbericht: [R],
    begeleiding: [R, S, X],
    bemiddeling: [R, S],
    nood: [R, S, X],
  },
  burenbericht: {
    zelf: [R],
    begeleiding: [R, S, X],
    bemiddeling: [R, S],
    nood: [R, S, X],
  },
  begeleiding: {
    zelf: [S],
    bemiddeling: [S],
    corporatie: [R, S],
    nood: [R, S, X],
  },
  bemiddeling: {
    begeleiding: [R, S, X],
    corporatie: [R, S],
    nood: [R, S, X],
  },
  corporatie: {
    begeleiding: [S],
    nood: [R, S, X],
  },
  nood: {
    begeleiding: [S],
  },
};

/** Whether `actor` may move an open concern from `from` to `to`, and if not, why. */
export function checkMove(
  from: LadderStep,
  to: LadderStep,
  actor: LadderActor,
  facts: LadderFacts,
): MoveCheck {
  if (facts.status === 'closed') return { ok: false, reason: 'closed' };
  if (from === to) return { ok: false, reason: 'same_step' };
  const actors = transitions[from][to];
  if (!actors || !actors.includes(actor)) return { ok: false, reason: 'not_allowed' };
  if (to === 'bemiddeling' && facts.mediationExcluded)
    return { ok: false, reason: 'mediation_excluded' };
  if (to === 'corporatie' && !facts.consent) return { ok: false, reason: 'consent_required' };
  if (to === 'burenbericht' && !facts.hasTarget) return { ok: false, reason: 'needs_target' };
  return { ok: true };
}

/**
 * Steps `actor` could move to from `from`. With `ignore` a condition the actor can still fulfil
 * is left out of the check (e.g. the bot offers burenbericht and then asks for the house number).
 */
export function allowedMoves(
  from: LadderStep,
  actor: LadderActor,
  facts: LadderFacts,
  ignore: readonly ('needs_target' | 'consent_required')[] = [],
): LadderStep[] {
  return (Object.keys(transitions[from]) as LadderStep[]).filter((to) => {
    const check = checkMove(from, to, actor, facts);
    return check.ok || ignore.includes(check.reason as 'needs_target' | 'consent_required');
  });
}

/** The one step the system moves up to when a timer runs out (always: staff look at it). */
export function systemStepUp(from: LadderStep, facts: LadderFacts): LadderStep | undefined {
  return checkMove(from, 'begeleiding', 'system', facts).ok ? 'begeleiding' : undefined;
}

/** Whether a step involves support staff (and so an alert that can be claimed). */
export function involvesStaff(step: LadderStep): boolean {
  return (
    step === 'begeleiding' || step === 'bemiddeling' || step === 'corporatie' || step === 'nood'
  );
}

/** The order of the rungs, for "moving up" and for the Living Lab numbers. */
export const rungOf: Record<LadderStep, number> = {
  intake: 0,
  zelf: 0,
  burenbericht: 1,
  begeleiding: 2,
  bemiddeling: 3,
  corporatie: 4,
  nood: 5,
};

// ---------------------------------------------------------------------------------------------
// Suggesting the lowest step that fits

/** Has the reporter talked to the neighbour already? `afraid`: they do not dare to. */
export type TalkedAlready = 'yes' | 'no' | 'afraid';

export interface SuggestInput {
  category?: ConcernCategory | undefined;
  flags: readonly SensitiveFlag[];
  unsafe: boolean;
  hasTarget: boolean;
  talked?: TalkedAlready | undefined;
}

export function isMediationExcluded(
  category: ConcernCategory | null | undefined,
  flags: readonly SensitiveFlag[],
): boolean {
  return flags.length > 0 || category === 'safety';
}

/**
 * The lowest step that fits:
 * - someone who feels unsafe, and aggression, crime, addiction, crisis or safety, go to staff;
 * - someone who talked already, or does not dare to, gets the bot's neutral message (when there
 *   is a home to send it to; otherwise staff);
 * - everyone else first gets tips for talking to the neighbour themselves.
 */
export function suggestStep(input: SuggestInput): ChosenStep {
  if (input.unsafe || isMediationExcluded(input.category, input.flags)) return 'begeleiding';
  if (input.talked === 'yes' || input.talked === 'afraid')
    return input.hasTarget ? 'burenbericht' : 'begeleiding';
  return 'zelf';
}

// ---------------------------------------------------------------------------------------------
// Closing a concern

export type ResolveRefusal = 'closed' | 'not_allowed';

/**
 * Staff close a concern with any outcome. The reporter can withdraw at any time, and say it was
 * solved between neighbours while no staff were involved yet. Timers never close a concern.
 */
export function checkResolve(
  step: LadderStep,
  status: 'open' | 'closed',
  actor: LadderActor,
  outcome: ConcernOutcome,
): { ok: true } | { ok: false; reason: ResolveRefusal } {
  if (status === 'closed') return { ok: false, reason: 'closed' };
  if (actor === 'staff') return { ok: true };
  if (actor === 'reporter') {
    if (outcome === 'withdrawn') return { ok: true };
    if (outcome === 'solved_neighbours' && !involvesStaff(step)) return { ok: true };
  }
  return { ok: false, reason: 'not_allowed' };
}

// ---------------------------------------------------------------------------------------------
// Mediation phases

export function nextPhase(phase: MediationPhase): MediationPhase | undefined {
  return mediationPhases[mediationPhases.indexOf(phase) + 1];
}

/**
 * Mediation goes forward one phase at a time, moved by staff. Leaving the consent phase needs a
 * yes from both parties (either may say no: then mediation stops); the system moves on by itself
 * when both said yes.
 */
export function checkPhase(
  from: MediationPhase,
  to: MediationPhase,
  actor: LadderActor,
  facts: { partiesAgreed: boolean },
): { ok: true } | { ok: false; reason: 'not_allowed' | 'consent_missing' } {
  if (actor === 'reporter') return { ok: false, reason: 'not_allowed' };
  if (nextPhase(from) !== to) return { ok: false, reason: 'not_allowed' };
  if (from === 'consent' && !facts.partiesAgreed) return { ok: false, reason: 'consent_missing' };
  if (actor === 'system' && from !== 'consent') return { ok: false, reason: 'not_allowed' };
  return { ok: true };
}

// ---------------------------------------------------------------------------------------------
// Sensitive subjects (mediation is not offered; they go to staff)

const sensitiveWords: Record<SensitiveFlag, RegExp> = {
  aggression:
    /\b(agressie|agressief|bedreig\w*|dreig\w*|geslagen|slaat|sloeg|schopt|geschopt|duwt|geduwd|intimideer\w*|intimidatie|vecht\w*|uitgescholden|scheldt|aggressive|threat\w*|hit me|hits|kicked|pushed|intimidat\w*|fight\w*)\b/,
  crime:
    /\b(drugs|deal\w*|gedeald|dealer|inbraak|ingebroken|inbreker|steelt|gestolen|diefstal|dief|heling|wapen|crimineel|burglar\w*|break-in|stole|stolen|steal\w*|thief|weapon|criminal)\b/,
  addiction:
    /\b(verslaafd\w*|verslaving|junk\w*|dronken|zuipt|bezopen|alcoholist|addict\w*|drunk|alcoholic)\b/,
  crisis:
    /\b(psychose|psychotisch|verward|crisis|zelfmoord|suicid\w*|suïcid\w*|psychosis|psychotic|confused|breakdown)\b/,
};

const fearWords =
  /\b(bang|angstig|onveilig|niet veilig|durf niet|eng|dreigend|scared|afraid|frightened|unsafe|not safe|threatening)\b/;

/**
 * A concern that must not wait at intake or go to a step without staff: it speaks of aggression
 * or threats (`aggression` flag), of fear, or the reporter said they feel unsafe. Such a concern
 * goes to staff with an alert at once; mediation and a burenbericht are not the first step.
 */
export function needsStaffFirst(facts: {
  flags: readonly SensitiveFlag[];
  unsafe: boolean;
  text: string;
}): boolean {
  return (
    facts.unsafe || facts.flags.includes('aggression') || fearWords.test(facts.text.toLowerCase())
  );
}

/** Which sensitive subjects a description touches (lower-case, whole words). */
export function detectSensitive(text: string): SensitiveFlag[] {
  const norm = text.toLowerCase();
  return (Object.keys(sensitiveWords) as SensitiveFlag[]).filter((flag) =>
    sensitiveWords[flag].test(norm),
  );
}
