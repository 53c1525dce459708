/**
 * How long a wait on a condition (an event, a message arriving, a log line) may take before the
 * test says it never came. A wait that succeeds returns as soon as the condition holds, so this
 * costs nothing when things work; it only has to be far above what a busy, shared 2-core machine
 * can take (several seconds for a delivery through two server processes at load 15-20), so that
 * a slow machine never fails a test. The integration test limit (vitest.config.ts) is above it.
 */
export const CONDITION_WAIT_MS = 30_000;
