import type { ChildProcess } from 'node:child_process';
import { expect } from 'vitest';

/**
 * Every process a test starts (servers, redis-server, nginx, benchmark runs, CLI commands) is
 * tracked here, so that none outlives its test: tests stop their own in their teardown, and
 * tests/support/children-setup.ts stops whatever is left, even when a test or hook failed or
 * timed out before it could. A process started inside a test is stopped after that test (one
 * still writing to the test's database would spoil the next test); one started in a
 * `beforeAll` serves the whole file and is stopped after the file's last hook. A process left
 * running keeps its pipes open and the test worker alive, which fails the whole run with no
 * failed test to show.
 */
interface Tracked {
  child: ChildProcess;
  /** The test that started it, or undefined when a file-level hook did. */
  test: string | undefined;
}
const running = new Set<Tracked>();

export function trackChild<T extends ChildProcess>(child: T): T {
  if (child.exitCode !== null || child.signalCode !== null) return child;
  const entry = { child, test: expect.getState().currentTestName };
  running.add(entry);
  child.once('exit', () => running.delete(entry));
  return child;
}

/** Resolves when the process has exited (at once when it already has). */
export function exitOf(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Kills the tracked processes that still run (those `test` started, or all) and waits until
 * each has exited; returns their command lines.
 */
export async function stopLeftoverChildren(options: { test?: string } = {}): Promise<string[]> {
  const left = [...running].filter(
    (entry) => options.test === undefined || entry.test === options.test,
  );
  for (const { child } of left) child.kill('SIGKILL');
  await Promise.all(left.map(({ child }) => exitOf(child)));
  return left.map(({ child }) => child.spawnargs.join(' '));
}

// Last resort: a worker that exits (or is torn down) takes its children with it.
process.once('exit', () => {
  for (const { child } of running) child.kill('SIGKILL');
});
