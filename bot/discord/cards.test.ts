import { describe, expect, it } from 'vitest';
import { embedsLength } from '../../tests/fake-discord/message-body';
import { cardPayload } from './cards';

describe('a card as a Discord embed', () => {
  it('stays within Discord’s 6000 characters for the whole embed, keeping title and description', () => {
    const card = {
      title: 'T'.repeat(300),
      description: 'D'.repeat(5000),
      color: 0,
      fields: Array.from({ length: 25 }, (_, i) => ({
        name: `veld ${i}`.padEnd(256, 'n'),
        value: 'w'.repeat(1100),
      })),
      buttons: [],
    };
    const [embed] = cardPayload(card, new Date(0)).embeds.map((e) => e.toJSON());
    if (!embed) throw new Error('no embed');
    expect(embedsLength([embed])).toBeLessThanOrEqual(6000);
    expect(embed.title).toHaveLength(256);
    expect(embed.description?.length).toBeGreaterThanOrEqual(500);
    expect(embed.fields?.length).toBeGreaterThan(0);
  });

  it('leaves a card that fits as it is', () => {
    const card = {
      title: 'Voor het team: hulpvraag',
      description: 'Anouk vraagt om hulp.',
      color: 0,
      fields: [{ name: 'Stand', value: 'Nog niet opgepakt' }],
      buttons: [],
    };
    const [embed] = cardPayload(card, new Date(0)).embeds.map((e) => e.toJSON());
    expect(embed).toMatchObject({
      title: card.title,
      description: card.description,
      fields: [{ name: 'Stand', value: 'Nog niet opgepakt' }],
    });
  });
});
