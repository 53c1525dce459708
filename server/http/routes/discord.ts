import { Hono } from 'hono';
import type { Deps } from '../../deps';
import { linkedAccountOf, unlinkDiscordAccount } from '../../domain/discord/accounts';
import { canLinkRoom } from '../../protocol/access';
import {
  createAccountCode,
  createChannelCode,
  LINK_CODE_TTL_MINUTES,
} from '../../domain/discord/codes';
import { findChannel, findLink, listProjectLinks, unlinkChannel } from '../../domain/discord/links';
import { readDiscordStatus, requestRetry } from '../../domain/discord/status';
import {
  listMemberships,
  requireMembership,
  requireRole,
} from '../../domain/membership/memberships';
import { forbidden, notFound } from '../../errors';
import { consume } from '../../limits/limiters';
import {
  createChannelCodeSchema,
  discordLinkParamSchema,
  type LinkCode,
} from '../../protocol/discord';
import { projectParamSchema } from '../../protocol/projects';
import { isStaffRole } from '../../protocol/roles';
import {
  presentDiscordAccount,
  presentDiscordLink,
  presentDiscordStatus,
} from '../../presenters/discord';
import type { AppEnv } from '../env';
import { authOf } from '../middleware/context';
import { validate } from '../validate';
import { reply } from '../reply';
import { routes } from '../../protocol/routes';

function presentCode(made: { code: string; expiresAt: Date }): LinkCode {
  return {
    code: made.code,
    expiresAt: made.expiresAt.toISOString(),
    minutes: LINK_CODE_TTL_MINUTES,
  };
}

/**
 * `/api/discord/...`: the connection's state (staff: why Discord stopped, and "try again"),
 * one-time codes to link a Discord account (anyone, for themselves) or a
 * Discord channel to a room (staff; the association for the shared rooms), and the links.
 * Mounted only when Discord is switched on.
 */
export function discordRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .route('/', statusRoutes(deps))
    .route('/', accountRoutes(deps))
    .route('/', roomLinkRoutes(deps));
}

/** Staff and admins of any project: they are told when Discord stopped, and may retry. */
async function requireStaffSomewhere(db: Deps['db'], userId: string) {
  const memberships = await listMemberships(db, userId);
  if (!memberships.some((m) => isStaffRole(m.role))) throw forbidden();
}

/** `/status`: the connection's state, and "try again" (staff). */
function statusRoutes(deps: Deps) {
  const { db, clock, limiters } = deps;
  return new Hono<AppEnv>()
    .get('/status', async (c) => {
      await requireStaffSomewhere(db, authOf(c).user.id);
      return reply(
        c,
        routes.discord.status,
        presentDiscordStatus(await readDiscordStatus(db), c.get('locale')),
      );
    })
    .post('/status/retry', async (c) => {
      const { user } = authOf(c);
      await requireStaffSomewhere(db, user.id);
      await consume(limiters.actions, user.id);
      await requestRetry(db, clock.now());
      return reply(
        c,
        routes.discord.retry,
        presentDiscordStatus(await readDiscordStatus(db), c.get('locale')),
      );
    });
}

/** `/account`: linking one's own Discord account (a code), seeing and ending the link. */
function accountRoutes(deps: Deps) {
  const { db, clock, limiters } = deps;
  return new Hono<AppEnv>()
    .get('/account', async (c) => {
      return reply(
        c,
        routes.discord.account,
        presentDiscordAccount(await linkedAccountOf(db, authOf(c).user.id)),
      );
    })
    .post('/account/code', async (c) => {
      const { user } = authOf(c);
      await consume(limiters.actions, user.id);
      return reply(
        c,
        routes.discord.accountCode,
        presentCode(await createAccountCode(db, clock, user.id)),
        201,
      );
    })
    .delete('/account', async (c) => {
      await unlinkDiscordAccount(db, authOf(c).user.id);
      return reply(c, routes.discord.unlinkAccount, presentDiscordAccount(undefined));
    });
}

/** A project's channel links: listing them, a code to link a room, ending a link. */
function roomLinkRoutes(deps: Deps) {
  const { db, clock, limiters } = deps;
  return new Hono<AppEnv>()
    .get('/projects/:projectId/links', validate('param', projectParamSchema), async (c) => {
      const { projectId } = c.req.valid('param');
      await requireRole(
        db,
        authOf(c).user.id,
        projectId,
        (r) => isStaffRole(r) || r === 'coordinator',
      );
      const rows = await listProjectLinks(db, projectId);
      return reply(c, routes.discord.links, {
        links: rows.map((row) => presentDiscordLink(row, c.get('locale'))),
      });
    })
    .post(
      '/projects/:projectId/codes',
      validate('param', projectParamSchema),
      validate('json', createChannelCodeSchema),
      async (c) => {
        const { projectId } = c.req.valid('param');
        const { user } = authOf(c);
        const membership = await requireMembership(db, user.id, projectId);
        await consume(limiters.actions, user.id);
        const made = await createChannelCode(db, clock, {
          actorId: user.id,
          actorRole: membership.role,
          projectId,
          channelId: c.req.valid('json').channelId,
        });
        return reply(c, routes.discord.roomCode, presentCode(made), 201);
      },
    )
    .delete('/links/:linkId', validate('param', discordLinkParamSchema), async (c) => {
      const link = await findLink(db, c.req.valid('param').linkId);
      if (!link) throw notFound();
      const membership = await requireMembership(db, authOf(c).user.id, link.projectId);
      const room = await findChannel(db, link.channelId);
      if (!room || !canLinkRoom(membership.role, room.kind)) throw forbidden();
      await unlinkChannel(db, link.id);
      return reply(c, routes.discord.unlinkRoom, { ok: true });
    });
}
