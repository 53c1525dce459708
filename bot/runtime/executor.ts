import type { Db } from '../../db/database';
import type { Clock } from '../../server/clock';
import type { DomainEvent } from '../../server/domain/events';
import type { BotAction, BotActionType } from '../engine/actions';
import type { MessageKey } from '../../server/i18n/catalogue';

export interface ActionContext {
  db: Db;
  clock: Clock;
  /** The person's display name, for staff notices. */
  authorName: string;
}

export type ActionHandler<T extends BotActionType> = (
  action: Extract<BotAction, { type: T }>,
  ctx: ActionContext,
) => Promise<DomainEvent[]>;

/** Thrown when no area has taken on an action yet: the person is told honestly. */
export class ActionNotAvailable extends Error {}

/**
 * Thrown when an action cannot be done (a stale button, a closed concern): the person is told
 * why, with this catalogue text, instead of the engine's replies.
 */
export class ActionRefused extends Error {
  constructor(readonly key: MessageKey) {
    super(key);
  }
}

/**
 * Carries out the engine's domain actions. Each area (help and alerts, concerns, activities,
 * defects) registers the handlers for its own action types; the runtime runs them in order
 * and publishes their events after they are stored.
 */
export function createActionExecutor() {
  const handlers = new Map<BotActionType, ActionHandler<BotActionType>>();
  return {
    register<T extends BotActionType>(type: T, handler: ActionHandler<T>): void {
      handlers.set(type, handler as unknown as ActionHandler<BotActionType>);
    },
    async execute(action: BotAction, ctx: ActionContext): Promise<DomainEvent[]> {
      const handler = handlers.get(action.type);
      if (!handler) throw new ActionNotAvailable(action.type);
      return handler(action, ctx);
    },
    handles(type: BotActionType): boolean {
      return handlers.has(type);
    },
  };
}

export type ActionExecutor = ReturnType<typeof createActionExecutor>;
