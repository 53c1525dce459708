import { describe, expect, it } from 'vitest';
import { canLinkRoom } from '../../protocol/access';
import { normalizeCode } from './codes';

describe('Discord link codes', () => {
  it('reads a code however it is typed', () => {
    expect(normalizeCode('abcd-efgh')).toBe('ABCDEFGH');
    expect(normalizeCode(' AbCd eFgH ')).toBe('ABCDEFGH');
  });

  it('lets staff link every room, the association only the shared rooms', () => {
    expect(canLinkRoom('staff', 'staff')).toBe(true);
    expect(canLinkRoom('admin', 'common')).toBe(true);
    expect(canLinkRoom('coordinator', 'activities')).toBe(true);
    expect(canLinkRoom('coordinator', 'staff')).toBe(false);
    expect(canLinkRoom('resident', 'common')).toBe(false);
    expect(canLinkRoom('staff', 'bot')).toBe(false);
    expect(canLinkRoom('staff', 'thread')).toBe(false);
  });
});
