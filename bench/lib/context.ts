import type { Profile } from '../profiles';

export type Engine = 'pglite' | 'postgres';

export interface BenchContext {
  profile: Profile;
  /** Repetitions of every alternating measurement (`--reps=N`, else the profile's). */
  reps: number;
  /** PostgreSQL server URL (a fresh database is created per scenario), when available. */
  postgresUrl: string | undefined;
  redisUrl: string | undefined;
  /** The engine this run of a scenario uses (per-engine scenarios run once per engine). */
  engine: Engine;
  /** Every engine of this run (for scenarios that take them all at once). */
  engines: Engine[];
  log(message: string): void;
}

export type ScenarioResult = Record<string, unknown> & {
  status: 'ok' | 'skipped' | 'failed';
  reason?: string;
};

export interface Scenario {
  name: string;
  title: string;
  /** Runs once per engine: PGlite, and PostgreSQL when a URL is given. */
  perEngine?: boolean;
  /**
   * Takes every engine in one run (`ctx.engines`) and answers `{ engines: { <engine>: result } }`:
   * the bare server's runs do not depend on the engine, so one bare run sits between the
   * engines' product runs in each repetition.
   */
  acrossEngines?: boolean;
  run(ctx: BenchContext): Promise<ScenarioResult>;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
