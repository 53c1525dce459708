import { describe, expect, it } from 'vitest';
import { defaultLimits } from './limiters';
import { limitsFromSetting } from './settings';

describe('RATE_LIMITS', () => {
  it('keeps the defaults when it is not set', () => {
    expect(limitsFromSetting(undefined)).toEqual(defaultLimits);
    expect(limitsFromSetting(' ')).toEqual(defaultLimits);
  });

  it('overrides only what it names', () => {
    const limits = limitsFromSetting(
      '{"messages":{"points":20},"invites":{"perAddress":{"points":60}},"sockets":{"perAddress":500}}',
    );
    expect(limits.messages).toEqual({ ...defaultLimits.messages, points: 20 });
    expect(limits.invites.perAddress).toEqual({ points: 60, seconds: 900 });
    expect(limits.invites.perCode).toEqual(defaultLimits.invites.perCode);
    expect(limits.sockets).toEqual({ perUser: 12, perAddress: 500 });
    expect(limits.login).toEqual(defaultLimits.login);
  });

  it('refuses what is not JSON, unknown names and wrong numbers, with the reason', () => {
    expect(() => limitsFromSetting('messages=20')).toThrow(/RATE_LIMITS: not JSON/);
    expect(() => limitsFromSetting('{"mesages":{"points":2}}')).toThrow(/RATE_LIMITS/);
    expect(() => limitsFromSetting('{"messages":{"points":0}}')).toThrow(
      /RATE_LIMITS.messages.points/,
    );
    expect(() => limitsFromSetting('{"login":{"perAccount":{"delayMs":-1}}}')).toThrow(/delayMs/);
  });
});
