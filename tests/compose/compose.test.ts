import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../../server/protocol/messages';
import { connectMember, eventually } from '../support/clients';
import { api, sessionCookieFrom } from '../support/http';

/**
 * `docker compose up` of docker-compose.yml, as it is: PostgreSQL, Redis, two Buurtkamer nodes
 * built from the Dockerfile, and nginx in front. `deploy/check-compose.sh` starts the stack and
 * runs this file against it; people join through the demo project's invite links, as they
 * would on a fresh installation.
 */
const lbUrl = process.env.COMPOSE_LB_URL;
const publicUrl = process.env.PUBLIC_URL ?? 'http://localhost:8080';
const skipReason = lbUrl
  ? undefined
  : 'they need a running `docker compose up` (bash deploy/check-compose.sh starts one)';
if (skipReason) console.log(`compose tests skipped: ${skipReason}`);

type Node = 'app1' | 'app2';
type Service = 'postgres' | 'redis' | Node | 'lb';

/** Runs the docker client (the compose project comes from COMPOSE_PROJECT_NAME). */
function docker(...args: string[]): string {
  const run = spawnSync('docker', args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`docker ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout.trim();
}

const containerOf = (service: Service) => docker('compose', 'ps', '-q', service);
const inspect = (service: Service, format: string) =>
  docker('inspect', '-f', format, containerOf(service));
const addressOf = (service: Service) =>
  inspect(service, '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}');

/** The newest invite link app1 printed for a role (it prints fresh ones on every start). */
function inviteCode(role: string): string {
  // Compose starts each line with a terminal escape ("erase line"), even into a pipe.
  const logs = docker('compose', 'logs', '--no-log-prefix', 'app1').replace(
    // eslint-disable-next-line no-control-regex
    /\x1b\[[0-9;]*[A-Za-z]/g,
    '',
  );
  const codes = [...logs.matchAll(new RegExp(`^\\s+${role}\\s+\\S+/join/(\\S+)$`, 'gm'))];
  const code = codes.at(-1)?.[1];
  if (!code) throw new Error(`app1 printed no ${role} invite link`);
  return code;
}

/** Someone who opens the demo's resident invite link in a browser and gives a name. */
async function join(displayName: string) {
  const response = await api(lbUrl!, undefined, publicUrl).post('/api/auth/redeem', {
    code: inviteCode('resident'),
    displayName,
  });
  expect(response.status).toBe(201);
  const cookie = sessionCookieFrom(response.headers);
  if (!cookie) throw new Error('no session cookie');
  const projectId = String(response.json.projectId);
  const { json } = await api(lbUrl!, cookie, publicUrl).get(`/api/projects/${projectId}/channels`);
  const channels = json.channels as { id: string; kind: string }[];
  const common = channels.find((channel) => channel.kind === 'common')!.id;
  return { cookie, projectId, common };
}

/**
 * The nodes nginx holds a WebSocket open to: its established connections to port 3000, read
 * from the load balancer container's /proc/net/tcp (addresses there are little-endian hex).
 */
function proxiedNodes(): Node[] {
  const byAddress = new Map<string, Node>([
    [addressOf('app1'), 'app1'],
    [addressOf('app2'), 'app2'],
  ]);
  const lines = docker('exec', containerOf('lb'), 'cat', '/proc/net/tcp').split('\n').slice(1);
  const nodes = new Set<Node>();
  for (const line of lines) {
    const [, , remote, state] = line.trim().split(/\s+/);
    if (state !== '01' || !remote?.endsWith(':0BB8')) continue;
    const hex = remote.slice(0, 8);
    const address = [6, 4, 2, 0].map((at) => parseInt(hex.slice(at, at + 2), 16)).join('.');
    const node = byAddress.get(address);
    if (node) nodes.add(node);
  }
  return [...nodes];
}

const nodeUrl = (service: Node) => `http://${addressOf(service)}:3000`;
const health = (service: Service) =>
  inspect(service, '{{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}}{{end}}');

describe.skipIf(Boolean(skipReason))('docker compose up: two nodes behind nginx', () => {
  const open: { close(): void }[] = [];
  beforeAll(() => {
    // `docker compose up --wait` returned: every service is up, the ones with a check healthy.
    for (const service of ['postgres', 'redis', 'app1', 'app2'] as const) {
      expect(health(service)).toBe('healthy');
    }
    expect(health('lb')).toBe('running');
  });
  afterAll(() => open.forEach((client) => client.close()));

  it('serves the web client and the API through nginx, and both nodes answer /ready', async () => {
    const page = await fetch(`${lbUrl}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html lang="nl">');
    for (const node of ['app1', 'app2'] as const) {
      expect((await fetch(`${nodeUrl(node)}/ready`)).status).toBe(200);
    }
    // Names are one per project: each test joins the demo under names of its own.
    const lies = await join('Lies');
    const projects = await api(lbUrl!, lies.cookie, publicUrl).get('/api/me/projects');
    expect(projects.status).toBe(200);
    expect(JSON.stringify(projects.json)).toContain('De Vlinderhof');
  });

  it('starts a project of its own with the command line in a node, whose first admin joins through nginx', async () => {
    const created = docker(
      'compose',
      'exec',
      '-T',
      'app1',
      'npm',
      'run',
      '--silent',
      'project',
      '--',
      'create',
      '--name',
      `De Linde ${Date.now()}`,
      '--municipality',
      'Brugwaard',
      '--form',
      'gespikkeld',
    );
    const code = created.match(/\/join\/(\S+)/)?.[1];
    expect(code, created).toBeTruthy();
    const joined = await api(lbUrl!, undefined, publicUrl).post('/api/auth/redeem', {
      code,
      displayName: 'Ilse',
    });
    expect(joined.status).toBe(201);
    const mine = await api(lbUrl!, sessionCookieFrom(joined.headers), publicUrl).get(
      '/api/me/projects',
    );
    expect(mine.json.projects).toEqual([
      expect.objectContaining({ name: expect.stringMatching(/^De Linde/), myRole: 'admin' }),
    ]);
  });

  it('brings a message through nginx to a neighbour on the other node, and back', async () => {
    const lotte = await join('Lotte');
    const bram = await join('Bram');
    const viaLb = await connectMember(lbUrl!, lotte.cookie, publicUrl);
    open.push(viaLb);
    await eventually(() => proxiedNodes().length === 1);
    const other = proxiedNodes()[0] === 'app1' ? 'app2' : 'app1';
    const direct = await connectMember(nodeUrl(other), bram.cookie, publicUrl);
    open.push(direct);

    const hello = await direct.client.send(lotte.common, 'Hoi Lotte, via de andere node');
    await eventually(() => viaLb.received.some((m) => m.id === hello.id));
    const back = await viaLb.client.send(lotte.common, 'Hoi Bram, via nginx');
    await eventually(() => direct.received.some((m) => m.id === back.id));
    viaLb.close();
    direct.close();
  });

  it('moves the clients of a crashed node to the other one, which catch up; the node restarts', async () => {
    const yara = await join('Yara');
    const joost = await join('Joost');
    const listener = await connectMember(lbUrl!, yara.cookie, publicUrl);
    open.push(listener);
    await eventually(() => proxiedNodes().length === 1);
    const doomed = proxiedNodes()[0]!;
    const survivor = doomed === 'app1' ? 'app2' : 'app1';
    const talker = await connectMember(nodeUrl(survivor), joost.cookie, publicUrl);
    open.push(talker);
    const sent: Message[] = [await talker.client.send(yara.common, 'voor de crash')];
    await eventually(() => listener.received.some((m) => m.id === sent[0]!.id));

    // A crash, not a stop: the node's process is killed from outside the container.
    const restartsBefore = Number(inspect(doomed, '{{.RestartCount}}'));
    const lost = new Promise<void>((resolve) =>
      listener.socket.once('disconnect', () => resolve()),
    );
    process.kill(Number(inspect(doomed, '{{.State.Pid}}')), 'SIGKILL');
    await lost;
    for (let i = 0; i < 4; i++) sent.push(await talker.client.send(yara.common, `tijdens ${i}`));

    await eventually(() => sent.every((s) => listener.received.some((m) => m.id === s.id)), 30_000);
    expect(proxiedNodes()).toEqual([survivor]);
    const seqs = listener.received.map((m) => m.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    const reply = await listener.client.send(yara.common, 'ik ben er weer');
    await eventually(() => talker.received.some((m) => m.id === reply.id));

    // restart: unless-stopped brings the node back, and its health check passes again.
    await eventually(() => Number(inspect(doomed, '{{.RestartCount}}')) > restartsBefore, 30_000);
    await eventually(() => health(doomed) === 'healthy', 60_000);
    expect((await fetch(`${nodeUrl(doomed)}/ready`)).status).toBe(200);
  });
});
