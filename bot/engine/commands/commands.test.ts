import { describe, expect, it } from 'vitest';
import { t } from '../../../server/i18n/catalogue';
import { commands, commandsFor, findCommand, parseCommand } from './index';

describe('commands', () => {
  it('has every command the issue asks for, with English aliases', () => {
    const expected = [
      'melding',
      'zorg',
      'hulp',
      'activiteiten',
      'aanmelden',
      'afmelden',
      'plek',
      'helpen',
      'activiteit',
      'vrijwilligers',
      'gebrek',
      'buurtkaart',
      'stop',
      'help',
    ];
    expect(commands.map((c) => c.name)).toEqual(expected);
    expect(findCommand('report')?.name).toBe('melding');
    expect(findCommand('care')?.name).toBe('zorg');
    expect(findCommand('support')?.name).toBe('hulp');
    expect(findCommand('activities')?.name).toBe('activiteiten');
    expect(findCommand('signup')?.name).toBe('aanmelden');
    expect(findCommand('withdraw')?.name).toBe('afmelden');
    expect(findCommand('defect')?.name).toBe('gebrek');
    expect(findCommand('card')?.name).toBe('buurtkaart');
    expect(findCommand('place')?.name).toBe('plek');
    expect(findCommand('volunteer')?.name).toBe('helpen');
    expect(findCommand('helpers')?.name).toBe('vrijwilligers');
  });

  it('keeps /help (list) and /hulp (support) apart, and no alias is "cancel"', () => {
    expect(findCommand('help')?.name).toBe('help');
    expect(findCommand('hulp')?.name).toBe('hulp');
    expect(findCommand('cancel')).toBeUndefined();
  });

  it('has a description in both languages for each command', () => {
    for (const command of commands) {
      expect(t('nl', command.description)).not.toBe('');
      expect(t('en', command.description)).not.toBe(t('nl', command.description));
    }
  });

  it('hides /activiteit from residents', () => {
    expect(commandsFor('resident').map((c) => c.name)).not.toContain('activiteit');
    expect(commandsFor('coordinator').map((c) => c.name)).toContain('activiteit');
  });

  it('parses commands with arguments and Discord-style bot suffixes', () => {
    expect(parseCommand('/melding herrie bij 12')).toEqual({
      name: 'melding',
      text: 'herrie bij 12',
    });
    expect(parseCommand('/Hulp')).toEqual({ name: 'hulp', text: '' });
    expect(parseCommand('/help@Buurtbot')).toEqual({ name: 'help', text: '' });
    expect(parseCommand('geen opdracht')).toBeUndefined();
  });
});
