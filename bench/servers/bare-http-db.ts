/**
 * The second reference of the HTTP scenario: node:http doing the very same database work as
 * the endpoint, through the same domain functions (session, access check, the query, the
 * presenter), with no framework, middleware or validation. Ours over this is what Hono and the
 * middleware cost; this over the bare handler is what the database work costs.
 */
import { createServer } from 'node:http';
import { parse as parseCookies } from 'hono/utils/cookie';
import { openDatabase } from '../../db/open';
import { systemClock } from '../../server/clock';
import { loadConfig } from '../../server/config';
import { presentActivity } from '../../server/areas/activities/presenters';
import { listActivities } from '../../server/domain/activities/activities';
import { authenticate } from '../../server/domain/auth/sessions';
import { listReadableChannels, requireChannelAccess } from '../../server/domain/channels/channels';
import { requireMembership } from '../../server/domain/membership/memberships';
import { historyPage } from '../../server/domain/messages/messages';
import { SESSION_COOKIE } from '../../server/http/cookies';
import { presentMessage } from '../../server/presenters/message';
import { presentChannel } from '../../server/presenters/project';
import { announce, serve } from '../lib/ipc';

const config = loadConfig(process.env);
const database = await openDatabase(
  config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
);
const { db } = database;

const history = /^\/api\/channels\/([0-9a-f-]{36})\/messages$/;
const channelList = /^\/api\/projects\/([0-9a-f-]{36})\/channels$/;

async function answer(path: string, query: URLSearchParams, cookie: string): Promise<unknown> {
  const token = parseCookies(cookie, SESSION_COOKIE)[SESSION_COOKIE];
  const auth = token
    ? await authenticate(db, systemClock, token, config.sessionTtlDays)
    : undefined;
  if (!auth) return undefined;
  const userId = auth.user.id;
  const channelId = history.exec(path)?.[1];
  if (channelId) {
    await requireChannelAccess(db, userId, channelId, 'read');
    const page = await historyPage(db, channelId, { limit: 50 });
    return { messages: page.messages.map(presentMessage), nextBefore: page.nextBefore };
  }
  const projectId = channelList.exec(path)?.[1];
  if (projectId) {
    await requireMembership(db, userId, projectId);
    const channels = await listReadableChannels(db, userId, projectId);
    return { channels: channels.map(presentChannel) };
  }
  const activitiesOf = path === '/api/activities' ? query.get('projectId') : null;
  if (activitiesOf) {
    const list = await listActivities(db, systemClock, userId, activitiesOf);
    return { activities: list.map(presentActivity) };
  }
  return undefined;
}

const http = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://bench');
  answer(url.pathname, url.searchParams, req.headers.cookie ?? '').then(
    (value) => {
      if (value === undefined) {
        res.writeHead(404).end();
        return;
      }
      const body = Buffer.from(JSON.stringify(value));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      res.end(body);
    },
    () => res.writeHead(500).end(),
  );
});
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
serve({
  cpu: () => process.cpuUsage(),
  stop: async () => {
    http.close();
    await database.close();
    setTimeout(() => process.exit(0), 50);
    return true;
  },
});
announce('ready', { port: (http.address() as { port: number }).port });
