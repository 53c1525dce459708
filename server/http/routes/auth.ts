import { setTimeout as delay } from 'node:timers/promises';
import { Hono, type Context } from 'hono';
import type { Deps } from '../../deps';
import { previewInvite, redeemInvite } from '../../domain/auth/invites';
import { setPassword, verifyLogin } from '../../domain/auth/passwords';
import {
  createSession,
  listSessions,
  revokeOtherSessions,
  revokeSession,
} from '../../domain/auth/sessions';
import { listMemberships } from '../../domain/membership/memberships';
import { consume, consumeSoft, giveBack } from '../../limits/limiters';
import {
  inviteCodeSchema,
  loginSchema,
  redeemInviteSchema,
  setPasswordSchema,
} from '../../protocol/auth';
import { publicRoleOf } from '../../protocol/roles';
import { presentSession } from '../../presenters/auth';
import { presentMe } from '../../presenters/project';
import { routes } from '../../protocol/routes';
import { z } from 'zod';
import { AppError, unauthenticated } from '../../errors';
import { clearSessionCookie, writeSessionCookie } from '../cookies';
import type { AppEnv } from '../env';
import { authOf } from '../middleware/context';
import { reply } from '../reply';
import { validate } from '../validate';

/** `/api/auth/...`: invites, signing in and out, one's sessions and password. */
export function authRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .route('/', inviteRoutes(deps))
    .route('/', signInRoutes(deps))
    .route('/', sessionRoutes(deps));
}

async function startSession(deps: Deps, c: Context<AppEnv>, userId: string) {
  const { db, clock, config } = deps;
  const { token, session } = await createSession(db, clock, {
    userId,
    ttlDays: config.sessionTtlDays,
    userAgent: c.req.header('user-agent'),
  });
  writeSessionCookie(c, token, session.expiresAt, config.secureCookies);
  return session;
}

/**
 * Runs an invite preview or redemption within the invite budgets: every attempt takes a point
 * from the code's budget and from the address's, and only a refused code (`invite_invalid`)
 * keeps the address's point. Sixty neighbours joining over one Wi-Fi pass; a guesser does not.
 */
async function withInviteBudget<T>(
  { limiters, logger }: Deps,
  c: Context<AppEnv>,
  code: string,
  refusal: string,
  work: () => Promise<T>,
): Promise<T> {
  const address = `ip:${c.get('clientIp')}`;
  await consume(limiters.invites.perAddress, address);
  await consume(limiters.invites.perCode, `code:${code}`);
  try {
    const result = await work();
    await giveBack(limiters.invites.perAddress, address);
    return result;
  } catch (error) {
    if (error instanceof AppError && error.code === 'invite_invalid') {
      logger.warn({ ip: c.get('clientIp') }, refusal);
    } else {
      await giveBack(limiters.invites.perAddress, address);
    }
    throw error;
  }
}

/** `/invites/:code` (what an invite is for) and `/redeem` (joining with it). */
function inviteRoutes(deps: Deps) {
  const { db, clock, logger, dispatcher } = deps;
  return new Hono<AppEnv>()
    .get('/invites/:code', validate('param', z.object({ code: inviteCodeSchema })), async (c) => {
      const code = c.req.valid('param').code;
      const { invite, project } = await withInviteBudget(
        deps,
        c,
        code,
        'invite preview refused',
        () => previewInvite(db, clock, code),
      );
      return reply(c, routes.auth.invitePreview, {
        projectName: project.name,
        municipality: project.municipality,
        role: publicRoleOf[invite.role],
      });
    })
    .post('/redeem', validate('json', redeemInviteSchema), async (c) => {
      const input = c.req.valid('json');
      const signedIn = c.get('auth');
      if (input.asCurrentUser && !signedIn) throw unauthenticated();
      const result = await withInviteBudget(
        deps,
        c,
        input.code,
        'invite redemption refused',
        async () => {
          if (signedIn && !input.asCurrentUser) {
            // A dead link says so first; a live one asks who is joining.
            await previewInvite(db, clock, input.code);
            throw new AppError('conflict', undefined, undefined, {
              key: 'errors.invite_signed_in',
              params: { name: signedIn.user.displayName },
            });
          }
          return redeemInvite(db, clock, {
            code: input.code,
            displayName: input.displayName,
            locale: input.locale ?? c.get('locale'),
            existingUserId: signedIn?.user.id,
          });
        },
      );
      if (!signedIn) await startSession(deps, c, result.userId);
      else await dispatcher.publish({ type: 'user.access_changed', userId: result.userId });
      logger.info(
        { userId: result.userId, projectId: result.projectId, role: result.role },
        'invite redeemed',
      );
      return reply(c, routes.auth.redeem, { projectId: result.projectId }, 201);
    });
}

/** `/login` with a password and `/logout`. */
function signInRoutes(deps: Deps) {
  const { db, clock, config, limiters, logger, dispatcher } = deps;
  return new Hono<AppEnv>()
    .post('/login', validate('json', loginSchema), async (c) => {
      const { email, password } = c.req.valid('json');
      const ip = c.get('clientIp');
      // Every attempt takes a point, a right one gives it back: only failures count. One address
      // is refused (for any account, and sooner for one account); an account guessed at from
      // many addresses is only slowed down, so its owner can still sign in from elsewhere.
      const { perAddress, perAddressAccount, perAccount, delayMs } = limiters.login;
      const keys = {
        address: `ip:${ip}`,
        pair: `ip:${ip}|email:${email.toLowerCase()}`,
        account: `email:${email.toLowerCase()}`,
      };
      await consume(perAddress, keys.address);
      await consume(perAddressAccount, keys.pair);
      if (await consumeSoft(perAccount, keys.account)) {
        logger.warn({ ip }, 'password login slowed: many failures for this account');
        await delay(delayMs);
      }
      const userId = await verifyLogin(db, email, password).catch((error: unknown) => {
        logger.warn({ ip }, 'password login failed');
        throw error;
      });
      await Promise.all([
        giveBack(perAddress, keys.address),
        giveBack(perAddressAccount, keys.pair),
        giveBack(perAccount, keys.account),
      ]);
      await startSession(deps, c, userId);
      return reply(c, routes.auth.login, { ok: true });
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
      return reply(c, routes.auth.logout, { ok: true });
    });
}

/** One's own `/sessions` (listing, ending one) and `/password` (which ends the others). */
function sessionRoutes(deps: Deps) {
  const { db, clock, limiters, logger, dispatcher } = deps;
  return new Hono<AppEnv>()
    .get('/sessions', async (c) => {
      const { user, session } = authOf(c);
      const rows = await listSessions(db, clock, user.id);
      return reply(c, routes.auth.sessions, {
        sessions: rows.map((row) => presentSession(row, session.id)),
      });
    })
    .delete(
      '/sessions/:sessionId',
      validate('param', z.object({ sessionId: z.uuid() })),
      async (c) => {
        const { user } = authOf(c);
        const { sessionId } = c.req.valid('param');
        await revokeSession(db, clock, { userId: user.id, sessionId });
        await dispatcher.publish({ type: 'session.ended', sessionId, reason: 'revoked' });
        return reply(c, routes.auth.endSession, { ok: true });
      },
    )
    .post('/password', validate('json', setPasswordSchema), async (c) => {
      const { user, session } = authOf(c);
      await consume(limiters.login.perAddressAccount, `password:${user.id}`);
      const input = c.req.valid('json');
      const roles = (await listMemberships(db, user.id)).map((m) => m.role);
      const updated = await setPassword(db, { userId: user.id, roles, ...input });
      // A new password ends every other device: whoever knew the old one is out, this one stays.
      const ended = await revokeOtherSessions(db, clock, {
        userId: user.id,
        keepSessionId: session.id,
      });
      for (const sessionId of ended)
        await dispatcher.publish({ type: 'session.ended', sessionId, reason: 'revoked' });
      if (ended.length > 0)
        logger.info({ userId: user.id, ended: ended.length }, 'password changed');
      return reply(c, routes.auth.setPassword, presentMe(updated));
    });
}
