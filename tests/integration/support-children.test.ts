import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { trackChild } from '../support/children';

/**
 * The suite's own guarantee (tests/support/children-setup.ts): a process a test starts and
 * leaves running is stopped after that test; one a file-level hook starts serves every test of
 * the file and is stopped after the file. The two tests run in order.
 */
let fileLevel: ChildProcess;
let inTest: ChildProcess;

beforeAll(() => {
  fileLevel = trackChild(spawn('sleep', ['600']));
});
afterAll(() => {
  expect(fileLevel.signalCode).toBe(null);
});

it('starts a process and leaves it running', () => {
  inTest = trackChild(spawn('sleep', ['600']));
  expect(inTest.exitCode).toBe(null);
});

it('finds the process of the test before stopped, and the file-level one still running', () => {
  expect(inTest.signalCode).toBe('SIGKILL');
  expect(fileLevel.exitCode).toBe(null);
  expect(fileLevel.signalCode).toBe(null);
});
