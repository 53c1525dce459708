import fc from 'fast-check';
import { systemClock } from '../../../server/clock';
import { storeMessage } from '../../../server/domain/messages/messages';
import type { ModerationClientEvents } from '../../../server/protocol/moderation';
import { hostileStrings, nearly } from '../../reliability/hostile';
import { buildMember } from '../../support/factories';
import { body, encode, param, text, type FuzzArea, type FuzzWorld } from './generators';

/**
 * Flag and hide: the caller (the project's admin, staff on the socket) flags and hides messages
 * of a neighbour in the shared rooms, of the team room and of another project, mixed with random
 * ids; notes and reasons random, hostile or near the limits.
 */
export function moderationFuzz(world: FuzzWorld): FuzzArea<keyof ModerationClientEvents> {
  const ids = {} as { mine: string[]; elsewhere: string };

  async function setup() {
    const db = world.db;
    const neighbour = await buildMember(db, world.project.id, 'resident', 'Buur Fuzz');
    const outsider = await buildMember(db, world.other.id, 'resident', 'Buur Elders');
    const post = async (channelId: string, authorId: string, n: number) =>
      (
        await storeMessage(db, systemClock, {
          channelId,
          authorId,
          clientId: `fuzz-moderation-${n}`,
          body: `Bericht ${n}`,
        })
      ).message.id;
    ids.mine = [
      await post(world.project.channels.common, neighbour.userId, 1),
      await post(world.project.channels.activities, neighbour.userId, 2),
      await post(world.project.channels.staff, world.staff.userId, 3),
      await post(world.project.channels.common, world.admin.userId, 4),
    ];
    ids.elsewhere = await post(world.other.channels.common, outsider.userId, 5);
  }

  const messageId = () =>
    param(...[0, 1, 2, 3].map((i) => () => ids.mine[i]!), () => ids.elsewhere);
  const words = fc.oneof(
    text,
    fc.string({ minLength: 2, maxLength: 300 }),
    fc.constantFrom('', ' ', 'x', 'a'.repeat(301), 'b'.repeat(501), ...hostileStrings),
  );
  const on = (suffix: '/flag' | '/hide', fields: Record<string, fc.Arbitrary<unknown>>) => ({
    route: `POST /api/messages/:messageId${suffix}`,
    caller: 'admin' as const,
    request: () =>
      fc
        .tuple(messageId(), body(fields))
        .map(([id, b]) => ({ method: 'POST', path: `/api/messages/${encode(id)}${suffix}`, ...b })),
  });

  return {
    setup,
    routes: [on('/flag', { note: words }), on('/hide', { reason: words })],
    events: {
      'message:flag': () => nearly({ messageId: messageId(), note: words }),
      'message:hide': () => nearly({ messageId: messageId(), reason: words }),
    },
  };
}
