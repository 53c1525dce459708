import { Hono } from 'hono';
import type { Deps } from '../../deps';
import { listReadableChannels } from '../../domain/channels/channels';
import { createInvite, inviteUrl, listInvites } from '../../domain/auth/invites';
import {
  canInvite,
  canListMembers,
  canManageHomes,
  canManageInvites,
  canSeeSupportLinks,
  canSetProjectLanguage,
  canSetRetention,
} from '../../protocol/access';
import {
  addSupportLink,
  listSupportLinks,
  removeSupportLink,
} from '../../domain/membership/support-links';
import { listHomes, setHome } from '../../domain/membership/homes';
import { roles } from '../../protocol/roles';
import { listMembers, requireMembership, requireRole } from '../../domain/membership/memberships';
import { createInviteSchema } from '../../protocol/auth';
import {
  memberParamSchema,
  newSupportLinkSchema,
  projectLanguageSchema,
  projectParamSchema,
  retentionSchema,
  setMemberHomeSchema,
  supportLinkParamSchema,
} from '../../protocol/projects';
import { presentInvite } from '../../presenters/auth';
import { presentChannel, presentMember, presentProject } from '../../presenters/project';
import { findProject } from '../../domain/projects/projects';
import { retentionOf, setRetention } from '../../domain/projects/retention';
import { projectLocale, setProjectLocale } from '../../domain/projects/locale';
import type { AppEnv } from '../env';
import { authOf } from '../middleware/context';
import { validate } from '../validate';
import { reply } from '../reply';
import { routes } from '../../protocol/routes';

/** `/api/projects/:projectId/...`: everything scoped to one project the caller belongs to. */
export function projectRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .route('/', overviewRoutes(deps))
    .route('/', supportLinkRoutes(deps))
    .route('/', retentionRoutes(deps))
    .route('/', languageRoutes(deps))
    .route('/', inviteRoutes(deps));
}

/** The project itself, its channels, its members and their homes. */
function overviewRoutes(deps: Deps) {
  const { db, presence } = deps;
  return new Hono<AppEnv>()
    .get('/:projectId', validate('param', projectParamSchema), async (c) => {
      const { projectId } = c.req.valid('param');
      const membership = await requireMembership(db, authOf(c).user.id, projectId);
      const project = await findProject(db, projectId);
      if (!project) throw new Error('membership without project');
      return reply(c, routes.projects.get, presentProject(project, membership.role));
    })
    .get('/:projectId/channels', validate('param', projectParamSchema), async (c) => {
      const { projectId } = c.req.valid('param');
      const { user } = authOf(c);
      await requireMembership(db, user.id, projectId);
      const channels = await listReadableChannels(db, user.id, projectId);
      return reply(c, routes.projects.channels, { channels: channels.map(presentChannel) });
    })
    .get('/:projectId/members', validate('param', projectParamSchema), async (c) => {
      const { projectId } = c.req.valid('param');
      await requireRole(db, authOf(c).user.id, projectId, canListMembers);
      const [rows, online] = await Promise.all([
        listMembers(db, projectId),
        presence.onlineUserIds(projectId),
      ]);
      return reply(c, routes.projects.members, {
        members: rows.map((row) => presentMember(row, online.has(row.userId))),
      });
    })
    .get('/:projectId/homes', validate('param', projectParamSchema), async (c) => {
      const { projectId } = c.req.valid('param');
      await requireRole(db, authOf(c).user.id, projectId, canManageHomes);
      return reply(c, routes.projects.homes, { homes: await listHomes(db, projectId) });
    })
    .patch(
      '/:projectId/members/:userId',
      validate('param', memberParamSchema),
      validate('json', setMemberHomeSchema),
      async (c) => {
        const { projectId, userId } = c.req.valid('param');
        await requireRole(db, authOf(c).user.id, projectId, canManageHomes);
        return reply(
          c,
          routes.projects.setHome,
          await setHome(db, projectId, userId, c.req.valid('json').home),
        );
      },
    );
}

/** `/:projectId/support-links`: where members can turn for help. */
function supportLinkRoutes(deps: Deps) {
  const { db } = deps;
  return new Hono<AppEnv>()
    .get('/:projectId/support-links', validate('param', projectParamSchema), async (c) => {
      const { projectId } = c.req.valid('param');
      await requireRole(db, authOf(c).user.id, projectId, canSeeSupportLinks);
      return reply(c, routes.projects.supportLinks, {
        supportLinks: await listSupportLinks(db, projectId),
      });
    })
    .post(
      '/:projectId/support-links',
      validate('param', projectParamSchema),
      validate('json', newSupportLinkSchema),
      async (c) => {
        const { projectId } = c.req.valid('param');
        await requireRole(db, authOf(c).user.id, projectId, canSeeSupportLinks);
        return reply(
          c,
          routes.projects.addSupportLink,
          await addSupportLink(db, projectId, c.req.valid('json')),
          201,
        );
      },
    )
    .delete(
      '/:projectId/support-links/:id',
      validate('param', supportLinkParamSchema),
      async (c) => {
        const { projectId, id } = c.req.valid('param');
        await requireRole(db, authOf(c).user.id, projectId, canSeeSupportLinks);
        await removeSupportLink(db, projectId, id);
        return reply(c, routes.projects.removeSupportLink, { ok: true });
      },
    );
}

/** `/:projectId/retention`: how long the project's messages are kept. */
function retentionRoutes(deps: Deps) {
  const { db } = deps;
  return new Hono<AppEnv>()
    .get('/:projectId/retention', validate('param', projectParamSchema), async (c) => {
      const { projectId } = c.req.valid('param');
      await requireRole(db, authOf(c).user.id, projectId, canSetRetention);
      return reply(c, routes.projects.retention, await retentionOf(db, projectId));
    })
    .patch(
      '/:projectId/retention',
      validate('param', projectParamSchema),
      validate('json', retentionSchema),
      async (c) => {
        const { projectId } = c.req.valid('param');
        await requireRole(db, authOf(c).user.id, projectId, canSetRetention);
        return reply(
          c,
          routes.projects.setRetention,
          await setRetention(db, projectId, c.req.valid('json')),
        );
      },
    );
}

/** `/:projectId/language`: the language Buurtbot writes in the project's shared rooms. */
function languageRoutes(deps: Deps) {
  const { db } = deps;
  return new Hono<AppEnv>()
    .get('/:projectId/language', validate('param', projectParamSchema), async (c) => {
      const { projectId } = c.req.valid('param');
      await requireRole(db, authOf(c).user.id, projectId, canSetProjectLanguage);
      return reply(c, routes.projects.language, { locale: await projectLocale(db, projectId) });
    })
    .patch(
      '/:projectId/language',
      validate('param', projectParamSchema),
      validate('json', projectLanguageSchema),
      async (c) => {
        const { projectId } = c.req.valid('param');
        await requireRole(db, authOf(c).user.id, projectId, canSetProjectLanguage);
        const { locale } = c.req.valid('json');
        await setProjectLocale(db, projectId, locale);
        return reply(c, routes.projects.setLanguage, { locale });
      },
    );
}

/** `/:projectId/invites`: the invite links the caller may see and make. */
function inviteRoutes(deps: Deps) {
  const { db, clock, config } = deps;
  return new Hono<AppEnv>()
    .get('/:projectId/invites', validate('param', projectParamSchema), async (c) => {
      const { projectId } = c.req.valid('param');
      const membership = await requireRole(db, authOf(c).user.id, projectId, canManageInvites);
      // Only the links of roles the caller may create: a coordinator sees no staff links.
      const rows = (await listInvites(db, projectId)).filter((invite) =>
        canInvite(membership.role, invite.role),
      );
      const invitableRoles = roles.filter((r) => canInvite(membership.role, r));
      return reply(c, routes.projects.invites, {
        invites: rows.map(presentInvite),
        invitableRoles,
      });
    })
    .post(
      '/:projectId/invites',
      validate('param', projectParamSchema),
      validate('json', createInviteSchema),
      async (c) => {
        const { projectId } = c.req.valid('param');
        const { user } = authOf(c);
        const membership = await requireRole(db, user.id, projectId, canManageInvites);
        const input = c.req.valid('json');
        const { invite, code } = await createInvite(db, clock, {
          ...input,
          projectId,
          actorId: user.id,
          actorRole: membership.role,
        });
        return reply(
          c,
          routes.projects.createInvite,
          { invite: presentInvite(invite), url: inviteUrl(config.publicUrl, code), code },
          201,
        );
      },
    );
}
