import { z } from 'zod';
import { cardContactKinds } from '../../bot/engine/ports';
import { storableText } from './common';

/** A phone number as people write it: digits, spaces, +, -, ( ). */
const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{1,18}[0-9]$/);

export const cardContactSchema = z
  .strictObject({
    kind: z.enum(cardContactKinds),
    name: storableText(2, 80),
    phone: phone.optional(),
    email: z.email().max(120).optional(),
    note: storableText(0, 200).optional(),
  })
  .refine((c) => c.phone !== undefined || c.email !== undefined, {
    message: 'phone or email',
    path: ['phone'],
  });

/** The whole buurtkaart, as staff and coordinators save it. */
export const cardInputSchema = z.strictObject({
  contacts: z.array(cardContactSchema).max(20),
  tips: z.array(storableText(3, 300)).max(10),
});
export type CardInput = z.infer<typeof cardInputSchema>;
