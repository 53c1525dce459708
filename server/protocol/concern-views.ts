import { z } from 'zod';
import {
  alertKinds,
  alertPriorities,
  alertStatuses,
  concernCategories,
  concernOutcomes,
  concernStatuses,
  consentScopes,
  corporationCaseStatuses,
  frequencies,
  ladderSteps,
  mediationPhases,
  neighbourReplyKinds,
  sensitiveFlags,
} from './concernTypes';
import { publicRoles } from './roles';

/**
 * What clients receive of concerns, as zod schemas: the OpenAPI document describes the answers
 * with them, and `concerns.ts` derives its types from them (type-only, so the web's bundles stay
 * free of these schemas).
 */
const category = z.enum(concernCategories);
const step = z.enum(ladderSteps);
const phase = z.enum(mediationPhases);
const outcome = z.enum(concernOutcomes);
const frequency = z.enum(frequencies);
const scope = z.enum(consentScopes);
const caseStatus = z.enum(corporationCaseStatuses);
const nullableText = z.string().nullable();

export const personRefSchema = z.object({ id: z.string(), name: z.string() });

export const burenberichtViewSchema = z.object({
  sentAt: z.string(),
  named: z.boolean(),
  replyKind: z.enum(neighbourReplyKinds).nullable(),
  replyText: nullableText,
  repliedAt: nullableText,
});

/** A concern as staff see it: everything, including who reported it and who it is about. */
export const staffConcernSchema = z.object({
  view: z.literal('staff'),
  id: z.string(),
  projectId: z.string(),
  category,
  description: nullableText,
  whenText: nullableText,
  frequency: frequency.nullable(),
  effect: nullableText,
  unitLabel: nullableText,
  targetUser: personRefSchema.nullable(),
  reporter: personRefSchema.extend({ role: z.enum(publicRoles) }).nullable(),
  named: z.boolean(),
  unsafe: z.boolean(),
  talked: z.enum(['yes', 'no', 'afraid']).nullable(),
  flags: z.array(z.enum(sensitiveFlags)),
  source: z.enum(['bot', 'web']),
  step,
  mediationPhase: phase.nullable(),
  mediationAnswers: z.array(
    z.object({ party: z.enum(['reporter', 'other']), answer: z.enum(['yes', 'no']) }),
  ),
  status: z.enum(concernStatuses),
  outcome: outcome.nullable(),
  handler: personRefSchema.nullable(),
  consent: z.object({ requestedAt: nullableText, scope: scope.nullable(), at: nullableText }),
  burenbericht: burenberichtViewSchema.nullable(),
  corporationCase: z.object({ id: z.string(), status: caseStatus, scope }).nullable(),
  threadChannelId: nullableText,
  /** Moves staff can make now (corporatie listed when it only waits for consent). */
  staffMoves: z.array(step),
  /** When the next timer fires (follow-up), if one is set. */
  followupAt: nullableText,
  createdAt: z.string(),
  updatedAt: z.string(),
  stepChangedAt: z.string(),
  resolvedAt: nullableText,
  anonymised: z.boolean(),
});

/** A concern as its reporter sees it: their own report, never staff notes or flags. */
export const reporterConcernSchema = z.object({
  view: z.literal('reporter'),
  id: z.string(),
  projectId: z.string(),
  category,
  description: nullableText,
  whenText: nullableText,
  frequency: frequency.nullable(),
  effect: nullableText,
  unitLabel: nullableText,
  named: z.boolean(),
  step,
  mediationPhase: phase.nullable(),
  status: z.enum(concernStatuses),
  outcome: outcome.nullable(),
  /** The support worker who picked it up (a public role: begeleider). */
  handlerName: nullableText,
  burenbericht: burenberichtViewSchema.nullable(),
  consentRequested: z.boolean(),
  consentScope: scope.nullable(),
  threadChannelId: nullableText,
  /** Steps the reporter can choose now. */
  myMoves: z.array(step),
  createdAt: z.string(),
  updatedAt: z.string(),
  resolvedAt: nullableText,
});

export const concernViewSchema = z.discriminatedUnion('view', [
  staffConcernSchema,
  reporterConcernSchema,
]);

export const staffAlertSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  kind: z.enum(alertKinds),
  priority: z.enum(alertPriorities),
  status: z.enum(alertStatuses),
  concernId: nullableText,
  concernStep: step.nullable(),
  category: category.nullable(),
  subject: personRefSchema.nullable(),
  unitLabel: nullableText,
  summary: nullableText,
  codes: z.array(z.string()),
  assignedTo: personRefSchema.nullable(),
  assignedReason: z.enum(['own_worker', 'on_call']).nullable(),
  claimedBy: personRefSchema.nullable(),
  claimedAt: nullableText,
  acknowledgedBy: personRefSchema.nullable(),
  acknowledgedAt: nullableText,
  resolvedAt: nullableText,
  escalatedTo: personRefSchema.nullable(),
  escalatedAt: nullableText,
  /** When it goes to the on-call staff member if nobody claims it. */
  escalatesAt: nullableText,
  repeatCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const concernNoteViewSchema = z.object({
  id: z.string(),
  concernId: z.string(),
  author: personRefSchema.nullable(),
  body: z.string(),
  createdAt: z.string(),
});

export const concernAuditEntrySchema = z.object({
  id: z.string(),
  type: z.string(),
  actorKind: z.enum(['reporter', 'staff', 'system', 'neighbour', 'corporation']),
  /** Names of staff only; residents appear by their part ("melder", "buur"). */
  actorName: nullableText,
  fromStep: step.nullable(),
  toStep: step.nullable(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).nullable(),
  createdAt: z.string(),
});

export const staffConcernDetailSchema = z.object({
  concern: staffConcernSchema,
  notes: z.array(concernNoteViewSchema),
  audit: z.array(concernAuditEntrySchema),
  alerts: z.array(staffAlertSchema),
});

export const staffFeedSchema = z.object({
  concerns: z.array(staffConcernSchema),
  alerts: z.array(staffAlertSchema),
  onCall: personRefSchema.nullable(),
  /**
   * The current or next stretch (within a day) when nobody is on call: ISO times, null when it
   * began before any shift existed or has no planned end.
   */
  rotaGap: z.object({ startsAt: nullableText, endsAt: nullableText }).nullable(),
});

/** What the housing corporation sees of a case forwarded to it. */
export const corporationCaseViewSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  scope,
  status: caseStatus,
  forwardedAt: z.string(),
  category: z.string(),
  description: nullableText,
  whenText: nullableText,
  frequency: nullableText,
  effect: nullableText,
  unitLabel: nullableText,
  /** Only when the reporter agreed to be named. */
  reporterName: nullableText,
  steps: z.array(z.object({ step: z.string(), at: z.string() })),
  /** Only when the reporter agreed to share the conversation. */
  thread: z.array(
    z.object({ author: z.string(), role: z.string(), body: z.string(), at: z.string() }),
  ),
  updates: z.array(z.object({ status: caseStatus, body: nullableText, at: z.string() })),
});

export const onCallShiftViewSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  staff: personRefSchema,
  startsAt: z.string(),
  endsAt: z.string(),
  note: nullableText,
});

/** A number that may be hidden: counts from 1 to 4 are suppressed (`null`, "<5" in the CSV). */
const suppressed = z.number().nullable();

export const livingLabPeriodSchema = z.object({
  period: z.string(),
  reported: suppressed,
  resolved: suppressed,
  resolvedByStep: z.record(step, suppressed),
  withdrawn: suppressed,
  medianDaysToResolution: z.number().nullable(),
  shareWithoutCorporationOrPolice: z.number().nullable(),
});

export const livingLabNumbersSchema = z.object({
  projectId: z.string(),
  from: z.string(),
  to: z.string(),
  periods: z.array(livingLabPeriodSchema),
  total: livingLabPeriodSchema,
});
