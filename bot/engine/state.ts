import { z } from 'zod';
import { locales } from '../../server/i18n/locale';

/** Bump when the shape changes; older stored states are then dropped (a flow starts fresh). */
export const STATE_VERSION = 1;

const flowDataValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const flowStateSchema = z.object({
  /** Flow id, e.g. `help`; see `flows/index.ts`. */
  id: z.string(),
  step: z.string(),
  /** What the flow collected so far: flat, plain values only. */
  data: z.record(z.string(), flowDataValue),
  /** ISO time the flow started. */
  startedAt: z.string(),
});

export const conversationStateSchema = z.object({
  version: z.literal(STATE_VERSION),
  /** The language of the running conversation; kept so a flow does not switch language halfway. */
  locale: z.enum(locales).nullable(),
  flow: flowStateSchema.nullable(),
  /** Answers in a row the bot did not understand (reset by any understood message). */
  misunderstandings: z.number().int().min(0),
  /**
   * The command buttons offered last outside a flow (menu, activity list), so a typed "2"
   * means the second of those. Flow steps recompute their own choices.
   */
  offered: z
    .array(z.object({ n: z.number().int(), label: z.string(), value: z.string() }))
    .nullable()
    .default(null),
  /**
   * The room the person wrote in when those buttons were offered. In a shared room a typed number
   * is a choice only there: the web shows the menu in the person's Buurtbot channel, so a "5" in
   * the common room afterwards is an answer to a neighbour.
   */
  offeredIn: z.string().nullable().default(null),
  /**
   * Buurtbot asked "Is er nu gevaar?" about this message and waits for the answer: "ja" gives the
   * emergency advice and alerts staff, "nee" goes on with what the message asked for.
   */
  safetyCheck: z.object({ text: z.string() }).nullable().default(null),
});

export type FlowData = Record<string, z.infer<typeof flowDataValue>>;
export type FlowState = z.infer<typeof flowStateSchema>;
export type ConversationState = z.infer<typeof conversationStateSchema>;

export function initialState(): ConversationState {
  return {
    version: STATE_VERSION,
    locale: null,
    flow: null,
    misunderstandings: 0,
    offered: null,
    offeredIn: null,
    safetyCheck: null,
  };
}

/**
 * Reads a stored state (already JSON-parsed). Anything unreadable or of an older version gives a
 * fresh state: losing a half-finished flow is better than crashing on it.
 */
export function parseState(stored: unknown): ConversationState {
  const parsed = conversationStateSchema.safeParse(stored);
  return parsed.success ? parsed.data : initialState();
}
