import { unknownGuild, unknownMember } from '../errors';
import { guildObject } from '../guild-payloads';
import { ok, type Route } from '../http/router';
import type { FakeGuild } from '../state';
import type { RestContext } from './context';

/** Reading guilds, their channels, roles and members. */
export function guildRoutes({ state }: RestContext): Route[] {
  const guildOf = (guildId: string | undefined): FakeGuild => {
    const guild = state.guilds.get(guildId ?? '');
    if (!guild) throw unknownGuild();
    return guild;
  };
  return [
    {
      method: 'GET',
      pattern: '/guilds/:guildId',
      auth: true,
      handle: ({ params }) => ok(guildObject(guildOf(params.guildId))),
    },
    {
      method: 'GET',
      pattern: '/guilds/:guildId/channels',
      auth: true,
      handle: ({ params }) =>
        ok(guildOf(params.guildId).channelIds.map((id) => state.channels.get(id))),
    },
    {
      method: 'GET',
      pattern: '/guilds/:guildId/roles',
      auth: true,
      handle: ({ params }) => ok(guildOf(params.guildId).roles),
    },
    {
      method: 'GET',
      pattern: '/guilds/:guildId/members',
      auth: true,
      handle: ({ params, query }) => {
        const guild = guildOf(params.guildId);
        const limit = Number(query.get('limit') ?? '1');
        const after = query.get('after') ?? '0';
        const members = [...guild.members.keys()]
          .filter((userId) => BigInt(userId) > BigInt(after))
          .sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1))
          .slice(0, limit)
          .map((userId) => state.member(guild, userId));
        return ok(members);
      },
    },
    {
      method: 'GET',
      pattern: '/guilds/:guildId/members/:userId',
      auth: true,
      handle: ({ params }) => {
        const member = state.member(guildOf(params.guildId), params.userId ?? '');
        if (!member) throw unknownMember();
        return ok(member);
      },
    },
  ];
}
