/**
 * The vocabulary of neighbour concerns, shared by the server, the bot engine and the web client:
 * plain lists and their types, without zod, so the web bundle stays small. The request schemas
 * (and zod enums of these lists) live in `concerns.ts`.
 */
export const concernCategories = [
  'noise',
  'waste',
  'smell',
  'parking',
  'pets',
  'behaviour',
  'safety',
  'other',
] as const;
export type ConcernCategory = (typeof concernCategories)[number];

export function isConcernCategory(value: unknown): value is ConcernCategory {
  return typeof value === 'string' && (concernCategories as readonly string[]).includes(value);
}

/**
 * The ladder (DOMAIN.md). `intake`: reported, no step chosen yet. `nood` is not a rung: any open
 * concern can jump there, and staff bring it back to `begeleiding`.
 */
export const ladderSteps = [
  'intake',
  'zelf',
  'burenbericht',
  'begeleiding',
  'bemiddeling',
  'corporatie',
  'nood',
] as const;
export type LadderStep = (typeof ladderSteps)[number];

/** The steps a reporter can choose when starting out (the bot and the web form offer these). */
export const chosenSteps = ['zelf', 'burenbericht', 'begeleiding', 'bemiddeling'] as const;
export type ChosenStep = (typeof chosenSteps)[number];

/** Mediation (buurtbemiddeling) in its phases. */
export const mediationPhases = [
  'intake',
  'consent',
  'separate_talks',
  'joint_talk',
  'agreements',
  'followup',
] as const;
export type MediationPhase = (typeof mediationPhases)[number];

/** Why mediation is not offered: these go to staff (DOMAIN.md). */
export const sensitiveFlags = ['aggression', 'crime', 'addiction', 'crisis'] as const;
export type SensitiveFlag = (typeof sensitiveFlags)[number];

export const concernStatuses = ['open', 'closed'] as const;
export type ConcernStatus = (typeof concernStatuses)[number];

/** How a concern ended. */
export const concernOutcomes = [
  'solved_neighbours',
  'solved_support',
  'mediation',
  'corporation',
  'police',
  'withdrawn',
] as const;
export type ConcernOutcome = (typeof concernOutcomes)[number];

/** Who makes a move on the ladder. */
export const ladderActors = ['reporter', 'staff', 'system'] as const;
export type LadderActor = (typeof ladderActors)[number];

export const frequencies = ['once', 'sometimes', 'often', 'daily'] as const;
export type Frequency = (typeof frequencies)[number];

/** What the reporter lets the housing corporation see of one case. */
export const consentScopes = ['anonymous', 'named'] as const;
export type ConsentScope = (typeof consentScopes)[number];

/** Ready replies to a burenbericht. */
export const neighbourReplyKinds = ['sorry', 'didnt_know', 'talk', 'own_words'] as const;
export type NeighbourReplyKind = (typeof neighbourReplyKinds)[number];

/** `flagged_message`: a member flagged a message in a shared room ("Meld dit bericht"). */
export const alertKinds = ['concern', 'care', 'help', 'urgent', 'flagged_message'] as const;
export type AlertKind = (typeof alertKinds)[number];
export const alertPriorities = ['normal', 'high', 'urgent'] as const;
export type AlertPriority = (typeof alertPriorities)[number];
export const alertStatuses = ['new', 'acknowledged', 'claimed', 'resolved'] as const;
export type AlertStatus = (typeof alertStatuses)[number];

export const corporationCaseStatuses = ['received', 'in_progress', 'closed'] as const;
export type CorporationCaseStatus = (typeof corporationCaseStatuses)[number];

/** What the intake learned after the report was stored (the ladder conversation). */
export interface ConcernDetails {
  when?: string;
  frequency?: Frequency;
  effect?: string;
  unsafe?: boolean;
  talked?: 'yes' | 'no' | 'afraid';
}
