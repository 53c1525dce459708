import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
fc.configureGlobal({ seed: -795692973 });
import type { ClientToServerEvents, CoreClientEvents } from '../../server/protocol/events';
import { connectSocket, waitForConnect } from '../support/clients';
import type { TestProject } from '../support/factories';
import type { ClientSocket } from '../../web/src/realtime/realtimeClient';
import { dataFingerprint, settledFingerprint } from '../reliability/snapshot';
import { hostileStrings, hostileValue, nearly } from '../reliability/hostile';
import type { FuzzWorld } from '../integration/fuzz/generators';
import { fuzzWorld } from '../integration/fuzz/world';
import { CONDITION_WAIT_MS } from '../support/waits';

/**
 * Property-based fuzzing of every socket event with random and hostile payloads. For every
 * payload: an answer comes (no crash, no hang), it is the typed error (never `internal`) or
 * a result, a refusal changed nothing in the database, and the connection stays open.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
const refusals = new Set([
  'validation_failed',
  'payload_too_large',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
]);

const { areas, open } = fuzzWorld();

let server: FuzzWorld['server'];
let project: TestProject;
let other: TestProject;
let socket: ClientSocket;

beforeAll(async () => {
  const world = await open();
  ({ server, project, other } = world);
  const { staff } = world;
  socket = connectSocket(server.url, staff.cookie);
  await waitForConnect(socket);
});
afterAll(async () => {
  socket?.disconnect();
  await server.stop();
});

const channelIds = () =>
  fc.constantFrom(
    project.channels.common,
    project.channels.staff,
    other.channels.common,
    '00000000-0000-4000-8000-000000000000',
  );
const anyUuid = () => fc.oneof(channelIds(), fc.uuid());
const clientIds = fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/);
const seqs = fc.oneof(fc.nat(), fc.integer({ min: -5, max: 1e6 }), fc.double());
const bodies = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(...hostileStrings),
);

/** Payload generators for every client event (a new event without one is a type error). */
const corePayloads = (): Record<keyof CoreClientEvents, fc.Arbitrary<unknown>> => ({
  'message:send': nearly({
    channelId: anyUuid(),
    clientId: clientIds,
    body: bodies,
    choice: bodies,
  }),
  'message:edit': nearly({
    messageId: fc.oneof(fc.uuid(), fc.constantFrom(...hostileStrings)),
    body: bodies,
  }),
  'message:delete': nearly({ messageId: fc.oneof(fc.uuid(), fc.constantFrom(...hostileStrings)) }),
  sync: nearly({
    positions: fc.array(nearly({ channelId: anyUuid(), afterSeq: seqs }), { maxLength: 5 }),
  }),
  'typing:start': nearly({ channelId: anyUuid() }),
  'read:mark': nearly({ channelId: anyUuid(), seq: seqs }),
  'presence:list': nearly({
    projectId: fc.oneof(fc.constantFrom(project.id, other.id), fc.uuid()),
  }),
  'history:page': nearly({ channelId: anyUuid(), before: seqs, limit: seqs }),
});
const payloadsFor = (): Record<keyof ClientToServerEvents, fc.Arbitrary<unknown>> => {
  const areaPayloads = Object.fromEntries(
    areas.flatMap((area) =>
      Object.entries(area.events as Record<string, () => fc.Arbitrary<unknown>>).map(
        ([event, payload]) => [event, payload()],
      ),
    ),
  );
  return { ...corePayloads(), ...areaPayloads } as Record<
    keyof ClientToServerEvents,
    fc.Arbitrary<unknown>
  >;
};
const coreEvents = {
  'message:send': true,
  'message:edit': true,
  'message:delete': true,
  sync: true,
  'typing:start': true,
  'read:mark': true,
  'presence:list': true,
  'history:page': true,
} satisfies Record<keyof CoreClientEvents, true>;
const events = [
  ...Object.keys(coreEvents),
  ...areas.flatMap((area) => Object.keys(area.events)),
] as (keyof ClientToServerEvents)[];

type Emit = (event: string, ...args: unknown[]) => Promise<unknown>;
const emitWithAck = (event: string, payload: unknown) =>
  (socket.timeout(CONDITION_WAIT_MS) as unknown as { emitWithAck: Emit }).emitWithAck(
    event,
    payload,
  ) as Promise<{
    data?: unknown;
    error?: { code: string; message: string; fields?: Record<string, string> };
  }>;

describe('fuzzing every socket event', () => {
  for (const event of events) {
    if (event === 'typing:start') continue;
    it(`${event}: typed answers, refusals change nothing`, async () => {
      await fc.assert(
        fc.asyncProperty(payloadsFor()[event], async (payload) => {
          const before = await settledFingerprint(server);
          const response = await emitWithAck(event, payload);
          expect(socket.connected).toBe(true);
          if (response.error) {
            expect(refusals).toContain(response.error.code);
            expect(response.error.message.length).toBeGreaterThan(0);
            expect(await dataFingerprint(server.database.db)).toBe(before);
          } else {
            expect(response).toHaveProperty('data');
          }
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('typing:start: no answer expected, nothing changes, the connection stays', async () => {
    const before = await settledFingerprint(server);
    await fc.assert(
      fc.asyncProperty(payloadsFor()['typing:start'], async (payload) => {
        socket.emit('typing:start', payload as never);
      }),
      { numRuns: RUNS },
    );
    const alive = await emitWithAck('presence:list', { projectId: project.id });
    expect(alive.data).toBeDefined();
    expect(await dataFingerprint(server.database.db)).toBe(before);
  });

  it('unknown events: answered with unknown_event, nothing changes', async () => {
    const known = new Set<string>(events);
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 40 }).filter((e) => !known.has(e) && !reserved.has(e)),
        hostileValue,
        async (event, payload) => {
          const before = await settledFingerprint(server);
          const response = await emitWithAck(event, payload);
          expect(response.error?.code).toBe('unknown_event');
          expect(await dataFingerprint(server.database.db)).toBe(before);
        },
      ),
      { numRuns: RUNS },
    );
    expect(socket.connected).toBe(true);
  });

  it('answers many arguments, missing arguments and non-function acks without crashing', async () => {
    const raw = socket as unknown as { emit(event: string, ...args: unknown[]): void };
    for (const event of events) {
      raw.emit(event);
      raw.emit(event, 1, 2, 3, 4, 5);
      raw.emit(event, { channelId: project.channels.common }, 'not a function');
    }
    const alive = await emitWithAck('presence:list', { projectId: project.id });
    expect(alive.data).toBeDefined();
    expect(socket.connected).toBe(true);
  });

  it('caps the field list of a refusal, so a small payload cannot ask for a huge answer', async () => {
    const positions = Array.from({ length: 1500 }, () => ({ channelId: 'x', afterSeq: -1 }));
    const response = await emitWithAck('sync', { positions });
    expect(response.error?.code).toBe('validation_failed');
    expect(JSON.stringify(response).length).toBeLessThan(5000);
  });
});

/** Socket.IO's own events, which a client cannot emit. */
const reserved = new Set([
  'connect',
  'connect_error',
  'disconnect',
  'disconnecting',
  'newListener',
  'removeListener',
]);
