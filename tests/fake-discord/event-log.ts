import { CONDITION_WAIT_MS } from '../support/waits';

interface Waiter<T> {
  predicate: (entry: T) => boolean;
  resolve: (entry: T) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export interface WaitOptions {
  /** Default `CONDITION_WAIT_MS` (30 s): a wait that succeeds returns at once. */
  timeoutMs?: number;
  /** Only entries recorded at or after this index (`log.size` taken earlier). Default 0: the whole log. */
  fromIndex?: number;
}

/**
 * An append-only record a test can inspect and await. `waitFor` looks at entries
 * already recorded as well as future ones, so a test never races the fake.
 */
export class EventLog<T> {
  private readonly items: T[] = [];
  private readonly waiters = new Set<Waiter<T>>();

  constructor(private readonly what: string) {}

  get entries(): readonly T[] {
    return this.items;
  }

  get size(): number {
    return this.items.length;
  }

  record(entry: T): void {
    this.items.push(entry);
    for (const waiter of [...this.waiters]) {
      if (!waiter.predicate(entry)) continue;
      this.waiters.delete(waiter);
      clearTimeout(waiter.timer);
      waiter.resolve(entry);
    }
  }

  filter(predicate: (entry: T) => boolean): T[] {
    return this.items.filter(predicate);
  }

  waitFor(predicate: (entry: T) => boolean, options: WaitOptions = {}): Promise<T> {
    const found = this.items.slice(options.fromIndex ?? 0).find(predicate);
    if (found !== undefined) return Promise.resolve(found);
    const timeoutMs = options.timeoutMs ?? CONDITION_WAIT_MS;
    const stack = new Error().stack ?? '';
    const promise = new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          const error = new Error(
            `fake Discord: no matching ${this.what} within ${timeoutMs} ms (${this.items.length} recorded)`,
          );
          error.stack = `${error.message}\n${stack.split('\n').slice(2).join('\n')}`;
          reject(error);
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
    // A waiter nobody awaits (fire and forget) must not become an unhandled rejection.
    promise.catch(() => undefined);
    return promise;
  }

  clear(): void {
    this.items.length = 0;
  }

  /** Fails every pending waiter (the fake is closing). */
  close(): void {
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error(`fake Discord closed while waiting for a ${this.what}`));
    }
    this.waiters.clear();
  }
}
