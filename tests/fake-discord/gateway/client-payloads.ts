import { z } from 'zod';

/** What a client may send on the gateway (Discord docs, "Gateway Events" > "Send Events"). */
export const heartbeatPayload = z.object({ op: z.literal(1), d: z.number().int().nullable() });

export const identifyPayload = z.object({
  op: z.literal(2),
  d: z.object({
    token: z.string(),
    intents: z.number().int().nonnegative(),
    properties: z.object({ os: z.string(), browser: z.string(), device: z.string() }).loose(),
    compress: z.boolean().optional(),
    large_threshold: z.number().int().optional(),
    shard: z.tuple([z.number().int(), z.number().int()]).optional(),
    presence: z.unknown().optional(),
  }),
});

export const resumePayload = z.object({
  op: z.literal(6),
  d: z.object({ token: z.string(), session_id: z.string(), seq: z.number().int().nullable() }),
});

/** Request Guild Members (8): answered with GUILD_MEMBERS_CHUNK. */
export const requestGuildMembersPayload = z.object({
  op: z.literal(8),
  d: z.object({
    guild_id: z.string(),
    query: z.string().optional(),
    limit: z.number().int().nonnegative().optional(),
    presences: z.boolean().optional(),
    user_ids: z.union([z.string(), z.array(z.string())]).optional(),
    nonce: z.string().max(32).optional(),
  }),
});

/** Presence update (3), voice state (4), request soundboard sounds (31): recorded only. */
export const otherClientPayload = z.object({
  op: z.union([z.literal(3), z.literal(4), z.literal(31)]),
  d: z.unknown(),
});

export const clientPayload = z.discriminatedUnion('op', [
  heartbeatPayload,
  identifyPayload,
  resumePayload,
  requestGuildMembersPayload,
  otherClientPayload,
]);

export type ClientPayload = z.infer<typeof clientPayload>;
export type IdentifyData = z.infer<typeof identifyPayload>['d'];
export type RequestGuildMembersData = z.infer<typeof requestGuildMembersPayload>['d'];
