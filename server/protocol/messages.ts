import { z } from 'zod';
import {
  clientIdSchema,
  idSchema,
  MESSAGE_MAX_LENGTH,
  seqSchema,
  storableText,
  userTextSchema,
} from './common';
import { publicRoles } from './roles';

export const messageButtonSchema = z.object({ label: z.string(), value: z.string() });
export type MessageButton = z.infer<typeof messageButtonSchema>;

export const messageAuthorSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The public role only; `bot` for Buurtbot. */
  role: z.enum([...publicRoles, 'bot']),
});
export type MessageAuthor = z.infer<typeof messageAuthorSchema>;

/** A message as every client sees it. */
export const messageSchema = z.object({
  id: z.string(),
  channelId: z.string(),
  seq: z.number().int(),
  clientId: z.string(),
  author: messageAuthorSchema,
  body: z.string(),
  buttons: z.array(messageButtonSchema).optional(),
  source: z.enum(['web', 'discord']).optional(),
  createdAt: z.string(),
  editedAt: z.string().optional(),
  deleted: z.boolean().optional(),
});
export type Message = z.infer<typeof messageSchema>;

export const sendMessageSchema = z.strictObject({
  channelId: idSchema,
  clientId: clientIdSchema,
  body: userTextSchema(MESSAGE_MAX_LENGTH),
  /** When the person pressed one of Buurtbot's buttons: its value (the body is its label). */
  choice: storableText(1, 100).optional(),
});
export type SendMessageInput = z.infer<typeof sendMessageSchema>;

export const editMessageSchema = z.strictObject({
  messageId: idSchema,
  body: userTextSchema(MESSAGE_MAX_LENGTH),
});
export const deleteMessageSchema = z.strictObject({ messageId: idSchema });

export const syncRequestSchema = z.strictObject({
  /** The last sequence number the client holds per channel (0 when it has none). */
  positions: z.array(z.strictObject({ channelId: idSchema, afterSeq: seqSchema })).max(200),
});
export type SyncRequest = z.infer<typeof syncRequestSchema>;

export const typingSchema = z.strictObject({ channelId: idSchema });
export const presenceListSchema = z.strictObject({ projectId: idSchema });
export const historyPageSchema = z.strictObject({
  channelId: idSchema,
  before: z.number().int().min(1).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});
export const readMarkSchema = z.strictObject({ channelId: idSchema, seq: seqSchema });

export const historyQuerySchema = z.strictObject({
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type HistoryQuery = z.infer<typeof historyQuerySchema>;

export interface HistoryPage {
  messages: Message[];
  /** Pass as `before` to load older messages; null at the start of the channel. */
  nextBefore: number | null;
}
