import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { users } from '../../../db/schema';
import type { Deps } from '../../deps';
import { listMemberships, listMyProjects } from '../../domain/membership/memberships';
import { checkDisplayName } from '../../domain/membership/names';
import { updateMeSchema } from '../../protocol/auth';
import { presentMe, presentProject } from '../../presenters/project';
import { routes } from '../../protocol/routes';
import type { AppEnv } from '../env';
import { authOf } from '../middleware/context';
import { reply } from '../reply';
import { validate } from '../validate';

export function meRoutes(deps: Deps) {
  const { db } = deps;
  // `discord` on GET /: whether this server runs the Discord adapter, so the web client asks
  // the Discord API only when it is there (no 404 on every page load).
  return new Hono<AppEnv>()
    .get('/', (c) =>
      reply(c, routes.me.get, {
        ...presentMe(authOf(c).user),
        discord: deps.config.discord !== undefined,
      }),
    )
    .patch('/', validate('json', updateMeSchema), async (c) => {
      const { user } = authOf(c);
      const changes = c.req.valid('json');
      if (Object.keys(changes).length === 0) return reply(c, routes.me.update, presentMe(user));
      if (changes.displayName !== undefined) {
        const projectIds = (await listMemberships(db, user.id)).map((m) => m.projectId);
        await checkDisplayName(db, changes.displayName, { projectIds, selfId: user.id });
      }
      const [updated] = await db
        .update(users)
        .set(changes)
        .where(eq(users.id, user.id))
        .returning();
      return reply(c, routes.me.update, presentMe(updated ?? user));
    })
    .get('/projects', async (c) => {
      const rows = await listMyProjects(db, authOf(c).user.id);
      return reply(c, routes.me.projects, {
        projects: rows.map((r) => presentProject(r.project, r.role)),
      });
    });
}
