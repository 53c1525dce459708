/**
 * A fan-out session: the product (on a seeded database) or the bare Socket.IO server, with the
 * room's members connected from the load processes; stopped again afterwards. Product and bare
 * sessions alternate in the scenarios, so both meet the same machine.
 */
import { loadavg } from 'node:os';
import { round } from './histogram';
import { startLoad, type LoadGroup } from './load';
import { processCpuMs } from './procstat';
import { createBenchDatabase, seedCommunity, type BenchDatabase } from './seed';
import { startAppServer, startBareSocketIo, type RunningServer } from './servers';
import { sleep, type BenchContext } from './context';

export type Kind = 'product' | 'bare';

export interface Room {
  database: BenchDatabase;
  channelId: string;
  members: { cookie: string }[];
}

/** A fresh database with one project of `members` members (the fan-out room). */
export async function seedRoom(ctx: BenchContext, members: number): Promise<Room> {
  const database = await createBenchDatabase(ctx.engine, ctx.postgresUrl);
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
    return await body({
      kind,
      server,
      load,
      channelId: kind === 'product' ? room.channelId : 'bare-room',
      countPostgres: kind === 'product' && room.database.engine === 'postgres',
    });
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

/** The repetitions, product first then bare in each, with the load average at each. */
export async function alternate<T>(
  ctx: BenchContext,
  run: (kind: Kind, rep: number) => Promise<T>,
): Promise<{ rep: number; loadAverage: { start: number; end: number }; product: T; bare: T }[]> {
  const reps = [];
  for (let rep = 1; rep <= ctx.reps; rep++) {
    const start = loadNow();
    ctx.log(`  repetition ${rep} of ${ctx.reps} (load ${start})`);
    const product = await run('product', rep);
    const bare = await run('bare', rep);
    reps.push({ rep, loadAverage: { start, end: loadNow() }, product, bare });
  }
  return reps;
}
