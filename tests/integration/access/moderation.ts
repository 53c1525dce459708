import { systemClock } from '../../../server/clock';
import { storeMessage } from '../../../server/domain/messages/messages';
import type { ModerationClientEvents } from '../../../server/protocol/moderation';
import { buildMember } from '../../support/factories';
import {
  exceptCorporation,
  principals,
  staffOnly,
  type AccessArea,
  type AccessWorld,
  type Principal,
} from './table';

/**
 * Flag and hide in the shared rooms: every member who can read the room flags someone else's
 * message; staff and admins hide one. Whoever cannot read the room (the corporation, people
 * outside the project) learns nothing, not even that the message exists: 404. A message in the
 * team room is not in a shared room: refused to staff, unknown to everyone else.
 */
export function moderationAccess(world: AccessWorld): AccessArea<keyof ModerationClientEvents> {
  /** Cannot read the common room: not found. */
  const unseen: Principal[] = ['corporation', 'stranger', 'otherProject'];
  /** Cannot read the team room either. */
  const notStaff: Principal[] = ['resident', 'neighbour', 'coordinator', ...unseen];
  const m = {} as {
    /** A neighbour's message in the common room (flagging it again changes nothing). */
    common: string;
    teamRoom: string;
    /** Per caller, over HTTP and over the socket: a message of their own to hide. */
    toHide: string[];
    toHideSocket: string[];
  };

  async function setup() {
    const db = world.db;
    const author = await buildMember(db, world.project.id, 'resident', 'Schrijver');
    const staff = await buildMember(db, world.project.id, 'staff', 'Teamlid');
    let n = 0;
    const post = async (channelId: string, authorId = author.userId) =>
      (
        await storeMessage(db, systemClock, {
          channelId,
          authorId,
          clientId: `acl-moderation-${n++}`,
          body: `Bericht ${n}`,
        })
      ).message.id;
    m.common = await post(world.project.channels.common);
    m.teamRoom = await post(world.project.channels.staff, staff.userId);
    m.toHide = [];
    m.toHideSocket = [];
    for (const _ of principals) {
      m.toHide.push(await post(world.project.channels.common));
      m.toHideSocket.push(await post(world.project.channels.activities));
    }
  }

  return {
    setup,
    routes: [
      {
        route: 'POST /api/messages/:messageId/flag',
        name: 'flag a neighbour’s message in the common room',
        allowed: exceptCorporation,
        hidden: unseen,
        call: (c) => c.post(`/api/messages/${m.common}/flag`, { note: 'Niet fijn' }),
      },
      {
        route: 'POST /api/messages/:messageId/flag',
        name: 'flag a message in the team room (not a shared room)',
        allowed: [],
        hidden: notStaff,
        call: (c) => c.post(`/api/messages/${m.teamRoom}/flag`, {}),
      },
      {
        route: 'POST /api/messages/:messageId/hide',
        name: 'hide a message in the common room',
        allowed: staffOnly,
        hidden: unseen,
        call: (c, i) => c.post(`/api/messages/${m.toHide[i]}/hide`, { reason: 'Niet aardig' }),
      },
      {
        route: 'POST /api/messages/:messageId/hide',
        name: 'hide a message in the team room (not a shared room)',
        allowed: [],
        hidden: notStaff,
        call: (c) => c.post(`/api/messages/${m.teamRoom}/hide`, { reason: 'Niet aardig' }),
      },
    ],
    events: {
      'message:flag': [
        {
          name: 'flag a neighbour’s message in the common room',
          allowed: exceptCorporation,
          hidden: unseen,
          payload: () => ({ messageId: m.common }),
        },
        {
          name: 'flag a message in the team room (not a shared room)',
          allowed: [],
          hidden: notStaff,
          payload: () => ({ messageId: m.teamRoom, note: 'x' }),
        },
      ],
      'message:hide': [
        {
          name: 'hide a message in the activities room',
          allowed: staffOnly,
          hidden: unseen,
          payload: (i) => ({ messageId: m.toHideSocket[i], reason: 'Niet aardig' }),
        },
        {
          name: 'hide a message in the team room (not a shared room)',
          allowed: [],
          hidden: notStaff,
          payload: () => ({ messageId: m.teamRoom, reason: 'Niet aardig' }),
        },
      ],
    },
  };
}
