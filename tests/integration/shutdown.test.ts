import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectMember, eventually } from '../support/clients';
import { api, sessionCookieFrom } from '../support/http';
import { spawnServer, type ServerProcess } from '../support/process';
import type { Message } from '../../server/protocol/messages';

const dataDir = mkdtempSync(join(tmpdir(), 'bk-shutdown-'));
const running: ServerProcess[] = [];
afterAll(() => {
  for (const p of running) if (p.child.exitCode === null) p.child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start on a fresh data folder, and SIGTERM', () => {
  it('prints demo invite links, and shuts down cleanly keeping what was sent', async () => {
    const first = await spawnServer({ DATA_DIR: dataDir, DEMO: '1' });
    running.push(first);
    // The links are printed once the demo project is seeded, just after "listening".
    await eventually(() => first.output().includes('neighbour'), 30_000);
    const links = [
      ...first
        .output()
        .matchAll(/(resident|staff|coordinator|neighbour)\s+(http\S+\/join\/(\S+))/g),
    ];
    expect(links.map((l) => l[1])).toEqual(['resident', 'staff', 'coordinator', 'neighbour']);
    const code = links[0]![3]!;

    const joined = await api(first.url).post('/api/auth/redeem', {
      code,
      displayName: 'Nieuwe buur',
    });
    expect(joined.status).toBe(201);
    const cookie = sessionCookieFrom(joined.headers)!;
    const projectId = (joined.json as { projectId: string }).projectId;
    const channels = await api(first.url, cookie).get(`/api/projects/${projectId}/channels`);
    const common = (channels.json.channels as { id: string; kind: string }[]).find(
      (c) => c.kind === 'common',
    )!;
    const history = await api(first.url, cookie).get(`/api/channels/${common.id}/messages`);
    expect((history.json.messages as Message[]).map((m) => m.author.name)).toEqual([
      'Kees',
      'Anouk',
      'Samir',
    ]);

    const me = await connectMember(first.url, cookie);
    const sent = await me.client.send(common.id, 'Net voor het afsluiten');
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('"msg":"stopped"');
    await eventually(() => !me.socket.connected);
    me.close();

    // The same data folder: the demo is not made twice, history and the session are kept.
    const second = await spawnServer(
      { DATA_DIR: dataDir, DEMO: '0' },
      Number(new URL(first.url).port),
    );
    running.push(second);
    const after = await api(second.url, cookie).get(`/api/channels/${common.id}/messages`);
    expect((after.json.messages as Message[]).map((m) => m.id)).toContain(sent.id);
    const projects = await api(second.url, cookie).get('/api/me/projects');
    expect(projects.json.projects).toHaveLength(1);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('never writes tokens, cookies or invite codes to the log', async () => {
    const logs = running.map((p) => p.output()).join('\n');
    const codes = [...logs.matchAll(/\/join\/(\S+)/g)].map((m) => m[1]!);
    const logLines = logs.split('\n').filter((line) => line.startsWith('{'));
    for (const c of codes) expect(logLines.join('\n')).not.toContain(c);
    expect(logLines.join('\n')).not.toMatch(/bk_session=/);
  });
});
