import { describe, expect, it } from 'vitest';
import { choiceRows, customId, parseCustomId, replyPayload, splitText } from './render';

describe('Discord rendering', () => {
  it('splits long text at a line break or space, losing no words', () => {
    const text = `${'a'.repeat(1500)}\n${'b'.repeat(1000)} ${'c'.repeat(1900)}`;
    const parts = splitText(text);
    expect(parts.every((p) => p.length <= 2000)).toBe(true);
    expect(parts).toEqual(['a'.repeat(1500), 'b'.repeat(1000), 'c'.repeat(1900)]);
    expect(splitText('kort')).toEqual(['kort']);
    const unbroken = 'x'.repeat(4500);
    expect(splitText(unbroken).join('')).toBe(unbroken);
  });

  it('turns choices into buttons, five to a row, with Buurtkamer custom ids', () => {
    const choices = Array.from({ length: 7 }, (_, i) => ({ label: `Keuze ${i}`, value: `v${i}` }));
    const rows = choiceRows(choices).map((row) => row.toJSON());
    expect(rows.map((row) => row.components.length)).toEqual([5, 2]);
    expect(rows[0]?.components[0]).toMatchObject({ custom_id: 'bk:c:v0', label: 'Keuze 0' });
    expect(parseCustomId('bk:c:/hulp')).toEqual({ kind: 'c', data: '/hulp' });
    expect(parseCustomId(customId('alert', 'claim:1'))).toEqual({ kind: 'alert', data: 'claim:1' });
    expect(parseCustomId('iets-anders')).toBeUndefined();
  });

  it('never pings anyone and keeps replies within Discord limits', () => {
    const payload = replyPayload('@everyone '.repeat(300));
    expect(payload.allowedMentions).toEqual({ parse: [] });
    expect(payload.content.length).toBe(2000);
    expect(payload.components).toEqual([]);
  });
});
