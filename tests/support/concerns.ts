import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { memberships } from '../../db/schema';
import { unitFor } from '../../server/domain/concerns/units';
import type { Db } from '../../db/database';
import type { Clock } from '../../server/clock';
import type { Ack } from '../../server/protocol/errors';
import type { ReporterConcern } from '../../server/protocol/concerns';
import type { Message } from '../../server/protocol/messages';
import { systemClock } from '../../server/clock';
import { connectMember, eventually } from './clients';
import { buildMember, buildProject, type TestMember, type TestProject } from './factories';
import { api } from './http';
import { CONDITION_WAIT_MS } from './waits';

/** A home in the project, with members living there. */
export async function buildUnit(db: Db, projectId: string, label: string): Promise<string> {
  return (await unitFor(db, projectId, label)).id;
}

export async function placeInUnit(db: Db, projectId: string, userId: string, unitId: string) {
  await db
    .update(memberships)
    .set({ unitId })
    .where(and(eq(memberships.projectId, projectId), eq(memberships.userId, userId)));
}

export interface ConcernWorld {
  project: TestProject;
  /** Reporter, lives at 3. */
  anna: TestMember;
  /** Lives at 12 (the neighbour a concern is about). */
  bram: TestMember;
  /** Lives at 7. */
  chris: TestMember;
  /** Outside neighbour (buurtbewoner). */
  noor: TestMember;
  /** A resident with nothing to do with it. */
  dirk: TestMember;
  esther: TestMember;
  ilse: TestMember;
  /** Housing corporation. */
  wouter: TestMember;
}

/** A fictional project with homes 3, 7 and 12, residents, an outside neighbour, staff and the corporation. */
export async function concernWorld(
  db: Db,
  name = 'Lindehof',
  clock: Clock = systemClock,
): Promise<ConcernWorld> {
  const project = await buildProject(db, name);
  const member = (role: Parameters<typeof buildMember>[2], who: string) =>
    buildMember(db, project.id, role, who, clock);
  const world: ConcernWorld = {
    project,
    anna: await member('resident', 'Anna'),
    bram: await member('resident', 'Bram'),
    chris: await member('resident', 'Chris'),
    noor: await member('neighbour', 'Noor'),
    dirk: await member('resident', 'Dirk'),
    esther: await member('staff', 'Esther'),
    ilse: await member('staff', 'Ilse'),
    wouter: await member('corporation', 'Wouter'),
  };
  for (const [label, who] of [
    ['3', world.anna],
    ['12', world.bram],
    ['7', world.chris],
  ] as const)
    await placeInUnit(db, project.id, who.userId, await buildUnit(db, project.id, label));
  return world;
}

export interface Recorded {
  event: string;
  payload: unknown;
}

/**
 * A member's live connection that records EVERY event the server sends it (for assertions and
 * for privacy checks), with a helper to send requests and unwrap the ack.
 */
export async function watch(url: string, cookie: string) {
  const member = await connectMember(url, cookie);
  const events: Recorded[] = [];
  member.socket.onAny((event: string, payload: unknown) => events.push({ event, payload }));
  const of = <T>(event: string) =>
    events.filter((e) => e.event === event).map((e) => e.payload as T);
  return {
    ...member,
    events,
    of,
    async waitFor<T>(
      event: string,
      predicate: (payload: T) => boolean = () => true,
      ms = CONDITION_WAIT_MS,
    ) {
      await eventually(() => of<T>(event).some(predicate), ms);
      return of<T>(event).filter(predicate).at(-1)!;
    },
    /** Emits a request and returns the raw ack ({data} or {error}). */
    async request<T>(event: string, payload: unknown): Promise<Ack<T>> {
      const socket = member.socket as unknown as {
        emitWithAck(event: string, payload: unknown): Promise<Ack<T>>;
      };
      return socket.emitWithAck(event, payload);
    },
    /** Messages delivered in one channel. */
    messagesIn(channelId: string): Message[] {
      return member.received.filter((m) => m.channelId === channelId);
    },
  };
}

export type Watcher = Awaited<ReturnType<typeof watch>>;

export function data<T>(ack: Ack<T>): T {
  if ('error' in ack) throw new Error(`refused: ${JSON.stringify(ack.error)}`);
  return ack.data;
}

/** Reports through the web form (HTTP), as a resident or neighbour would. */
export async function reportByForm(
  url: string,
  member: TestMember,
  projectId: string,
  fields: Record<string, unknown>,
): Promise<ReporterConcern> {
  const response = await api(url, member.cookie).post(`/api/projects/${projectId}/concerns`, {
    clientId: randomUUID(),
    category: 'noise',
    description: 'Elke nacht harde muziek tot drie uur',
    ...fields,
  });
  if (response.status !== 201) throw new Error(`report refused: ${JSON.stringify(response.json)}`);
  return response.json as unknown as ReporterConcern;
}
