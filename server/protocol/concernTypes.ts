import { z } from 'zod';
import { nuisanceCategories } from '../../bot/engine/entities/category';

/**
 * The vocabulary of neighbour concerns, shared by the server, the bot engine and the web client.
 * (Schemas for requests live in `concerns.ts`; these are the plain enums.)
 */
export const concernCategories = nuisanceCategories;
export const concernCategorySchema = z.enum(concernCategories);
export type ConcernCategory = z.infer<typeof concernCategorySchema>;

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
export const ladderStepSchema = z.enum(ladderSteps);
export type LadderStep = z.infer<typeof ladderStepSchema>;

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
export const mediationPhaseSchema = z.enum(mediationPhases);
export type MediationPhase = z.infer<typeof mediationPhaseSchema>;

/** Why mediation is not offered: these go to staff (DOMAIN.md). */
export const sensitiveFlags = ['aggression', 'crime', 'addiction', 'crisis'] as const;
export const sensitiveFlagSchema = z.enum(sensitiveFlags);
export type SensitiveFlag = z.infer<typeof sensitiveFlagSchema>;

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
export const concernOutcomeSchema = z.enum(concernOutcomes);
export type ConcernOutcome = z.infer<typeof concernOutcomeSchema>;

/** Who makes a move on the ladder. */
export const ladderActors = ['reporter', 'staff', 'system'] as const;
export type LadderActor = (typeof ladderActors)[number];

export const frequencies = ['once', 'sometimes', 'often', 'daily'] as const;
export const frequencySchema = z.enum(frequencies);
export type Frequency = z.infer<typeof frequencySchema>;

/** What the reporter lets the housing corporation see of one case. */
export const consentScopes = ['anonymous', 'named'] as const;
export const consentScopeSchema = z.enum(consentScopes);
export type ConsentScope = z.infer<typeof consentScopeSchema>;

/** Ready replies to a burenbericht. */
export const neighbourReplyKinds = ['sorry', 'didnt_know', 'talk', 'own_words'] as const;
export const neighbourReplyKindSchema = z.enum(neighbourReplyKinds);
export type NeighbourReplyKind = z.infer<typeof neighbourReplyKindSchema>;

export const alertKinds = ['concern', 'care', 'help', 'urgent'] as const;
export type AlertKind = (typeof alertKinds)[number];
export const alertPriorities = ['normal', 'high', 'urgent'] as const;
export type AlertPriority = (typeof alertPriorities)[number];
export const alertStatuses = ['new', 'acknowledged', 'claimed', 'resolved'] as const;
export type AlertStatus = (typeof alertStatuses)[number];

export const corporationCaseStatuses = ['received', 'in_progress', 'closed'] as const;
export const corporationCaseStatusSchema = z.enum(corporationCaseStatuses);
export type CorporationCaseStatus = z.infer<typeof corporationCaseStatusSchema>;
