import { describe, expect, it } from 'vitest';
import {
  ladderActors,
  ladderSteps,
  mediationPhases,
  type LadderActor,
  type LadderStep,
} from './concernTypes';
import {
  allowedMoves,
  checkMove,
  checkPhase,
  checkResolve,
  detectSensitive,
  isMediationExcluded,
  nextPhase,
  suggestStep,
  systemStepUp,
  type LadderFacts,
} from './ladder';

const open: LadderFacts = {
  status: 'open',
  mediationExcluded: false,
  consent: true,
  hasTarget: true,
};

/** The whole table, written out as the specification: every move not listed is refused. */
const spec = `
intake       -> zelf          : reporter staff
intake       -> burenbericht  : reporter
intake       -> begeleiding   : reporter staff system
intake       -> bemiddeling   : reporter staff
intake       -> nood          : reporter staff system
zelf         -> burenbericht  : reporter
zelf         -> begeleiding   : reporter staff system
zelf         -> bemiddeling   : reporter staff
zelf         -> nood          : reporter staff system
burenbericht -> zelf          : reporter
burenbericht -> begeleiding   : reporter staff system
burenbericht -> bemiddeling   : reporter staff
burenbericht -> nood          : reporter staff system
begeleiding  -> zelf          : staff
begeleiding  -> bemiddeling   : staff
begeleiding  -> corporatie    : reporter staff
begeleiding  -> nood          : reporter staff system
bemiddeling  -> begeleiding   : reporter staff system
bemiddeling  -> corporatie    : reporter staff
bemiddeling  -> nood          : reporter staff system
corporatie   -> begeleiding   : staff
corporatie   -> nood          : reporter staff system
nood         -> begeleiding   : staff
`;

function parseSpec(): Map<string, Set<LadderActor>> {
  const table = new Map<string, Set<LadderActor>>();
  for (const line of spec.trim().split('\n')) {
    const match = /^(\w+)\s*->\s*(\w+)\s*:\s*(.+)$/.exec(line.trim());
    if (!match) throw new Error(`bad spec line ${line}`);
    table.set(`${match[1]}>${match[2]}`, new Set(match[3]!.split(/\s+/) as LadderActor[]));
  }
  return table;
}

describe('the ladder state machine', () => {
  const table = parseSpec();

  it('allows exactly the moves in the table, for exactly the listed actors (all 147 cases)', () => {
    let checked = 0;
    for (const from of ladderSteps) {
      for (const to of ladderSteps) {
        for (const actor of ladderActors) {
          const allowed = table.get(`${from}>${to}`)?.has(actor) ?? false;
          const result = checkMove(from, to, actor, open);
          if (from === to) expect(result).toEqual({ ok: false, reason: 'same_step' });
          else if (allowed) expect(result, `${actor} ${from}->${to}`).toEqual({ ok: true });
          else
            expect(result, `${actor} ${from}->${to}`).toEqual({ ok: false, reason: 'not_allowed' });
          checked += 1;
        }
      }
    }
    expect(checked).toBe(ladderSteps.length ** 2 * ladderActors.length);
  });

  it('refuses every move on a closed concern', () => {
    for (const from of ladderSteps)
      for (const to of ladderSteps)
        for (const actor of ladderActors)
          expect(checkMove(from, to, actor, { ...open, status: 'closed' })).toEqual({
            ok: false,
            reason: 'closed',
          });
  });

  it('never offers mediation for aggression, crime, addiction, crisis or safety', () => {
    const excluded = { ...open, mediationExcluded: true };
    for (const from of ladderSteps)
      for (const actor of ladderActors) {
        const result = checkMove(from, 'bemiddeling', actor, excluded);
        if (table.get(`${from}>bemiddeling`)?.has(actor))
          expect(result).toEqual({ ok: false, reason: 'mediation_excluded' });
      }
    expect(allowedMoves('zelf', 'reporter', excluded)).not.toContain('bemiddeling');
    expect(isMediationExcluded('noise', [])).toBe(false);
    expect(isMediationExcluded('noise', ['addiction'])).toBe(true);
    expect(isMediationExcluded('safety', [])).toBe(true);
  });

  it('sends a case to the corporation only with the reporter consent on file', () => {
    const noConsent = { ...open, consent: false };
    for (const actor of ['reporter', 'staff'] as const) {
      expect(checkMove('begeleiding', 'corporatie', actor, noConsent)).toEqual({
        ok: false,
        reason: 'consent_required',
      });
      expect(checkMove('begeleiding', 'corporatie', actor, open)).toEqual({ ok: true });
    }
    expect(checkMove('begeleiding', 'corporatie', 'system', open).ok).toBe(false);
    expect(allowedMoves('begeleiding', 'staff', noConsent)).not.toContain('corporatie');
    expect(allowedMoves('begeleiding', 'staff', noConsent, ['consent_required'])).toContain(
      'corporatie',
    );
  });

  it('needs a home or person for a burenbericht', () => {
    const nobody = { ...open, hasTarget: false };
    expect(checkMove('zelf', 'burenbericht', 'reporter', nobody)).toEqual({
      ok: false,
      reason: 'needs_target',
    });
    expect(allowedMoves('intake', 'reporter', nobody)).toEqual([
      'zelf',
      'begeleiding',
      'bemiddeling',
      'nood',
    ]);
    expect(allowedMoves('intake', 'reporter', nobody, ['needs_target'])).toContain('burenbericht');
  });

  it('lets emergencies skip the ladder from every open step, and only staff step back', () => {
    for (const from of ladderSteps.filter((s) => s !== 'nood'))
      for (const actor of ladderActors) expect(checkMove(from, 'nood', actor, open).ok).toBe(true);
    expect(allowedMoves('nood', 'staff', open)).toEqual(['begeleiding']);
    expect(allowedMoves('nood', 'reporter', open)).toEqual([]);
    expect(allowedMoves('nood', 'system', open)).toEqual([]);
  });

  it('lets timers move up to staff only, and never past them', () => {
    expect(systemStepUp('intake', open)).toBe('begeleiding');
    expect(systemStepUp('zelf', open)).toBe('begeleiding');
    expect(systemStepUp('burenbericht', open)).toBe('begeleiding');
    for (const from of ['begeleiding', 'corporatie', 'nood'] as LadderStep[])
      expect(systemStepUp(from, open)).toBeUndefined();
    expect(systemStepUp('zelf', { ...open, status: 'closed' })).toBeUndefined();
    // Timers never send a burenbericht or go to mediation or the corporation on someone's behalf.
    for (const from of ladderSteps)
      expect(
        allowedMoves(from, 'system', open).every((s) => s === 'begeleiding' || s === 'nood'),
      ).toBe(true);
  });
});

describe('suggesting the lowest step that fits', () => {
  const base = { flags: [], unsafe: false, hasTarget: true } as const;

  it('starts with talking yourself', () => {
    expect(suggestStep({ ...base, category: 'noise' })).toBe('zelf');
    expect(suggestStep({ ...base, category: 'waste', talked: 'no' })).toBe('zelf');
  });

  it('offers the neutral message when talking did not help, or the reporter does not dare', () => {
    expect(suggestStep({ ...base, category: 'noise', talked: 'yes' })).toBe('burenbericht');
    expect(suggestStep({ ...base, category: 'pets', talked: 'afraid' })).toBe('burenbericht');
    expect(suggestStep({ ...base, hasTarget: false, talked: 'afraid' })).toBe('begeleiding');
  });

  it('goes straight to staff for someone who feels unsafe and for sensitive subjects', () => {
    expect(suggestStep({ ...base, category: 'noise', unsafe: true })).toBe('begeleiding');
    expect(suggestStep({ ...base, category: 'safety' })).toBe('begeleiding');
    expect(suggestStep({ ...base, category: 'behaviour', flags: ['aggression'] })).toBe(
      'begeleiding',
    );
  });
});

describe('closing a concern', () => {
  it('lets staff close with any outcome, the reporter withdraw or say solved before staff', () => {
    expect(checkResolve('bemiddeling', 'open', 'staff', 'mediation')).toEqual({ ok: true });
    expect(checkResolve('begeleiding', 'open', 'reporter', 'withdrawn')).toEqual({ ok: true });
    expect(checkResolve('zelf', 'open', 'reporter', 'solved_neighbours')).toEqual({ ok: true });
    expect(checkResolve('burenbericht', 'open', 'reporter', 'solved_neighbours')).toEqual({
      ok: true,
    });
    expect(checkResolve('begeleiding', 'open', 'reporter', 'solved_neighbours').ok).toBe(false);
    expect(checkResolve('zelf', 'open', 'reporter', 'police').ok).toBe(false);
    expect(checkResolve('zelf', 'open', 'system', 'withdrawn').ok).toBe(false);
    expect(checkResolve('zelf', 'closed', 'staff', 'withdrawn')).toEqual({
      ok: false,
      reason: 'closed',
    });
  });
});

describe('mediation phases', () => {
  it('go forward one at a time, by staff', () => {
    for (const phase of mediationPhases) {
      const next = nextPhase(phase);
      if (!next) continue;
      expect(checkPhase(phase, next, 'staff', { partiesAgreed: true })).toEqual({ ok: true });
      expect(checkPhase(phase, next, 'reporter', { partiesAgreed: true }).ok).toBe(false);
    }
    expect(nextPhase('followup')).toBeUndefined();
    expect(checkPhase('intake', 'joint_talk', 'staff', { partiesAgreed: true }).ok).toBe(false);
    expect(checkPhase('joint_talk', 'intake', 'staff', { partiesAgreed: true }).ok).toBe(false);
  });

  it('leave the consent phase only when both parties said yes', () => {
    expect(checkPhase('consent', 'separate_talks', 'staff', { partiesAgreed: false })).toEqual({
      ok: false,
      reason: 'consent_missing',
    });
    expect(checkPhase('consent', 'separate_talks', 'system', { partiesAgreed: true })).toEqual({
      ok: true,
    });
    expect(checkPhase('intake', 'consent', 'system', { partiesAgreed: true }).ok).toBe(false);
  });
});

describe('sensitive subjects', () => {
  it('recognises aggression, crime, addiction and crisis in Dutch and English', () => {
    expect(detectSensitive('hij bedreigde me in de lift')).toEqual(['aggression']);
    expect(detectSensitive('er wordt gedeald in het trappenhuis')).toEqual(['crime']);
    expect(detectSensitive('hij is elke avond dronken')).toEqual(['addiction']);
    expect(detectSensitive('ze lijkt erg verward')).toEqual(['crisis']);
    expect(detectSensitive('he threatened me and was drunk')).toEqual(['aggression', 'addiction']);
    expect(detectSensitive('elke nacht harde muziek')).toEqual([]);
  });
});
