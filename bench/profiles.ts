/** How big and how long each scenario runs. `short` is `npm run bench`, `full` is the docs' table. */
export interface Profile {
  name: 'smoke' | 'short' | 'full';
  connections: { sockets: number; perProject: number; workers: number; concurrency: number };
  fanout: {
    members: number;
    workers: number;
    lowRate: number;
    lowSeconds: number;
    rate: number;
    seconds: number;
    sweep: { start: number; factor: number; stepSeconds: number; maxRate: number };
  };
  http: { connections: number; seconds: number; history: number; activities: number };
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
    connections: { sockets: 40, perProject: 20, workers: 1, concurrency: 10 },
    fanout: {
      members: 20,
      workers: 1,
      lowRate: 10,
      lowSeconds: 1,
      rate: 20,
      seconds: 1,
      sweep: { start: 40, factor: 2, stepSeconds: 1, maxRate: 40 },
    },
    http: { connections: 4, seconds: 1, history: 20, activities: 3 },
    bot: { seconds: 1 },
    engines: { seconds: 0.5, messages: 100 },
    storm: { clients: 40, perProject: 20, missedPerProject: 2, workers: 1, timeoutMs: 30_000 },
  },
  short: {
    name: 'short',
    connections: { sockets: 10_000, perProject: 250, workers: 4, concurrency: 50 },
    fanout: {
      members: 300,
      workers: 2,
      lowRate: 10,
      lowSeconds: 5,
      rate: 100,
      seconds: 15,
      sweep: { start: 150, factor: 1.5, stepSeconds: 4, maxRate: 3000 },
    },
    http: { connections: 50, seconds: 5, history: 100, activities: 30 },
    bot: { seconds: 4 },
    engines: { seconds: 5, messages: 5000 },
    storm: { clients: 5_000, perProject: 250, missedPerProject: 5, workers: 4, timeoutMs: 120_000 },
  },
  full: {
    name: 'full',
    connections: { sockets: 10_000, perProject: 250, workers: 4, concurrency: 50 },
    fanout: {
      members: 300,
      workers: 2,
      lowRate: 10,
      lowSeconds: 60,
      rate: 100,
      seconds: 60,
      sweep: { start: 150, factor: 1.25, stepSeconds: 10, maxRate: 3000 },
    },
    http: { connections: 50, seconds: 15, history: 100, activities: 30 },
    bot: { seconds: 10 },
    engines: { seconds: 15, messages: 50_000 },
    storm: {
      clients: 10_000,
      perProject: 250,
      missedPerProject: 5,
      workers: 4,
      timeoutMs: 180_000,
    },
  },
};
