import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { routePath } from 'hono/route';
import type { AreaRoute } from '../area';
import type { Deps } from '../deps';
import {
  AppError,
  forbidden,
  logUnexpected,
  notFound,
  payloadTooLarge,
  presentError,
  toAppError,
} from '../errors';
import { MAX_EVENT_BYTES } from '../protocol/common';
import type { AppEnv } from './env';
import { csrfGuard } from './middleware/csrf';
import { requestContext } from './middleware/context';
import { securityHeaders, setEarlyHeaders } from './middleware/securityHeaders';
import { openApiRoutes } from './openapi/routes';
import { authRoutes } from './routes/auth';
import { channelRoutes } from './routes/channels';
import { healthRoutes } from './routes/health';
import { inviteRoutes } from './routes/invites';
import { meRoutes } from './routes/me';
import { privacyRoutes } from './routes/privacy';
import { projectRoutes } from './routes/projects';

export const webRoot = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** API answers hold personal data: no cache keeps them. */
const NO_STORE = [['Cache-Control', 'no-store']] as const;

/** The security headers of every answer (Content-Security-Policy and the rest). */
const SECURITY_HEADERS: Parameters<typeof securityHeaders>[0] = {
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    connectSrc: ["'self'"],
    fontSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    workerSrc: ["'self'"],
    manifestSrc: ["'self'"],
  },
  referrerPolicy: 'no-referrer',
  crossOriginResourcePolicy: 'same-origin',
  // Never framed (as CSP frame-ancestors 'none' says, for older browsers too).
  xFrameOptions: 'DENY',
  // The app uses no camera, microphone, location or payment: no page may ask for them.
  permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
};

/** The Hono application: security headers, context, the API sub-apps and the built web client. */
export function createHttpApp(deps: Deps, areaRoutes: AreaRoute[] = []) {
  const app = new Hono<AppEnv>();

  app.use('*', securityHeaders(SECURITY_HEADERS));
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw payloadTooLarge();
      },
    });
  const defaultLimit = limit(MAX_EVENT_BYTES);
  // Areas with larger bodies (photo uploads) set their own limit for their path.
  const ownLimits = areaRoutes.flatMap((r) =>
    r.maxBodyBytes ? [{ prefix: `/api${r.path}`, check: limit(r.maxBodyBytes) }] : [],
  );
  app.use('/api/*', (c, next) => {
    // GET and HEAD carry no body that anything reads; asking for one made @hono/node-server
    // build a whole Fetch Request per request (a twelfth of a history request's CPU).
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const own = ownLimits.find(
      (l) => c.req.path === l.prefix || c.req.path.startsWith(`${l.prefix}/`),
    );
    return (own?.check ?? defaultLimit)(c, next);
  });
  app.use('*', requestContext(deps));
  app.use('/api/*', csrfGuard(deps.config.allowedOrigins));
  app.use('/api/*', async (c, next) => {
    // Before the handler, like the security headers (see there why).
    setEarlyHeaders(c, NO_STORE);
    await next();
  });

  const api = new Hono<AppEnv>()
    .route('/auth', authRoutes(deps))
    .route('/me', meRoutes(deps))
    .route('/me', privacyRoutes(deps))
    .route('/projects', projectRoutes(deps))
    .route('/channels', channelRoutes(deps))
    .route('/invites', inviteRoutes(deps))
    // The OpenAPI document of everything under /api (read from the finished route table).
    .route(
      '/',
      openApiRoutes(() => app.routes),
    );
  for (const { path, app: areaApp } of areaRoutes) api.route(path, areaApp);

  app.route('/', healthRoutes(deps));
  app.route('/api', api);
  app.all('/api/*', () => {
    throw notFound();
  });

  if (existsSync(webRoot)) {
    // The build writes .br and .gz beside each text file (vite.config.ts): sent when accepted.
    app.use('/*', serveStatic({ root: webRoot, precompressed: true }));
    app.get('*', serveStatic({ root: webRoot, path: 'index.html', precompressed: true }));
  }

  app.onError((error, c) => {
    const appError = toAppError(
      error instanceof HTTPException ? httpExceptionToAppError(error) : error,
    );
    // The route pattern, not the path: a path can hold an invite code.
    const route = routePath(c);
    logUnexpected(deps.logger, error, appError, { route }, 'request failed');
    // Throttled callers are worth knowing about (brute force, floods): who and where, no content.
    if (appError.code === 'rate_limited')
      deps.logger.warn(
        { route, ip: c.get('clientIp'), userId: c.get('auth')?.user.id },
        'rate limited',
      );
    const payload = presentError(appError, c.get('locale') ?? 'nl');
    if (payload.retryAfterSeconds) c.header('Retry-After', String(payload.retryAfterSeconds));
    if (appError.code === 'unavailable') c.header('Retry-After', '5');
    return c.json({ error: payload }, appError.status as 400);
  });
  app.notFound((c) => c.json({ error: presentError(notFound(), c.get('locale') ?? 'nl') }, 404));

  return app;
}

function httpExceptionToAppError(error: HTTPException): AppError {
  if (error.status === 413) return payloadTooLarge();
  if (error.status === 403) return forbidden();
  if (error.status === 404) return notFound();
  return new AppError(error.status < 500 ? 'validation_failed' : 'internal');
}

export type HttpApp = ReturnType<typeof createHttpApp>;
