import { me } from '../../state/session';

/**
 * Whether this server runs the Discord adapter: `GET /api/me` says so, so the page never asks
 * the Discord API on a server without it (that answered 404 on every page load).
 */
export function discordAvailable(): boolean {
  return me.value?.discord === true;
}
