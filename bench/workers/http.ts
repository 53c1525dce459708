/** Runs autocannon in its own process (one core) and returns the figures that matter. */
import autocannon from 'autocannon';
import { serve } from '../lib/ipc';

serve({
  run: async (request: {
    url: string;
    headers: Record<string, string>;
    connections: number;
    seconds: number;
  }) => {
    const result = await autocannon({
      url: request.url,
      headers: request.headers,
      connections: request.connections,
      duration: request.seconds,
      pipelining: 1,
    });
    return {
      requestsPerSecond: result.requests.average,
      latencyMs: {
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
        mean: result.latency.mean,
      },
      total: result.requests.total,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
    };
  },
});
