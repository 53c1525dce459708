import { describe, expect, it } from 'vitest';
import { cleanName } from '../../protocol/names';
import { nameKey, reservedWordIn } from './names';

describe('cleanName', () => {
  it('leaves out invisible and direction-changing characters, and keeps emoji whole', () => {
    expect(cleanName('Es\u200bther')).toBe('Esther');
    expect(cleanName('\u202eEsther\u202c')).toBe('Esther');
    expect(cleanName('\u2067Bram\u2069 \u200e')).toBe('Bram');
    expect(cleanName(' Anna\u00ad \t Maria\ufeff ')).toBe('Anna Maria');
    expect(cleanName('\u3164\u2800\u200d')).toBe('');
    expect(cleanName('👩‍👧 Sam')).toBe('👩‍👧 Sam');
    expect(cleanName('❤️ Jo')).toBe('❤️ Jo');
    expect(cleanName('Zoë Çelik')).toBe('Zoë Çelik');
  });
});

describe('reservedWordIn', () => {
  it.each([
    ['Buurtbot', 'buurtbot'],
    ['Buurt Bot', 'buurtbot'],
    ['Вuurtb0t', 'buurtbot'],
    ['buurtbot2', 'buurtbot'],
    ['Esther (begeleider)', 'begeleider'],
    ['Esther - Begeleidster', 'begeleidster'],
    ['EstherBegeleider', 'begeleider'],
    ['estherbegeleider', 'begeleider'],
    ['b e g e l e i d e r', 'begeleider'],
    ['Bégeleider Bea', 'begeleider'],
    ['Sam support worker', 'supportworker'],
    ['Woonvereniging', 'woonvereniging'],
    ['De Corporatie', 'corporatie'],
    ['Wijkagent Jansen', 'wijkagent'],
    ['ADMIN', 'admin'],
    ['adm1n', 'admin'],
    ['Moderator Mo', 'moderator'],
    ['Piet (bewoner)', 'bewoner'],
  ])('refuses %s', (name, word) => {
    expect(reservedWordIn(name)?.word).toBe(word);
  });

  it.each(['Esther', 'Bram Bot', 'Robbert', 'Badminton Bas', 'Agnieszka', 'Presidente', 'Jan 12'])(
    'accepts %s',
    (name) => {
      expect(reservedWordIn(name)).toBeUndefined();
    },
  );

  it('marks Buurtbot apart from role words', () => {
    expect(reservedWordIn('Buurtbot')?.bot).toBe(true);
    expect(reservedWordIn('Admin')?.bot).toBe(false);
  });
});

describe('nameKey', () => {
  it('makes names that read the same equal', () => {
    expect(nameKey('Esther')).toBe(nameKey(' e S T h e r '));
    expect(nameKey('Anne-Marie')).toBe(nameKey('anne marie'));
    expect(nameKey('Еsther')).toBe(nameKey('Esther')); // a Cyrillic Е
    expect(nameKey('Zoë')).toBe(nameKey('Zoe'));
    expect(nameKey('Esther')).not.toBe(nameKey('Ester'));
    expect(nameKey('🌻')).not.toBe(nameKey('🌷'));
  });
});
