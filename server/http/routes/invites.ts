import { Hono } from 'hono';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { findInvite, revokeInvite } from '../../domain/auth/invites';
import { canInvite, canManageInvites } from '../../protocol/access';
import { requireRole } from '../../domain/membership/memberships';
import { notFound } from '../../errors';
import { presentInvite } from '../../presenters/auth';
import type { AppEnv } from '../env';
import { authOf } from '../middleware/context';
import { validate } from '../validate';
import { reply } from '../reply';
import { routes } from '../../protocol/routes';

/** `/api/invites/:inviteId`: revoking a link (of a role the caller may invite). */
export function inviteRoutes(deps: Deps) {
  const { db, clock } = deps;
  return new Hono<AppEnv>().delete(
    '/:inviteId',
    validate('param', z.object({ inviteId: z.uuid() })),
    async (c) => {
      const invite = await findInvite(db, c.req.valid('param').inviteId);
      if (!invite) throw notFound();
      const membership = await requireRole(
        db,
        authOf(c).user.id,
        invite.projectId,
        canManageInvites,
      );
      // Only links for roles the caller may create exist for them (a coordinator does not
      // learn of, nor end, a staff, admin or corporation link).
      if (!canInvite(membership.role, invite.role)) throw notFound();
      return reply(
        c,
        routes.invites.revoke,
        presentInvite(await revokeInvite(db, clock, invite.id)),
      );
    },
  );
}
