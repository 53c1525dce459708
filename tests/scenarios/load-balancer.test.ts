import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database';
import type { Message } from '../../server/protocol/messages';
import { unwrap, type ClientSocket } from '../../web/src/realtime/realtimeClient';
import { TEST_ORIGIN } from '../support/app';
import { exitOf, trackChild } from '../support/children';
import { connectMember, eventually, waitForConnect } from '../support/clients';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { buildMember, buildProject, type TestProject } from '../support/factories';
import { api } from '../support/http';
import { freePort } from '../support/process';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';

/**
 * The load balancer of docker-compose.yml, for real: Debian's nginx runs `deploy/nginx.conf`
 * in front of two server processes on the machine's PostgreSQL and Redis. Only what a
 * container network decides is changed: the two upstream addresses and the listen port (and,
 * for the test to see where nginx sent a request, a log of the upstream it chose).
 */
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
const redisUrl = process.env.REDIS_URL;
const databaseUrl = process.env.TEST_DATABASE_URL;
const skipReason = !NGINX
  ? 'nginx is not installed (.ci/run installs it)'
  : !redisUrl || !databaseUrl
    ? 'they need REDIS_URL and TEST_DATABASE_URL (.ci/run sets both)'
    : undefined;
if (skipReason) console.log(`load balancer tests skipped: ${skipReason}`);

const configPath = fileURLToPath(new URL('../../deploy/nginx.conf', import.meta.url));

/** deploy/nginx.conf with the compose service names and port swapped for loopback ones. */
function renderConfig(dir: string, ports: { lb: number; app1: number; app2: number }): string {
  const swaps: [string, string][] = [
    ['server app1:3000', `server 127.0.0.1:${ports.app1}`],
    ['server app2:3000', `server 127.0.0.1:${ports.app2}`],
    ['listen 80 ', `listen 127.0.0.1:${ports.lb} `],
    [
      'http {',
      [
        'http {',
        `  log_format upstream '$upstream_addr|$request_method|$uri|$status';`,
        `  access_log ${dir}/access.log upstream;`,
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
          (kind) => `  ${kind}_temp_path ${dir}/${kind};`,
        ),
      ].join('\n'),
    ],
  ];
  let config = readFileSync(configPath, 'utf8');
  for (const [from, to] of swaps) {
    if (!config.includes(from)) throw new Error(`deploy/nginx.conf no longer has "${from}"`);
    config = config.replace(from, to);
  }
  return config;
}

async function startNginx(ports: { lb: number; app1: number; app2: number }) {
  const dir = mkdtempSync(join(tmpdir(), 'bk-nginx-'));
  // nginx's workers drop to an unprivileged user when the test runs as root.
  chmodSync(dir, 0o777);
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, renderConfig(dir, ports));
  const args = ['-p', dir, '-c', conf, '-e', join(dir, 'error.log')];
  const check = spawnSync(NGINX!, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t failed: ${check.stderr}`);
  const child: ChildProcess = trackChild(
    spawn(NGINX!, [...args, '-g', `daemon off; pid ${join(dir, 'nginx.pid')};`], {
      stdio: 'ignore',
    }),
  );
  const url = `http://127.0.0.1:${ports.lb}`;
  await eventually(async () => (await fetch(`${url}/health`).catch(() => null))?.ok === true);
  return {
    url,
    /** The upstream address nginx chose for each logged request, newest last. */
    upstreams: () =>
      (existsSync(join(dir, 'access.log')) ? readFileSync(join(dir, 'access.log'), 'utf8') : '')
        .trim()
        .split('\n')
        .map((line) => line.split('|')),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exitOf(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A GET through the balancer from a chosen loopback source address; answers the status. */
function getFrom(localAddress: string, url: string, headers: Record<string, string>) {
  return new Promise<number>((resolve, reject) => {
    const request = httpRequest(url, { localAddress, headers }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
    request.end();
  });
}

describe.skipIf(Boolean(skipReason))('two nodes behind nginx with deploy/nginx.conf', () => {
  let testDb: TestDatabase;
  let database: DatabaseHandle;
  let project: TestProject;
  let nodes: Record<'app1' | 'app2', ServerProcess>;
  let lb: Awaited<ReturnType<typeof startNginx>>;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    database = await testDb.open();
    project = await buildProject(database.db, 'Achterdeurhof');
    const ports = { lb: await freePort(), app1: await freePort(), app2: await freePort() };
    // As in docker-compose.yml: one Redis, one PostgreSQL, nginx trusted as one proxy hop.
    const env = {
      DATABASE_URL: testDb.url ?? '',
      REDIS_URL: redisUrl ?? '',
      REDIS_KEY_PREFIX: `bk-test-${randomBytes(4).toString('hex')}`,
      TRUST_PROXY_HOPS: '1',
    };
    const [app1, app2] = await Promise.all([
      startServerProcess('app1', { ...env, PORT: String(ports.app1) }),
      startServerProcess('app2', { ...env, PORT: String(ports.app2) }),
    ]);
    nodes = { app1, app2 };
    lb = await startNginx(ports);
  }, 60_000);

  afterAll(async () => {
    await lb?.stop();
    await Promise.allSettled(Object.values(nodes ?? {}).map((node) => node.stop()));
    await database?.close();
    await testDb?.destroy();
  });

  /** The node nginx sends this machine's requests to (ip_hash: one address, one node). */
  async function chosenNode(): Promise<'app1' | 'app2'> {
    const healthChecks = () => lb.upstreams().filter((entry) => entry[2] === '/health');
    const before = healthChecks().length;
    expect((await fetch(`${lb.url}/health`)).status).toBe(200);
    // nginx writes the line as the request ends, which can be just after the answer arrives.
    await eventually(() => healthChecks().length > before);
    // After a failover nginx logs every upstream it tried ("dead, alive"): the last one answered.
    const address = healthChecks().at(-1)?.[0] ?? '';
    const port = Number(address.split(', ').at(-1)?.split(':')[1]);
    return port === nodes.app1.port ? 'app1' : 'app2';
  }

  it('serves the API and a live room through the balancer, across both nodes', async () => {
    const lotte = await buildMember(database.db, project.id, 'resident', 'Lotte');
    const bram = await buildMember(database.db, project.id, 'resident', 'Bram');
    const channels = await api(lb.url, lotte.cookie).get(`/api/projects/${project.id}/channels`);
    expect(channels.status).toBe(200);

    const viaLb = await connectMember(lb.url, lotte.cookie);
    const other = chosenNode().then((node) => (node === 'app1' ? nodes.app2 : nodes.app1));
    const direct = await connectMember((await other).url, bram.cookie);
    const hello = await direct.client.send(project.channels.common, 'Hoi via de andere kant');
    await eventually(() => viaLb.received.some((m) => m.id === hello.id));
    const back = await viaLb.client.send(project.channels.common, 'Hoi terug door nginx');
    await eventually(() => direct.received.some((m) => m.id === back.id));
    // A form post through the balancer (the origin check sees the browser's origin).
    expect((await api(lb.url, lotte.cookie).post('/api/auth/logout')).status).toBe(200);
    viaLb.close();
    direct.close();
  });

  it('takes the client address nginx saw, whatever X-Forwarded-For the client forged', async () => {
    // The client speaks from 127.0.0.2; nginx reaches the nodes from 127.0.0.1. So the address
    // the nodes use can only be 127.0.0.2 if they read the entry nginx appended, and never
    // 1.2.3.x if they ignore what the client wrote before it.
    const client = '127.0.0.2';
    const logs = () => [...nodes.app1.logs, ...nodes.app2.logs];
    const before = new Set(logs());
    const newLogs = () => logs().filter((line) => !before.has(line));

    // Invite guessing, each try "from" another forged address: the limiter (30 per 15 min per
    // address) still counts them all as one address and answers 429.
    const statuses: number[] = [];
    for (let i = 0; i < 33; i++) {
      const forged = i % 2 === 0 ? '1.2.3.4' : `1.2.3.${i}, 10.9.8.${i}`;
      statuses.push(
        await getFrom(client, `${lb.url}/api/auth/invites/geforceerdeCode${i}xxxxxxx`, {
          'x-forwarded-for': forged,
        }),
      );
    }
    expect(statuses.slice(0, 30).filter((status) => status === 429)).toEqual([]);
    expect(statuses.slice(30)).toEqual([429, 429, 429]);
    await eventually(() => newLogs().some((line) => line.msg === 'rate limited'));
    const addressed = newLogs().filter((line) => 'ip' in line);
    expect(addressed.length).toBeGreaterThan(30);
    expect(new Set(addressed.map((line) => line.ip))).toEqual(new Set([client]));

    // A socket flood with a forged header: the throttled events are logged with the real address.
    const lina = await buildMember(database.db, project.id, 'resident', 'Lina');
    const socket = io(lb.url, {
      transports: ['websocket'],
      forceNew: true,
      localAddress: client,
      extraHeaders: { origin: TEST_ORIGIN, cookie: lina.cookie, 'x-forwarded-for': '1.2.3.4' },
    } as Parameters<typeof io>[1]) as ClientSocket;
    try {
      await waitForConnect(socket);
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          socket.emitWithAck('message:send', {
            channelId: project.channels.common,
            clientId: randomUUID(),
            body: `snel ${i}`,
          }),
        ),
      );
      expect(answers.some((answer) => 'error' in answer)).toBe(true);
      await eventually(() =>
        newLogs().some((line) => line.msg === 'rate limited' && line.event === 'message:send'),
      );
      const throttled = newLogs().filter(
        (line) => line.msg === 'rate limited' && line.event === 'message:send',
      );
      expect(new Set(throttled.map((line) => line.ip))).toEqual(new Set([client]));
    } finally {
      socket.disconnect();
    }
    expect(JSON.stringify(newLogs())).not.toContain('1.2.3.');
  });

  it('keeps a long-polling client on one node (sticky), so its requests are answered', async () => {
    const samir = await buildMember(database.db, project.id, 'resident', 'Samir');
    const polling = io(lb.url, {
      transports: ['polling'],
      forceNew: true,
      extraHeaders: { origin: TEST_ORIGIN, cookie: samir.cookie },
    }) as ClientSocket;
    try {
      await waitForConnect(polling);
      for (let i = 0; i < 5; i++) {
        const list = unwrap(await polling.emitWithAck('presence:list', { projectId: project.id }));
        expect(list.online).toContain(samir.userId);
      }
      const polls = lb.upstreams().filter((entry) => entry[2] === '/socket.io/');
      expect(polls.length).toBeGreaterThan(3);
      expect(new Set(polls.map((entry) => entry[0])).size).toBe(1);
    } finally {
      polling.disconnect();
    }
  });

  it('moves a client to the other node when its node is killed, and it catches up', async () => {
    const yara = await buildMember(database.db, project.id, 'resident', 'Yara');
    const joost = await buildMember(database.db, project.id, 'resident', 'Joost');
    const doomed = await chosenNode();
    const survivor = nodes[doomed === 'app1' ? 'app2' : 'app1'];
    const listener = await connectMember(lb.url, yara.cookie);
    const talker = await connectMember(survivor.url, joost.cookie);
    const channelId = project.channels.common;
    const sent: Message[] = [await talker.client.send(channelId, 'voor de storing')];
    await eventually(() => listener.received.some((m) => m.id === sent[0]!.id));

    const lost = new Promise<void>((resolve) =>
      listener.socket.once('disconnect', () => resolve()),
    );
    await nodes[doomed].kill();
    await lost;
    for (let i = 0; i < 4; i++) sent.push(await talker.client.send(channelId, `tijdens ${i}`));

    // nginx finds the dead node refusing, tries the other one, and the client's sync catches up.
    await eventually(() => sent.every((s) => listener.received.some((m) => m.id === s.id)));
    expect(await chosenNode()).not.toBe(doomed);
    const seqs = listener.received.filter((m) => m.channelId === channelId).map((m) => m.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    const reply = await listener.client.send(channelId, 'ik ben er weer');
    await eventually(() => talker.received.some((m) => m.id === reply.id));
    listener.close();
    talker.close();
  });
});
