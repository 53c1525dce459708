import { z } from 'zod';
import { storableText } from './common';

/** Who a neighbourhood card (buurtkaart) lists: the kinds of contact, in the order shown. */
export const cardContactKinds = [
  'police',
  'support',
  'repairs',
  'corporation',
  'mediation',
  'association',
  'emergency',
  /** Reachable day and night (24/7), e.g. the care organisation's crisis line. */
  'crisis',
] as const;
export type CardContactKind = (typeof cardContactKinds)[number];

export type CardContact = z.output<typeof cardContactViewSchema>;

export type NeighbourhoodCard = z.output<typeof neighbourhoodCardSchema>;

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

/** A contact as the card shows it (what `cardContactSchema` accepted, stored). */
export const cardContactViewSchema = z.object({
  kind: z.enum(cardContactKinds),
  /** Organisation or person, e.g. "Wijkagent Sanne de Boer". */
  name: z.string(),
  phone: z.string().optional(),
  email: z.string().optional(),
  /** When to use this contact, written by the project (Dutch). */
  note: z.string().optional(),
});

export const neighbourhoodCardSchema = z.object({
  projectName: z.string(),
  contacts: z.array(cardContactViewSchema),
  tips: z.array(z.string()),
});
