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

/** Presence update (3), voice state (4), request guild members (8), request soundboard sounds (31). */
export const otherClientPayload = z.object({
  op: z.union([z.literal(3), z.literal(4), z.literal(8), z.literal(31)]),
  d: z.unknown(),
});

export const clientPayload = z.discriminatedUnion('op', [
  heartbeatPayload,
  identifyPayload,
  resumePayload,
  otherClientPayload,
]);

export type ClientPayload = z.infer<typeof clientPayload>;
export type IdentifyData = z.infer<typeof identifyPayload>['d'];
