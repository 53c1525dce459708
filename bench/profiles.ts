/** How big and how long each scenario runs. `short` is `npm run bench`, `full` is the docs' table. */
export interface Profile {
  name: 'smoke' | 'short' | 'full';
  /** Repetitions of every alternating measurement (product, bare, product, bare, ...). */
  reps: number;
  connections: { sockets: number; perProject: number; workers: number };
  fanout: {
    members: number;
    workers: number;
    /** A warm-up at the low rate at the start of every session, not recorded. */
    warmSeconds: number;
    lowRate: number;
    lowSeconds: number;
    rate: number;
    seconds: number;
  };
  /**
   * Bisection for the highest rate with p99 <= 100 ms: start rate, bounds, at most `steps` steps
   * of `stepSeconds`, until the lowest rate that failed is within `resolution` times the highest
   * that held (1.1: the answer is within 10% of where p99 crosses the bound).
   */
  capacity: {
    start: number;
    minRate: number;
    maxRate: number;
    steps: number;
    stepSeconds: number;
    resolution: number;
  };
  http: {
    connections: number;
    warmSeconds: number;
    seconds: number;
    history: number;
    activities: number;
  };
  bot: { seconds: number };
  engines: { seconds: number; messages: number };
  storm: {
    clients: number;
    perProject: number;
    missedPerProject: number;
    workers: number;
    timeoutMs: number;
  };
}

export const profiles: Record<Profile['name'], Profile> = {
  smoke: {
    name: 'smoke',
    reps: 1,
    connections: { sockets: 40, perProject: 20, workers: 1 },
    fanout: {
      members: 20,
      workers: 1,
      warmSeconds: 1,
      lowRate: 10,
      lowSeconds: 1,
      rate: 20,
      seconds: 1,
    },
    capacity: { start: 20, minRate: 5, maxRate: 40, steps: 2, stepSeconds: 1, resolution: 1.1 },
    http: { connections: 4, warmSeconds: 1, seconds: 1, history: 20, activities: 3 },
    bot: { seconds: 1 },
    engines: { seconds: 0.5, messages: 100 },
    storm: { clients: 40, perProject: 20, missedPerProject: 2, workers: 1, timeoutMs: 30_000 },
  },
  short: {
    name: 'short',
    reps: 1,
    connections: { sockets: 1000, perProject: 250, workers: 2 },
    fanout: {
      members: 300,
      workers: 2,
      warmSeconds: 2,
      lowRate: 10,
      lowSeconds: 5,
      rate: 100,
      seconds: 8,
    },
    capacity: {
      start: 100,
      minRate: 5,
      maxRate: 3200,
      steps: 10,
      stepSeconds: 3,
      resolution: 1.1,
    },
    http: { connections: 50, warmSeconds: 1, seconds: 3, history: 100, activities: 30 },
    bot: { seconds: 4 },
    engines: { seconds: 2, messages: 5000 },
    storm: { clients: 5_000, perProject: 250, missedPerProject: 5, workers: 4, timeoutMs: 120_000 },
  },
  full: {
    name: 'full',
    reps: 3,
    connections: { sockets: 2000, perProject: 250, workers: 4 },
    fanout: {
      members: 300,
      workers: 2,
      warmSeconds: 2,
      lowRate: 10,
      lowSeconds: 6,
      rate: 100,
      seconds: 12,
    },
    capacity: {
      start: 100,
      minRate: 5,
      maxRate: 3200,
      steps: 10,
      stepSeconds: 4,
      resolution: 1.1,
    },
    http: { connections: 50, warmSeconds: 1, seconds: 3, history: 100, activities: 30 },
    bot: { seconds: 10 },
    engines: { seconds: 4, messages: 50_000 },
    storm: {
      clients: 10_000,
      perProject: 250,
      missedPerProject: 5,
      workers: 4,
      timeoutMs: 180_000,
    },
  },
};
