import type { APIEmbed, APIMessageTopLevelComponent } from 'discord-api-types/v10';
import { z } from 'zod';

const isObject = (value: unknown) => typeof value === 'object' && value !== null;

/** Discord's limit counts title, description, field names and values, footer and author together. */
export function embedsLength(embeds: readonly APIEmbed[]): number {
  return embeds.reduce(
    (sum, embed) =>
      sum +
      (embed.title ?? '').length +
      (embed.description ?? '').length +
      (embed.footer?.text ?? '').length +
      (embed.author?.name ?? '').length +
      (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0),
    0,
  );
}

/**
 * A message body as clients send it to "Create Message", "Execute Webhook", interaction
 * callbacks and the edit endpoints. Embeds and components are kept as sent.
 */
export const messageBody = z
  .object({
    content: z.string().max(2000).nullish(),
    embeds: z
      .array(z.custom<APIEmbed>(isObject))
      .max(10)
      .refine((embeds) => embedsLength(embeds) <= 6000, 'Embed size exceeds maximum size of 6000')
      .nullish(),
    components: z.array(z.custom<APIMessageTopLevelComponent>(isObject)).nullish(),
    flags: z.number().int().nullish(),
    tts: z.boolean().nullish(),
    nonce: z.union([z.string(), z.number()]).nullish(),
    enforce_nonce: z.boolean().nullish(),
    message_reference: z
      .object({
        message_id: z.string().optional(),
        channel_id: z.string().optional(),
        guild_id: z.string().optional(),
        fail_if_not_exists: z.boolean().optional(),
        type: z.number().int().optional(),
      })
      .nullish(),
    allowed_mentions: z
      .object({
        parse: z.array(z.enum(['users', 'roles', 'everyone'])).optional(),
        users: z.array(z.string()).optional(),
        roles: z.array(z.string()).optional(),
        replied_user: z.boolean().optional(),
      })
      .nullish(),
    attachments: z.array(z.record(z.string(), z.unknown())).nullish(),
    sticker_ids: z.array(z.string()).nullish(),
    poll: z.unknown().optional(),
    /** webhook execute only */
    username: z.string().min(1).max(80).nullish(),
    avatar_url: z.string().nullish(),
    thread_name: z.string().nullish(),
    applied_tags: z.array(z.string()).nullish(),
  })
  .loose();

export type MessageBody = z.infer<typeof messageBody>;
