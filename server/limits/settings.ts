import { z } from 'zod';
import { defaultLimits, type LimitSettings } from './limiters';

/**
 * `RATE_LIMITS`: a JSON object that overrides any part of the default limits, for example
 * `{"messages":{"points":20},"invites":{"perAddress":{"points":60}}}`. What it leaves out keeps
 * its default; an unknown name or a wrong number stops the server at start-up with the reason.
 */
const count = z.number().int().min(1).max(1_000_000);
const seconds = z.number().int().min(1).max(86_400);
const window = z.strictObject({ points: count, seconds }).partial();
const burstWindow = z.strictObject({ points: count, seconds, burst: count }).partial();

const overridesSchema = z
  .strictObject({
    messages: burstWindow,
    actions: burstWindow,
    login: z
      .strictObject({
        perAddress: window,
        perAddressAccount: window,
        perAccount: z
          .strictObject({ points: count, seconds, delayMs: z.number().int().min(0).max(60_000) })
          .partial(),
      })
      .partial(),
    invites: z.strictObject({ perAddress: window, perCode: window }).partial(),
    sync: burstWindow,
    sockets: z.strictObject({ perUser: count, perAddress: count }).partial(),
  })
  .partial();

type Overrides = z.infer<typeof overridesSchema>;

/** The limits with `RATE_LIMITS` applied; throws with the reason when it is not valid. */
export function limitsFromSetting(
  value: string | undefined,
  defaults: LimitSettings = defaultLimits,
): LimitSettings {
  if (value === undefined || value.trim() === '') return defaults;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    throw new Error('Invalid configuration:\nRATE_LIMITS: not JSON');
  }
  const parsed = overridesSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `RATE_LIMITS.${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return merge(defaults, parsed.data);
}

function merge(defaults: LimitSettings, o: Overrides): LimitSettings {
  const l = defaults.login;
  return {
    messages: { ...defaults.messages, ...o.messages },
    actions: { ...defaults.actions, ...o.actions },
    login: {
      perAddress: { ...l.perAddress, ...o.login?.perAddress },
      perAddressAccount: { ...l.perAddressAccount, ...o.login?.perAddressAccount },
      perAccount: { ...l.perAccount, ...o.login?.perAccount },
    },
    invites: {
      perAddress: { ...defaults.invites.perAddress, ...o.invites?.perAddress },
      perCode: { ...defaults.invites.perCode, ...o.invites?.perCode },
    },
    sync: { ...defaults.sync, ...o.sync },
    sockets: { ...defaults.sockets, ...o.sockets },
  };
}
