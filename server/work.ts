/** Tracks in-flight writes so shutdown can wait for them to finish. */
export function createWorkTracker() {
  const inflight = new Set<Promise<unknown>>();
  return {
    track<T>(work: Promise<T>): Promise<T> {
      inflight.add(work);
      work.then(
        () => inflight.delete(work),
        () => inflight.delete(work),
      );
      return work;
    },
    async drain(): Promise<void> {
      while (inflight.size > 0) await Promise.allSettled([...inflight]);
    },
    get size() {
      return inflight.size;
    },
  };
}

export type WorkTracker = ReturnType<typeof createWorkTracker>;
