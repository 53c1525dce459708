import type { ChannelKind, Role } from '../../server/protocol/roles';
import type { Locale } from '../../server/i18n/locale';
import type { BotEngine } from './engine';
import { createEngine } from './engine';
import type { FakePortsData } from './fake-ports';
import { createFakePorts } from './fake-ports';
import type { IntentClassifier } from './nlu/classifier';
import { trainClassifier } from './nlu/classifier';
import type { ConversationState } from './state';
import { initialState } from './state';
import type { BotInput, EngineResult } from './types';

/** A fixed clock for tests: Wednesday 12 March 2025, 10:00 in Utrecht. */
export const testNow = new Date('2025-03-12T09:00:00Z');

let shared: Promise<IntentClassifier> | undefined;

/** The real classifier, trained once per test file. */
export function testClassifier(): Promise<IntentClassifier> {
  shared ??= trainClassifier();
  return shared;
}

export interface InputOptions {
  channel?: ChannelKind;
  role?: Role;
  locale?: Locale;
  button?: boolean;
  userId?: string;
  addressedToBot?: boolean;
}

export function buildInput(text: string, options: InputOptions = {}): BotInput {
  const kind = options.channel ?? 'bot';
  const input: BotInput = {
    text,
    author: {
      userId: options.userId ?? 'u-anna',
      displayName: 'Anna',
      role: options.role ?? 'resident',
      locale: options.locale ?? 'nl',
    },
    projectId: 'p-lindehof',
    channel: { id: `c-${kind}`, kind },
  };
  if (options.button) input.button = true;
  if (options.addressedToBot) input.addressedToBot = true;
  return input;
}

/**
 * A conversation with the engine: every turn stores the state as JSON and reads it back, as the
 * server does with the database, so nothing survives that would not survive a restart.
 */
export async function conversation(options: { ports?: Partial<FakePortsData>; now?: Date } = {}) {
  const now = options.now ?? testNow;
  const engine: BotEngine = createEngine({
    classifier: await testClassifier(),
    now: () => now,
  });
  const ports = createFakePorts(options.ports, now);
  let stored = JSON.stringify(initialState());
  const results: EngineResult[] = [];
  return {
    engine,
    ports,
    results,
    get state(): ConversationState {
      return JSON.parse(stored) as ConversationState;
    },
    async say(text: string, inputOptions: InputOptions = {}): Promise<EngineResult> {
      const result = await engine.handleMessage(
        buildInput(text, inputOptions),
        JSON.parse(stored),
        ports,
      );
      stored = JSON.stringify(result.state);
      results.push(result);
      return result;
    },
    async press(value: string, inputOptions: InputOptions = {}): Promise<EngineResult> {
      return this.say(value, { ...inputOptions, button: true });
    },
  };
}

/** All reply texts of a result, joined, for `toContain` checks. */
export function textOf(result: EngineResult): string {
  return result.replies.map((r) => r.text).join('\n');
}
