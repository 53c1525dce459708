import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { sessions } from '../../../db/schema';
import type { ClientSocket } from '../../../web/src/realtime/realtimeClient';
import { unstorableStrings } from '../../reliability/hostile';
import { startTestServer } from '../../support/app';
import { connectSocket, waitForConnect } from '../../support/clients';
import { buildMember, buildProject, buildStranger, type TestMember } from '../../support/factories';
import { api } from '../../support/http';
import { hostileVariants, recordingClient, stringLeaves, withLeaf } from './hostile-fields';
import {
  connected,
  memberRoles,
  principals,
  signedIn,
  signedOut,
  type AccessArea,
  type AccessWorld,
  type EventCase,
  type Principal,
  type RouteCase,
} from './table';

/**
 * How the access table runs: each `access-control*.test.ts` file makes one world (one server on
 * a database from the migrated template, one project with a member of every role, the callers
 * outside it) and runs its rows against every caller, so the files of the table run side by side
 * on the test workers. The rows themselves live in the area files beside this one.
 */

/**
 * Registers the hooks that build the world before the file's tests (then each area's own
 * records, in order) and stop its server after them. `world` is filled in by then; the areas'
 * rows read it when they run.
 */
export function accessWorld<A extends AccessArea<never>>(makeAreas: (world: AccessWorld) => A[]) {
  const world = {} as AccessWorld;
  const areas = makeAreas(world);
  beforeAll(async () => {
    const server = await startTestServer();
    const db = server.database.db;
    const project = await buildProject(db, 'Toegangshof');
    const elsewhere = await buildProject(db, 'Anderhof');
    const who = new Map<Principal, TestMember | undefined>();
    /** A new person of the same kind as `principal`, for calls that end or erase their caller. */
    async function twin(principal: Principal): Promise<TestMember | undefined> {
      if (principal === 'anonymous') return undefined;
      if (principal === 'stranger') return buildStranger(db);
      if (principal === 'otherProject') return buildMember(db, elsewhere.id, 'admin');
      if (principal === 'expired' || principal === 'revoked') {
        const member = await buildMember(db, project.id, 'resident');
        await db
          .update(sessions)
          .set(
            principal === 'expired'
              ? { expiresAt: new Date(Date.now() - 1000) }
              : { revokedAt: new Date() },
          )
          .where(eq(sessions.userId, member.userId));
        return member;
      }
      return buildMember(db, project.id, principal);
    }
    for (const role of memberRoles)
      who.set(role, await buildMember(db, project.id, role, `Lid ${role}`));
    who.set('stranger', await buildStranger(db));
    who.set('otherProject', await buildMember(db, elsewhere.id, 'admin', 'Buitenstaander'));
    for (const kind of ['expired', 'revoked'] as const) who.set(kind, await twin(kind));
    who.set('anonymous', undefined);
    Object.assign(world, { server, db, project, elsewhere, who, twin } satisfies AccessWorld);
    for (const area of areas) await area.setup?.();
  });
  afterAll(() => world.server?.stop());
  return { world, areas, routes: areas.flatMap((area) => area.routes), events: eventsOf(areas) };
}

const codeOf: Record<number, string> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
};

function expectedStatus(principal: Principal, route: RouteCase): number {
  if (route.allowed.includes(principal)) return route.ok ?? 200;
  if (signedOut.includes(principal)) return 401;
  return route.hidden?.includes(principal) ? 404 : (route.denied ?? 403);
}

/** A GET changes nothing: its callers, and its variants, may ask at the same time. */
const readOnly = (route: RouteCase) => route.route.startsWith('GET ');

/** Runs `work` for each item, all at once when `together`, else one after another in order. */
async function each<T, R>(items: T[], together: boolean, work: (item: T) => Promise<R>) {
  if (together) return Promise.all(items.map(work));
  const results: R[] = [];
  for (const item of items) results.push(await work(item));
  return results;
}

/**
 * An area's part of the table, as the whole table runs it: its routes against every caller,
 * its events against every connected caller, then unstorable text in each field of both.
 */
export function describeArea(
  world: AccessWorld,
  routes: RouteCase[],
  events: (readonly [string, EventCase[]])[],
): void {
  describeRoutes(world, routes);
  if (events.length > 0)
    describe('socket events against every caller', () => {
      eventCaseTests(callerSockets(world, connected), events);
    });
  describeUnstorable(world, routes, events);
}

/** One test per row: every caller gets the answer the row says (`ok`, refused, or 401). */
export function describeRoutes(world: AccessWorld, routes: RouteCase[]): void {
  describe('HTTP routes against every caller', () => {
    for (const route of routes) {
      it(`${route.route}: ${route.name}`, async () => {
        const answers = await each([...principals.entries()], readOnly(route), async ([i, p]) => {
          const member = route.as === 'twin' ? await world.twin(p) : world.who.get(p);
          const response = await route.call(api(world.server.url, member?.cookie), i, member);
          return { principal: p, response };
        });
        const results: Record<string, number> = {};
        const expected: Record<string, number> = {};
        for (const { principal, response } of answers) {
          results[principal] = response.status;
          expected[principal] = expectedStatus(principal, route);
          if (response.status >= 400 && codeOf[response.status])
            expect(response.json.error?.code).toBe(codeOf[response.status]);
        }
        expect(results).toEqual(expected);
      });
    }
  });
}

type AnySocket = { emitWithAck(e: string, p: unknown): Promise<{ error?: { code: string } }> };

/** An area's client events as `[event, cases]` pairs. */
export function eventsOf(areas: AccessArea<never>[]): (readonly [string, EventCase[]])[] {
  return areas.flatMap((area) =>
    Object.entries(area.events as Record<string, EventCase[]>).map(
      ([event, cases]) => [event, cases] as const,
    ),
  );
}

/** A socket per signed-in caller, connected before the describe block's tests. */
export function callerSockets(world: AccessWorld, who: Principal[] = principals) {
  const sockets = new Map<Principal, ClientSocket>();
  beforeAll(async () => {
    for (const principal of who) {
      const socket = connectSocket(world.server.url, world.who.get(principal)?.cookie);
      sockets.set(principal, socket);
      await waitForConnect(socket).catch(() => undefined);
    }
  });
  afterAll(() => sockets.forEach((s) => s.disconnect()));
  return sockets;
}

/** One test per case of an area's events: every connected caller gets the answer it says. */
export function eventCaseTests(
  sockets: Map<Principal, ClientSocket>,
  events: (readonly [string, EventCase[]])[],
): void {
  for (const [event, cases] of events) {
    for (const c of cases) {
      it(`${event}: ${c.name}`, async () => {
        const outcome: Record<string, string> = {};
        const expected: Record<string, string> = {};
        for (const principal of connected) {
          const socket = sockets.get(principal)! as unknown as AnySocket;
          const index = principals.indexOf(principal);
          const r = await socket.emitWithAck(event, c.payload(index, principal));
          outcome[principal] = r.error?.code ?? 'ok';
          expected[principal] = c.allowed.includes(principal)
            ? 'ok'
            : c.hidden?.includes(principal)
              ? 'not_found'
              : (c.denied ?? 'forbidden');
        }
        expect(outcome).toEqual(expected);
      });
    }
  }
}

/**
 * Every request and event of the table, as someone allowed to make it, with text no database
 * column can hold (NUL, half an emoji) in one field at a time: a typed refusal or a result,
 * never an internal error. (The fuzz suites send such text too, but rarely in an otherwise
 * valid request; this found the fields that let it through.)
 */
export function describeUnstorable(
  world: AccessWorld,
  routes: RouteCase[],
  events: (readonly [string, EventCase[]])[],
): void {
  describe('unstorable text in each field of an allowed request', () => {
    const firstAllowed = (allowed: Principal[]) =>
      allowed.find((p) => memberRoles.includes(p as never)) ??
      allowed.find((p) => !signedOut.includes(p));

    for (const route of routes.filter((r) => r.as !== 'twin')) {
      it(`${route.route}: ${route.name}`, async () => {
        const principal = firstAllowed(route.allowed);
        if (!principal) return;
        const member = world.who.get(principal);
        const recorder = recordingClient();
        await route
          .call(recorder.client, principals.indexOf(principal), member)
          .catch(() => undefined);
        const client = api(world.server.url, member?.cookie);
        const variants = recorder.requests.flatMap((request) =>
          hostileVariants(request).map((variant) => ({ request, variant })),
        );
        const answers = await each(variants, readOnly(route), async ({ request, variant }) => ({
          variant,
          response: await client.request(request.method, variant.path, variant.body),
        }));
        for (const { variant, response } of answers) {
          expect(response.status, variant.name).toBeLessThan(500);
          if (response.status >= 400)
            expect(response.json.error?.code, variant.name).toMatch(/^[a-z_]+$/);
        }
      });
    }

    const sockets = callerSockets(world, signedIn);
    for (const [event, cases] of events) {
      for (const c of cases) {
        it(`${event}: ${c.name}`, async () => {
          const principal = firstAllowed(c.allowed);
          if (!principal) return;
          const socket = sockets.get(principal)! as unknown as AnySocket;
          const payload = c.payload(principals.indexOf(principal), principal);
          for (const bad of unstorableStrings) {
            for (const leaf of stringLeaves(payload)) {
              const r = await socket.emitWithAck(event, withLeaf(payload, leaf, bad));
              expect(r.error?.code, `${leaf.join('.')} = ${JSON.stringify(bad)}`).not.toBe(
                'internal',
              );
            }
          }
        });
      }
    }
  });
}
