import { z } from 'zod';
import { channelKindSchema, roleSchema } from './role-schemas';
import { publicRoles } from './roles';
import { storableText } from './common';
import { locales } from '../i18n/locale';

export const projectSchema = z.object({
  id: z.string(),
  name: z.string(),
  municipality: z.string(),
  housingForm: z.enum(['gemengd', 'gespikkeld', 'geclusterd']),
  /** The viewer's own role in the project. */
  myRole: roleSchema,
});
export type Project = z.infer<typeof projectSchema>;

export const channelSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  kind: channelKindSchema,
  name: z.string(),
  lastSeq: z.number().int(),
  lastReadSeq: z.number().int(),
});
export type Channel = z.infer<typeof channelSchema>;

/** What any member may see of another member: a name and a public role, nothing more. */
export const memberSchema = z.object({
  userId: z.string(),
  name: z.string(),
  role: z.enum([...publicRoles, 'bot']),
  online: z.boolean(),
});
export type Member = z.infer<typeof memberSchema>;

export const meSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  locale: z.enum(['nl', 'en']),
  email: z.string().nullable(),
  hasPassword: z.boolean(),
  /** `GET /api/me` only: the Discord adapter runs on this server. */
  discord: z.boolean().optional(),
});
export type Me = z.infer<typeof meSchema>;

/** Who lives in which home ("12", "3b"): only staff and admins see and set it. */
export const memberHomeSchema = z.object({ userId: z.string(), home: z.string().nullable() });
export type MemberHome = z.infer<typeof memberHomeSchema>;
export const setMemberHomeSchema = z.strictObject({
  home: storableText(1, 20).nullable(),
});

/**
 * Which support worker supports which resident. Staff and admins only: a support link never
 * appears in anything another member receives (DESIGN.md "No labels").
 */
export const supportLinkSchema = z.object({
  id: z.string(),
  staffUserId: z.string(),
  staffName: z.string(),
  residentUserId: z.string(),
  residentName: z.string(),
  createdAt: z.string(),
});
export type SupportLink = z.infer<typeof supportLinkSchema>;
export const newSupportLinkSchema = z.strictObject({
  staffUserId: z.uuid(),
  residentUserId: z.uuid(),
});
export type NewSupportLink = z.infer<typeof newSupportLinkSchema>;

/**
 * How long a project keeps what ages out (closed concern records before they are anonymised,
 * ended invite links): set by the project's admins, in days. At least a month, so a closed
 * concern can still be looked back on; at most ten years.
 */
export const RETENTION_MIN_DAYS = 30;
export const RETENTION_MAX_DAYS = 3650;
const retentionDays = z.number().int().min(RETENTION_MIN_DAYS).max(RETENTION_MAX_DAYS);
export const retentionSchema = z.strictObject({ retentionDays });
export type Retention = z.infer<typeof retentionSchema>;

/** The project's language (`GET|PATCH /api/projects/:projectId/language`). */
export const projectLanguageSchema = z.strictObject({ locale: z.enum(locales) });
export type ProjectLanguage = z.infer<typeof projectLanguageSchema>;

/** A new project, as an operator starts it (`npm run project -- create`). */
export const newProjectSchema = z.strictObject({
  name: storableText(2, 80),
  municipality: storableText(2, 80),
  housingForm: projectSchema.shape.housingForm,
  /** The project's language (Buurtbot in shared rooms, Discord cards); Dutch unless said. */
  locale: z.enum(locales).default('nl'),
});
export type NewProject = z.infer<typeof newProjectSchema>;

/** An invite the operator makes for a project named by its short name (`npm run project -- invite`). */
export const operatorInviteSchema = z.strictObject({
  project: z.string().trim().min(1).max(80),
  role: roleSchema,
  days: z.coerce.number().int().min(1).max(90).default(7),
  uses: z.coerce.number().int().min(1).max(500).default(1),
});
export type OperatorInvite = z.infer<typeof operatorInviteSchema>;

/**
 * A support link the operator adds or removes (`npm run project -- support-link add|remove`):
 * both people named by their name in the project (or their id).
 */
export const operatorSupportLinkSchema = z.strictObject({
  project: z.string().trim().min(1).max(80),
  staff: z.string().trim().min(1).max(80),
  resident: z.string().trim().min(1).max(80),
});
export type OperatorSupportLink = z.infer<typeof operatorSupportLinkSchema>;
/** The operator reads or sets a project's retention (`npm run project -- retention`). */
export const operatorRetentionSchema = z.strictObject({
  project: z.string().trim().min(1).max(80),
  days: z.coerce.number().pipe(retentionDays).optional(),
});
export type OperatorRetention = z.infer<typeof operatorRetentionSchema>;
/** The operator reads a project's language, or sets it with `locale` (`npm run project -- locale`). */
export const operatorLocaleSchema = z.strictObject({
  project: z.string().trim().min(1).max(80),
  locale: z.enum(locales).optional(),
});
export type OperatorLocale = z.infer<typeof operatorLocaleSchema>;
export const operatorProjectSchema = z.strictObject({ project: z.string().trim().min(1).max(80) });

export const projectParamSchema = z.object({ projectId: z.uuid() });
export const memberParamSchema = z.object({ projectId: z.uuid(), userId: z.uuid() });
export const supportLinkParamSchema = z.object({ projectId: z.uuid(), id: z.uuid() });
export const channelParamSchema = z.object({ channelId: z.uuid() });
