/**
 * Work of the Discord adapter: one queue per key (a Discord channel, a link) so events of one
 * channel are handled in order, and a record of what is running so shutdown can wait for it.
 */
export function createWork() {
  const queues = new Map<string, Promise<unknown>>();
  const running = new Set<Promise<unknown>>();

  function track<T>(work: Promise<T>): Promise<T> {
    running.add(work);
    void work.catch(() => undefined).finally(() => running.delete(work));
    return work;
  }

  return {
    track,
    /** Runs `work` after everything queued before under the same key. */
    serial<T>(key: string, work: () => Promise<T>): Promise<T> {
      const previous = queues.get(key) ?? Promise.resolve();
      const next = previous.then(work, work);
      const tail = next.catch(() => undefined);
      queues.set(key, tail);
      void tail.then(() => {
        if (queues.get(key) === tail) queues.delete(key);
      });
      return track(next);
    },
    async settled(): Promise<void> {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}

export type Work = ReturnType<typeof createWork>;
