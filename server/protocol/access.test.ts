import { describe, expect, it } from 'vitest';
import { canInvite, canListMembers, canReadChannel } from './access';
import { roles } from './roles';

describe('channel access rules', () => {
  it('keeps the staff room for support staff and admins', () => {
    expect(roles.filter((r) => canReadChannel(r, 'staff', false))).toEqual(['staff', 'admin']);
  });

  it("keeps the housing corporation out of residents' rooms", () => {
    expect(canReadChannel('corporation', 'common', false)).toBe(false);
    expect(canReadChannel('corporation', 'activities', false)).toBe(false);
    expect(canListMembers('corporation')).toBe(false);
  });

  it('opens a concern thread to its members and staff only', () => {
    expect(roles.filter((r) => canReadChannel(r, 'thread', false))).toEqual(['staff', 'admin']);
    expect(canReadChannel('resident', 'thread', true)).toBe(true);
  });

  it('keeps a bot conversation private, even from staff', () => {
    expect(roles.filter((r) => canReadChannel(r, 'bot', false))).toEqual([]);
  });

  it('lets coordinators invite residents, neighbours and coordinators, never staff', () => {
    expect(roles.filter((r) => canInvite('coordinator', r))).toEqual([
      'resident',
      'neighbour',
      'coordinator',
    ]);
    expect(roles.filter((r) => canInvite('resident', r))).toEqual([]);
    expect(canInvite('staff', 'admin')).toBe(false);
  });
});
