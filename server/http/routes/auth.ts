import { Hono, type Context } from 'hono';
import type { Deps } from '../../deps';
import { previewInvite, redeemInvite } from '../../domain/auth/invites';
import { setPassword, verifyLogin } from '../../domain/auth/passwords';
import { createSession, listSessions, revokeSession } from '../../domain/auth/sessions';
import { listMemberships } from '../../domain/membership/memberships';
import { consume } from '../../limits/limiters';
import {
  inviteCodeSchema,
  loginSchema,
  redeemInviteSchema,
  setPasswordSchema,
} from '../../protocol/auth';
import { publicRoleOf } from '../../protocol/roles';
import { presentSession } from '../../presenters/auth';
import { presentMe } from '../../presenters/project';
import { z } from 'zod';
import { clearSessionCookie, writeSessionCookie } from '../cookies';
import type { AppEnv } from '../env';
import { authOf } from '../middleware/context';
import { validate } from '../validate';

export function authRoutes(deps: Deps) {
  const { db, clock, config, limiters, logger, dispatcher } = deps;

  async function startSession(c: Context<AppEnv>, userId: string) {
    const { token, session } = await createSession(db, clock, {
      userId,
      ttlDays: config.sessionTtlDays,
      userAgent: c.req.header('user-agent'),
    });
    writeSessionCookie(c, token, session.expiresAt, config.secureCookies);
    return session;
  }

  return new Hono<AppEnv>()
    .get('/invites/:code', validate('param', z.object({ code: inviteCodeSchema })), async (c) => {
      await consume(limiters.invites, `ip:${c.get('clientIp')}`);
      const { invite, project } = await previewInvite(db, clock, c.req.valid('param').code).catch(
        (error: unknown) => {
          logger.warn({ ip: c.get('clientIp') }, 'invite preview refused');
          throw error;
        },
      );
      return c.json({
        projectName: project.name,
        municipality: project.municipality,
        role: publicRoleOf[invite.role],
      });
    })
    .post('/redeem', validate('json', redeemInviteSchema), async (c) => {
      await consume(limiters.invites, `ip:${c.get('clientIp')}`);
      const input = c.req.valid('json');
      const signedIn = c.get('auth');
      const result = await redeemInvite(db, clock, {
        code: input.code,
        displayName: input.displayName,
        locale: input.locale ?? c.get('locale'),
        existingUserId: signedIn?.user.id,
      }).catch((error: unknown) => {
        logger.warn({ ip: c.get('clientIp') }, 'invite redemption refused');
        throw error;
      });
      if (!signedIn) await startSession(c, result.userId);
      else await dispatcher.publish({ type: 'user.access_changed', userId: result.userId });
      logger.info(
        { userId: result.userId, projectId: result.projectId, role: result.role },
        'invite redeemed',
      );
      return c.json({ projectId: result.projectId }, 201);
    })
    .post('/login', validate('json', loginSchema), async (c) => {
      const { email, password } = c.req.valid('json');
      await consume(limiters.login, `ip:${c.get('clientIp')}`);
      await consume(limiters.login, `email:${email.toLowerCase()}`);
      const userId = await verifyLogin(db, email, password).catch((error: unknown) => {
        logger.warn({ ip: c.get('clientIp') }, 'password login failed');
        throw error;
      });
      await startSession(c, userId);
      return c.json({ ok: true });
    })
    .post('/logout', async (c) => {
      const auth = c.get('auth');
      clearSessionCookie(c, config.secureCookies);
      if (auth) {
        await revokeSession(db, clock, { userId: auth.user.id, sessionId: auth.session.id });
        await dispatcher.publish({
          type: 'session.ended',
          sessionId: auth.session.id,
          reason: 'logout',
        });
      }
      return c.json({ ok: true });
    })
    .get('/sessions', async (c) => {
      const { user, session } = authOf(c);
      const rows = await listSessions(db, clock, user.id);
      return c.json({ sessions: rows.map((row) => presentSession(row, session.id)) });
    })
    .delete(
      '/sessions/:sessionId',
      validate('param', z.object({ sessionId: z.uuid() })),
      async (c) => {
        const { user } = authOf(c);
        const { sessionId } = c.req.valid('param');
        await revokeSession(db, clock, { userId: user.id, sessionId });
        await dispatcher.publish({ type: 'session.ended', sessionId, reason: 'revoked' });
        return c.json({ ok: true });
      },
    )
    .post('/password', validate('json', setPasswordSchema), async (c) => {
      const { user } = authOf(c);
      await consume(limiters.login, `user:${user.id}`);
      const input = c.req.valid('json');
      const roles = (await listMemberships(db, user.id)).map((m) => m.role);
      return c.json(presentMe(await setPassword(db, { userId: user.id, roles, ...input })));
    });
}
