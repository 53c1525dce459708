import { afterEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { messages } from '../../db/schema';
import type { Message } from '../../server/protocol/messages';
import { connectMember, eventually } from '../support/clients';
import { buildMember, buildProject, type TestMember } from '../support/factories';
import { freePort, startChildServer, type ChildServer } from '../reliability/child-server';
import { childEngines, type ChildDatabase } from '../reliability/engines';

/**
 * Fault: the server process is killed with SIGKILL (no shutdown, no flush) while members are
 * sending, and started again on the same data and port. The members' realtime clients resend
 * whatever was not acknowledged, with the same client ids. Afterwards every message is
 * stored exactly once, with gap-free sequence numbers, and delivered once, in order, to a
 * member who was listening throughout.
 */
const SENDERS = 8;
const PER_SENDER = 12; // below the default per-user burst, so the limiter never interferes
const KILL_AFTER_ACKS = 25;

const running: ChildServer[] = [];
let data: ChildDatabase | undefined;
const closers: (() => void)[] = [];
afterEach(async () => {
  closers.splice(0).forEach((close) => close());
  await Promise.all(running.splice(0).map((s) => s.kill()));
  await data?.destroy();
  data = undefined;
});

describe.each(childEngines)('SIGKILL while members send ($name)', ({ make }) => {
  it('stores and delivers every message exactly once after the restart', async () => {
    data = await make();
    const seed = await data.open();
    const project = await buildProject(seed.db, 'Killhof');
    const senders: TestMember[] = [];
    for (let i = 0; i < SENDERS; i++)
      senders.push(await buildMember(seed.db, project.id, 'resident', `Zender ${i}`));
    const listener = await buildMember(seed.db, project.id, 'neighbour', 'Luisteraar');
    await seed.close();

    const port = await freePort();
    let server = await startChildServer(port, data.env);
    running.push(server);
    const receiver = await connectMember(server.url, listener.cookie);
    closers.push(receiver.close);
    const clients = await Promise.all(senders.map((s) => connectMember(server.url, s.cookie)));
    clients.forEach((c) => closers.push(c.close));
    const channelId = project.channels.common;

    let acked = 0;
    let pendingAtKill = -1;
    let killed: Promise<unknown> | undefined;
    const sends: Promise<Message>[] = [];
    for (const [s, client] of clients.entries()) {
      for (let i = 0; i < PER_SENDER; i++) {
        const sent = client.client.send(channelId, `kill ${s}-${i}`, {
          clientId: `kill-${s}-${i}-xxxxxxxx`,
        });
        sends.push(
          sent.then((message) => {
            acked += 1;
            if (acked === KILL_AFTER_ACKS) {
              pendingAtKill = SENDERS * PER_SENDER - acked;
              killed = server.kill('SIGKILL');
            }
            return message;
          }),
        );
      }
    }
    await eventually(() => killed !== undefined);
    expect(await killed).toBe('SIGKILL');
    expect(pendingAtKill).toBeGreaterThan(0);

    await new Promise((r) => setTimeout(r, 300));
    server = await startChildServer(port, data.env);
    running.push(server);

    // Every send is acknowledged in the end; one that never is fails at the test's time limit.
    const acknowledged = await Promise.all(sends);
    const total = SENDERS * PER_SENDER;
    expect(acknowledged).toHaveLength(total);
    expect(new Set(acknowledged.map((m) => m.id)).size).toBe(total);

    // Delivered once, in order, to the member who listened throughout.
    await eventually(
      () => receiver.received.filter((m) => m.channelId === channelId).length >= total,
    );
    const got = receiver.received.filter((m) => m.channelId === channelId);
    expect(got.map((m) => m.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(new Set(got.map((m) => m.id))).toEqual(new Set(acknowledged.map((m) => m.id)));

    // Stored once each, on disk, after a clean stop.
    closers.splice(0).forEach((close) => close());
    expect(await server.kill('SIGTERM')).toBe(0);
    const check = await data.open();
    try {
      const rows = await check.db
        .select({ id: messages.id, seq: messages.seq, clientId: messages.clientId })
        .from(messages)
        .where(eq(messages.channelId, channelId))
        .orderBy(messages.seq);
      expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
      expect(new Set(rows.map((r) => r.id))).toEqual(new Set(acknowledged.map((m) => m.id)));
      for (const [s, member] of senders.entries()) {
        const mine = await check.db
          .select({ clientId: messages.clientId })
          .from(messages)
          .where(and(eq(messages.authorId, member.userId), eq(messages.channelId, channelId)));
        expect(mine.map((r) => r.clientId).sort()).toEqual(
          Array.from({ length: PER_SENDER }, (_, i) => `kill-${s}-${i}-xxxxxxxx`).sort(),
        );
      }
    } finally {
      await check.close();
    }
  });
});
