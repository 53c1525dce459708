import type { Profile } from '../profiles';

export interface BenchContext {
  profile: Profile;
  /** PostgreSQL server URL (a fresh database is created per scenario), when available. */
  postgresUrl: string | undefined;
  redisUrl: string | undefined;
  /** The engine the server-side scenarios run on. */
  engine: 'pglite' | 'postgres';
  log(message: string): void;
}

export type ScenarioResult = Record<string, unknown> & {
  status: 'ok' | 'skipped' | 'failed';
  reason?: string;
};

export interface Scenario {
  name: string;
  title: string;
  run(ctx: BenchContext): Promise<ScenarioResult>;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
