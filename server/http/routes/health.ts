import { Hono } from 'hono';
import type { Deps } from '../../deps';
import type { AppEnv } from '../env';

/** Liveness (`/health`: the process answers) and readiness (`/ready`: it can take work). */
export function healthRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .get('/health', (c) => c.json({ status: 'ok' }))
    .get('/ready', async (c) => {
      try {
        await deps.ready();
        const detail = (await deps.readyDetail?.()) ?? {};
        return c.json({ status: 'ready', ...(Object.keys(detail).length ? { detail } : {}) });
      } catch {
        return c.json({ status: 'unavailable' }, 503);
      }
    });
}
