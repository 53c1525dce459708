import type { Deps } from '../../server/deps';
import { createEngine } from '../engine/engine';
import { attachWebAdapter } from '../web/adapter';
import { sharedClassifier } from './classifier';
import { registerMessageActions } from './actions/messages';
import { createActionExecutor } from './executor';
import { createDbPorts, type PortExtensions } from './ports';
import { createBotRuntime } from './runtime';

/**
 * Buurtbot for one server: the engine, its reads, the action executor (areas register their
 * actions on it: help requests, care signals and emergencies are tracked alerts of the concerns
 * area, `server/areas/concerns/botActions.ts`) and the web-chat adapter.
 */
export async function createBot(deps: Deps, extensions: PortExtensions = {}) {
  const engine = createEngine({
    classifier: await sharedClassifier(deps.logger),
    now: () => deps.clock.now(),
  });
  const executor = createActionExecutor();
  registerMessageActions(executor);
  const portExtensions: PortExtensions = { ...extensions };
  const ports = createDbPorts(deps.db, portExtensions);
  const runtime = createBotRuntime({ deps, engine, ports, executor });
  const detach = attachWebAdapter(deps, runtime);
  return {
    engine,
    executor,
    ports,
    runtime,
    detach,
    /** Areas add the reads they own (upcoming activities, the on-call rota). */
    extendPorts(more: PortExtensions): void {
      Object.assign(portExtensions, more);
    },
  };
}

export type Bot = Awaited<ReturnType<typeof createBot>>;
