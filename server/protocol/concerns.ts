import { z } from 'zod';
import type { AckCallback } from './errors';
import { clientIdSchema, idSchema, periodDaySchema, userTextSchema } from './common';
import {
  chosenSteps,
  concernCategories,
  concernOutcomes,
  consentScopes,
  corporationCaseStatuses,
  frequencies,
  ladderSteps,
  mediationPhases,
} from './concernTypes';
import type {
  burenberichtViewSchema,
  concernAuditEntrySchema,
  concernNoteViewSchema,
  concernViewSchema,
  corporationCaseViewSchema,
  livingLabNumbersSchema,
  livingLabPeriodSchema,
  onCallShiftViewSchema,
  personRefSchema,
  reporterConcernSchema,
  staffAlertSchema,
  staffConcernDetailSchema,
  staffConcernSchema,
  staffFeedSchema,
} from './concern-views';

export * from './concernTypes';

export const concernCategorySchema = z.enum(concernCategories);
export const ladderStepSchema = z.enum(ladderSteps);
export const mediationPhaseSchema = z.enum(mediationPhases);
export const concernOutcomeSchema = z.enum(concernOutcomes);
export const frequencySchema = z.enum(frequencies);
export const consentScopeSchema = z.enum(consentScopes);
export const corporationCaseStatusSchema = z.enum(corporationCaseStatuses);

// ---------------------------------------------------------------------------------------------
// Requests

/** A report from the web form (the bot sends the same through `concern.start`). */
export const reportConcernSchema = z.strictObject({
  projectId: idSchema,
  clientId: clientIdSchema,
  category: concernCategorySchema,
  description: userTextSchema(2000).pipe(z.string().min(3)),
  when: userTextSchema(200).optional(),
  frequency: frequencySchema.optional(),
  effect: userTextSchema(500).optional(),
  unit: z
    .string()
    .trim()
    .max(12)
    .regex(/^[0-9]{1,4}[a-zA-Z]?$/)
    .optional(),
  talked: z.enum(['yes', 'no', 'afraid']).optional(),
  unsafe: z.boolean().default(false),
  /** The step the reporter chose (the form suggests the lowest that fits); none: decide later. */
  step: z.enum(chosenSteps).optional(),
  named: z.boolean().default(false),
});
export type ReportConcernInput = z.infer<typeof reportConcernSchema>;

export const concernRefSchema = z.strictObject({ concernId: idSchema });
export const projectRefSchema = z.strictObject({ projectId: idSchema });

export const moveConcernSchema = z.strictObject({
  concernId: idSchema,
  to: ladderStepSchema,
  /** For a burenbericht chosen on the web: the home and whether to be named. */
  unit: reportConcernSchema.shape.unit,
  named: z.boolean().optional(),
});
export const resolveConcernSchema = z.strictObject({
  concernId: idSchema,
  outcome: concernOutcomeSchema,
});
export const concernNoteSchema = z.strictObject({
  concernId: idSchema,
  clientId: clientIdSchema,
  body: userTextSchema(4000),
});
/**
 * The free texts the corporation will read, as the reporter checked them (names and health
 * details left out). Without it the report's own texts go, as the reporter was shown them.
 */
export const caseTextSchema = z.strictObject({
  description: userTextSchema(2000).pipe(z.string().min(3)),
  when: userTextSchema(200).nullish(),
  effect: userTextSchema(500).nullish(),
});
export type CaseText = z.infer<typeof caseTextSchema>;
export const consentAnswerSchema = z.strictObject({
  concernId: idSchema,
  answer: z.union([consentScopeSchema, z.literal('no')]),
  caseText: caseTextSchema.optional(),
});
export const mediationPhaseMoveSchema = z.strictObject({
  concernId: idSchema,
  phase: mediationPhaseSchema,
});
/** Staff say which home or person a concern is about (staff-only). */
export const concernTargetSchema = z.strictObject({
  concernId: idSchema,
  unit: reportConcernSchema.shape.unit.nullable().optional(),
  targetUserId: idSchema.nullable().optional(),
});
export const alertRefSchema = z.strictObject({ alertId: idSchema });

const shiftFields = z.strictObject({
  staffUserId: idSchema,
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  note: userTextSchema(200).optional(),
});
export const shiftSchema = shiftFields.refine((s) => new Date(s.endsAt) > new Date(s.startsAt), {
  path: ['endsAt'],
  message: 'end before start',
});
/** A change to a shift (the end must still be after the start; checked against the stored one). */
export const shiftUpdateSchema = shiftFields.partial();

export const concernSettingsSchema = z
  .strictObject({
    followupDays: z.number().int().min(1).max(60),
    followupGraceDays: z.number().int().min(1).max(30),
    alertClaimMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60),
    urgentRepeatMinutes: z.number().int().min(1).max(120),
    aftercareDays: z.number().int().min(7).max(365),
  })
  .partial();

export const statsQuerySchema = z
  .strictObject({
    from: periodDaySchema,
    to: periodDaySchema,
  })
  .refine((q) => q.to > q.from, { path: ['to'], message: 'period' });

export const corporationUpdateSchema = z.strictObject({
  caseId: idSchema,
  status: corporationCaseStatusSchema,
  body: userTextSchema(2000).optional(),
});

// ---------------------------------------------------------------------------------------------
// What clients receive

export type PersonRef = z.output<typeof personRefSchema>;

/** A concern as staff see it: everything, including who reported it and who it is about. */
export type StaffConcern = z.output<typeof staffConcernSchema>;

export type BurenberichtView = z.output<typeof burenberichtViewSchema>;

/** A concern as its reporter sees it: their own report, never staff notes or flags. */
export type ReporterConcern = z.output<typeof reporterConcernSchema>;

export type ConcernView = z.output<typeof concernViewSchema>;

export type StaffAlert = z.output<typeof staffAlertSchema>;

export type ConcernNote = z.output<typeof concernNoteViewSchema>;

export type ConcernAuditEntry = z.output<typeof concernAuditEntrySchema>;

export type StaffConcernDetail = z.output<typeof staffConcernDetailSchema>;

export type StaffFeed = z.output<typeof staffFeedSchema>;

/** What the housing corporation sees of a case forwarded to it. */
export type CorporationCaseView = z.output<typeof corporationCaseViewSchema>;

export type OnCallShiftView = z.output<typeof onCallShiftViewSchema>;

/** A number that may be hidden: counts from 1 to 4 are suppressed (`null`, "<5" in the CSV). */
export type Suppressed = number | null;

export type LivingLabPeriod = z.output<typeof livingLabPeriodSchema>;

export type LivingLabNumbers = z.output<typeof livingLabNumbersSchema>;

// ---------------------------------------------------------------------------------------------
// Socket.IO maps

type In<S extends z.ZodType> = z.input<S>;

export interface ConcernClientEvents {
  'concern:report': (
    input: In<typeof reportConcernSchema>,
    ack: AckCallback<ReporterConcern>,
  ) => void;
  'concern:mine': (input: In<typeof projectRefSchema>, ack: AckCallback<ReporterConcern[]>) => void;
  'concern:feed': (input: In<typeof projectRefSchema>, ack: AckCallback<StaffFeed>) => void;
  'concern:detail': (
    input: In<typeof concernRefSchema>,
    ack: AckCallback<StaffConcernDetail>,
  ) => void;
  'concern:move': (input: In<typeof moveConcernSchema>, ack: AckCallback<ConcernView>) => void;
  'concern:claim': (input: In<typeof concernRefSchema>, ack: AckCallback<StaffConcern>) => void;
  'concern:note': (input: In<typeof concernNoteSchema>, ack: AckCallback<ConcernNote>) => void;
  'concern:resolve': (
    input: In<typeof resolveConcernSchema>,
    ack: AckCallback<ConcernView>,
  ) => void;
  'concern:request_consent': (
    input: In<typeof concernRefSchema>,
    ack: AckCallback<StaffConcern>,
  ) => void;
  'concern:consent': (
    input: In<typeof consentAnswerSchema>,
    ack: AckCallback<ReporterConcern>,
  ) => void;
  'concern:mediation': (
    input: In<typeof mediationPhaseMoveSchema>,
    ack: AckCallback<StaffConcern>,
  ) => void;
  'concern:target': (input: In<typeof concernTargetSchema>, ack: AckCallback<StaffConcern>) => void;
  'alert:claim': (input: In<typeof alertRefSchema>, ack: AckCallback<StaffAlert>) => void;
  'alert:acknowledge': (input: In<typeof alertRefSchema>, ack: AckCallback<StaffAlert>) => void;
  'alert:resolve': (input: In<typeof alertRefSchema>, ack: AckCallback<StaffAlert>) => void;
}

export interface ConcernServerEvents {
  /** To the project's staff room: a concern appeared or changed. */
  'concern:updated': (concern: StaffConcern) => void;
  /** To the reporter only: their own concern changed. */
  'concern:mine': (concern: ReporterConcern) => void;
  /** To the project's staff room: a staff-only note. */
  'concern:note': (note: ConcernNote) => void;
  /** To the project's staff room: an alert appeared, changed, escalated or repeats. */
  'alert:updated': (alert: StaffAlert) => void;
  /** To the corporation members of the project: a case forwarded to them changed. */
  'corporation:case': (view: CorporationCaseView) => void;
}
