import { z } from 'zod';
import { storableText } from './common';
import { cleanName } from './names';
import { roleSchema } from './role-schemas';

/** A name as people choose it: invisible and direction-changing characters are left out first. */
export const displayNameSchema = z.string().transform(cleanName).pipe(storableText(2, 40));
export const inviteCodeSchema = z
  .string()
  .min(16)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/);

export const redeemInviteSchema = z.strictObject({
  code: inviteCodeSchema,
  displayName: displayNameSchema,
  locale: z.enum(['nl', 'en']).optional(),
  /**
   * Join as the person signed in on this device. Without it a signed-in redemption is refused
   * (409, naming who is signed in), so nobody joins as someone else's cookie by accident.
   */
  asCurrentUser: z.literal(true).optional(),
});

export const loginSchema = z.strictObject({
  email: z.email().max(200),
  password: z.string().min(1).max(200),
});

export const setPasswordSchema = z.strictObject({
  email: z.email().max(200),
  password: z.string().min(12).max(200),
  currentPassword: z.string().max(200).optional(),
});

export const updateMeSchema = z
  .strictObject({ displayName: displayNameSchema, locale: z.enum(['nl', 'en']) })
  .partial();

export const createInviteSchema = z.strictObject({
  role: roleSchema,
  label: storableText(0, 80).optional(),
  expiresInDays: z.number().int().min(1).max(90).default(14),
  maxUses: z.number().int().min(1).max(500).default(1),
});
export type CreateInviteInput = z.infer<typeof createInviteSchema>;

export const inviteSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  role: roleSchema,
  label: z.string().nullable(),
  expiresAt: z.string(),
  maxUses: z.number(),
  uses: z.number(),
  revoked: z.boolean(),
  createdAt: z.string(),
});
export type Invite = z.infer<typeof inviteSchema>;

export const invitePreviewSchema = z.object({
  projectName: z.string(),
  municipality: z.string(),
  role: z.enum(['bewoner', 'buurtbewoner', 'begeleider', 'woonvereniging', 'corporatie']),
});
export type InvitePreview = z.infer<typeof invitePreviewSchema>;

export const sessionInfoSchema = z.object({
  id: z.string(),
  current: z.boolean(),
  userAgent: z.string().nullable(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;
