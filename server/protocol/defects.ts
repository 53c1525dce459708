import { z } from 'zod';
import { clientIdSchema, idSchema, storableText } from './common';
import { publicRoles } from './roles';

/** Where a defect can be: the kinds of shared space a project has. */
export const spaceKinds = [
  'hall',
  'stairwell',
  'lift',
  'entrance',
  'common_room',
  'garden',
  'bicycle_storage',
  'laundry',
  'storage',
  'gallery',
  'other',
] as const;
export type SpaceKind = (typeof spaceKinds)[number];

/**
 * The life of a defect case. Staff and coordinators move it; the housing corporation sees it
 * once it is forwarded and reports progress; `solved` and `rejected` close it.
 */
export const defectStatuses = [
  'open',
  'acknowledged',
  'forwarded',
  'in_progress',
  'solved',
  'rejected',
] as const;
export type DefectStatus = (typeof defectStatuses)[number];
export const closedStatuses: readonly DefectStatus[] = ['solved', 'rejected'];

/** Since when it is broken, as a person can say it. */
export const defectSinces = ['today', 'days', 'weeks', 'unknown'] as const;
export type DefectSince = (typeof defectSinces)[number];

export const defectUrgencies = ['normal', 'urgent'] as const;
export type DefectUrgency = (typeof defectUrgencies)[number];

/** Defects that cannot wait: the repair line is given at once (gas also gets 112). */
export const urgentKinds = ['water_leak', 'no_heating', 'gas_smell'] as const;
export type UrgentKind = (typeof urgentKinds)[number];

/** JPEG, PNG or WebP, checked by content; at most 5 MB. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** Base64 makes 4 bytes of 3, plus a little JSON around it. */
export const PHOTO_UPLOAD_MAX_BODY = Math.ceil((PHOTO_MAX_BYTES * 4) / 3) + 4096;
export const DEFECT_WHAT_MAX = 1000;
export const DEFECT_NOTE_MAX = 1000;

/** YYYY-MM-DD (a date in Utrecht, without time) that is on the calendar: no 31 February. */
export const localDateSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
  .refine((s) => {
    // zod runs this after a failed pattern too: only a well-formed date is looked up.
    const day = new Date(`${s}T00:00:00Z`);
    return s >= '0001' && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(s);
  });

// ---- wire shapes -------------------------------------------------------------------------

export const spaceSchema = z.object({
  id: z.string(),
  kind: z.enum(spaceKinds),
  name: z.string(),
  archived: z.boolean(),
});
export type Space = z.infer<typeof spaceSchema>;

export const defectPlaceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('space'), spaceId: z.string(), name: z.string() }),
  /** The reporter's own home; `unit` is its number when the project knows it. */
  z.object({ kind: z.literal('unit'), unit: z.string().nullable() }),
]);
export type DefectPlace = z.infer<typeof defectPlaceSchema>;

export const defectHistoryEntrySchema = z.object({
  status: z.enum(defectStatuses),
  /** What changed: a new status, or only a note / planned date. */
  note: z.string().nullable(),
  plannedFor: z.string().nullable(),
  at: z.string(),
  /** The public role of who made the change (never a support status). */
  byRole: z.enum(publicRoles).nullable(),
  /** Names are shown to staff only. */
  byName: z.string().optional(),
});
export type DefectHistoryEntry = z.infer<typeof defectHistoryEntrySchema>;

export const defectPhotoSchema = z.object({ id: z.string(), url: z.string() });

/** A defect case as one viewer sees it (the presenter decides the fields by role). */
export const defectViewSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  /** Short reference people can say on the phone, e.g. "G-12". */
  ref: z.string(),
  place: defectPlaceSchema,
  what: z.string(),
  since: z.enum(defectSinces),
  urgency: z.enum(defectUrgencies),
  urgentKind: z.enum(urgentKinds).nullable(),
  status: z.enum(defectStatuses),
  statusNote: z.string().nullable(),
  rejectReason: z.string().nullable(),
  plannedFor: z.string().nullable(),
  /** Everyone who reported it: the first reporter and every "me too". */
  reporterCount: z.number().int(),
  meTooCount: z.number().int(),
  /** How the viewer is involved: `first` reporter, `me_too`, or not at all. */
  mine: z.enum(['first', 'me_too']).nullable(),
  photos: z.array(defectPhotoSchema),
  history: z.array(defectHistoryEntrySchema),
  /** Staff only: who reported it. */
  reporters: z
    .array(z.object({ name: z.string(), kind: z.enum(['first', 'me_too']), at: z.string() }))
    .optional(),
  /** The changes this viewer may make now. */
  allowedStatuses: z.array(z.enum(defectStatuses)),
  canPlan: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DefectView = z.infer<typeof defectViewSchema>;

/** An open case that looks like what someone is about to report ("me too" instead). */
export const similarDefectSchema = z.object({
  id: z.string(),
  ref: z.string(),
  what: z.string(),
  placeName: z.string(),
  status: z.enum(defectStatuses),
  reporterCount: z.number().int(),
  meTooCount: z.number().int(),
  /** The asking person already reported it (or said "me too"). */
  mine: z.boolean(),
  /** 0..1: how alike the words are. */
  score: z.number(),
});
export type SimilarDefect = z.infer<typeof similarDefectSchema>;

export const urgentAdviceSchema = z.object({
  urgentKind: z.enum(urgentKinds).nullable(),
  /** The repair line (or the corporation) from the buurtkaart. */
  repairs: z.array(
    z.object({
      name: z.string(),
      phone: z.string().optional(),
      email: z.string().optional(),
      note: z.string().optional(),
    }),
  ),
  /** Gas: call 112 when in danger. */
  call112: z.boolean(),
});

export type UrgentAdvice = z.output<typeof urgentAdviceSchema>;

// ---- requests -----------------------------------------------------------------------------

export const defectParamSchema = z.object({ defectId: z.uuid() });
export const photoParamSchema = z.object({ photoId: z.uuid() });
export const spaceParamSchema = z.object({ projectId: z.uuid(), spaceId: z.uuid() });

const whatSchema = storableText(3, DEFECT_WHAT_MAX);
const placeInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('space'), spaceId: idSchema }),
  z.strictObject({ kind: z.literal('unit') }),
]);

export const reportDefectSchema = z.strictObject({
  /** Client-generated: a retry returns the case made the first time. */
  clientId: clientIdSchema,
  place: placeInputSchema,
  what: whatSchema,
  since: z.enum(defectSinces).default('unknown'),
  urgency: z.enum(defectUrgencies).default('normal'),
});
export type ReportDefectInput = z.infer<typeof reportDefectSchema>;

export const similarQuerySchema = z.strictObject({
  spaceId: idSchema.optional(),
  unit: z.enum(['own']).optional(),
  what: z.string().max(DEFECT_WHAT_MAX).default(''),
});

export const meTooSchema = z.strictObject({
  note: storableText(0, DEFECT_NOTE_MAX).optional(),
});

export const changeDefectSchema = z.strictObject({
  /** The new status; the current one to change only the note or the planned date. */
  status: z.enum(defectStatuses),
  note: storableText(0, DEFECT_NOTE_MAX).optional(),
  /** Required (at least 3 characters) when rejecting. */
  reason: storableText(0, DEFECT_NOTE_MAX).optional(),
  /** A planned repair date; `null` clears it. */
  plannedFor: localDateSchema.nullable().optional(),
});
export type ChangeDefectInput = z.infer<typeof changeDefectSchema>;

export const listDefectsQuerySchema = z.strictObject({
  scope: z.enum(['mine', 'all']).optional(),
  status: z.enum(defectStatuses).optional(),
});

export const uploadPhotoSchema = z.strictObject({
  /** The image file, base64-encoded (a `data:` URL prefix is accepted). */
  data: z.string().min(1),
});

/** A space's name as people call it (stored: no NUL, no half emoji). */
const spaceNameSchema = storableText(2, 60);

export const createSpaceSchema = z.strictObject({
  name: spaceNameSchema,
  kind: z.enum(spaceKinds).default('other'),
});
export const updateSpaceSchema = z.strictObject({
  name: spaceNameSchema.optional(),
  archived: z.boolean().optional(),
});

// ---- realtime -----------------------------------------------------------------------------

export type DefectChange = 'created' | 'me_too' | 'status' | 'photo';

/** Server pushes: a case the person may see was made or changed. */
export interface DefectsServerEvents {
  'defect:changed': (event: { change: DefectChange; defect: DefectView }) => void;
}
