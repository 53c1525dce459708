import { z } from 'zod';
import { idSchema, storableText } from './common';
import type { AckCallback } from './errors';
import type { Message } from './messages';

export * from './moderationTypes';

/**
 * Flag and hide: any member may flag a message in a shared room to staff ("Meld dit bericht");
 * staff may hide one with a reason. Quiet by design: the room never hears who or why.
 */

/** The flagger's optional note, for staff. */
export const flagNoteSchema = z.strictObject({ note: storableText(1, 500).optional() });
export const flagMessageSchema = flagNoteSchema.extend({ messageId: idSchema });

/** Why staff hid it: the author is told this reason, privately. */
export const hideReasonSchema = z.strictObject({ reason: storableText(2, 300) });
export const hideMessageSchema = hideReasonSchema.extend({ messageId: idSchema });

/** The flagger's answer: a short confirmation in their language (the author is never told). */
export interface FlagResult {
  messageId: string;
  notice: string;
}

type In<S extends z.ZodType> = z.input<S>;

export interface ModerationClientEvents {
  /** Any member who can read the shared room: flag someone else's message to staff. */
  'message:flag': (input: In<typeof flagMessageSchema>, ack: AckCallback<FlagResult>) => void;
  /** Staff and admins: hide a message from the room, with a reason the author is told. */
  'message:hide': (input: In<typeof hideMessageSchema>, ack: AckCallback<Message>) => void;
}
