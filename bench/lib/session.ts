/**
 * A fan-out session: the product (on a seeded database) or the bare Socket.IO server, with the
 * room's members connected from the load processes; stopped again afterwards. Product and bare
 * sessions alternate in the scenarios, so both meet the same machine.
 */
import { loadavg } from 'node:os';
import { round } from './histogram';
import { startLoad, type LoadGroup } from './load';
import { runPhase } from './phase';
import { processCpuMs } from './procstat';
import { createBenchDatabase, seedCommunity, type BenchDatabase } from './seed';
import { startAppServer, startBareSocketIo, type RunningServer } from './servers';
import { sleep, type BenchContext, type Engine } from './context';

export type Kind = 'product' | 'bare';

export interface Room {
  database: BenchDatabase;
  channelId: string;
  members: { cookie: string }[];
}

/** A fresh database with one project of `members` members (the fan-out room). */
export async function seedRoom(ctx: BenchContext, engine: Engine, members: number): Promise<Room> {
  const database = await createBenchDatabase(engine, ctx.postgresUrl);
  const db = await database.open();
  try {
    const seeded = await seedCommunity(db.db, { projects: 1, membersPerProject: members });
    return {
      database,
      channelId: seeded.projects[0]?.common ?? '',
      members: seeded.members,
    };
  } finally {
    await db.close();
  }
}

export interface Session {
  kind: Kind;
  server: RunningServer;
  load: LoadGroup;
  channelId: string;
  /** Whether PostgreSQL's processes count towards this server's CPU (product on PostgreSQL). */
  countPostgres: boolean;
}

/** Starts a server of `kind`, connects every member, runs `body`, and stops everything. */
export async function withSession<T>(
  ctx: BenchContext,
  kind: Kind,
  room: Room,
  name: string,
  body: (session: Session) => Promise<T>,
): Promise<T> {
  const server =
    kind === 'product' ? await startAppServer(room.database, {}, name) : await startBareSocketIo();
  const load = startLoad(ctx.profile.fanout.workers);
  try {
    const members =
      kind === 'product' ? room.members : room.members.map((_, i) => ({ cookie: `bench=${i}` }));
    const ramp = await load.connect(server.url, members, { concurrency: 25 });
    if (ramp.connected !== members.length)
      throw new Error(`${kind}: only ${ramp.connected} of ${members.length} members connected`);
    await quiet(server);
    const session: Session = {
      kind,
      server,
      load,
      channelId: kind === 'product' ? room.channelId : 'bare-room',
      countPostgres: kind === 'product' && room.database.engine === 'postgres',
    };
    // A warm-up at the low rate, not recorded: the code paths compiled, the pools open.
    const { lowRate, warmSeconds } = ctx.profile.fanout;
    await runPhase(load, server, { ...session, rate: lowRate, seconds: warmSeconds });
    await quiet(server);
    return await body(session);
  } finally {
    await load.close();
    await server.stop();
  }
}

/**
 * Waits (at most 15 s) until the server uses under a fifth of a core over half a second: after
 * the connects, and after a phase it could not keep up with, so the next phase starts clean.
 */
export async function quiet(server: RunningServer): Promise<void> {
  const pid = server.child.process.pid;
  for (let i = 0; i < 30; i++) {
    const before = processCpuMs(pid);
    await sleep(500);
    if (processCpuMs(pid) - before < 100) return;
  }
}

/** The 1-minute load average now. */
export const loadNow = () => round(loadavg()[0] ?? 0);

export interface Repetition<T> {
  rep: number;
  loadAverage: { start: number; end: number };
  product: T;
  bare: T;
}

/**
 * The repetitions. In each: the product on the first engine, the bare server, the product on
 * the next engine (P, B, Q, P, B, Q, ...), so every product run sits next to a bare run. The
 * bare run does not depend on the engine and is shared by both engines' figures. The 1-minute
 * load average is kept at the start and end of each repetition.
 */
export async function alternate<T>(
  ctx: BenchContext,
  run: (kind: Kind, engine: Engine, rep: number) => Promise<T>,
): Promise<Record<Engine, Repetition<T>[]>> {
  const out = {} as Record<Engine, Repetition<T>[]>;
  for (let rep = 1; rep <= ctx.reps; rep++) {
    const start = loadNow();
    ctx.log(`  repetition ${rep} of ${ctx.reps} (load ${start})`);
    const products = new Map<Engine, T>();
    let bare: T | undefined;
    for (const [i, engine] of ctx.engines.entries()) {
      products.set(engine, await run('product', engine, rep));
      if (i === 0) bare = await run('bare', engine, rep);
    }
    const end = loadNow();
    for (const engine of ctx.engines) {
      const product = products.get(engine);
      if (product === undefined || bare === undefined) continue;
      (out[engine] ??= []).push({ rep, loadAverage: { start, end }, product, bare });
    }
  }
  return out;
}
