import type { Deps } from '../../server/deps';
import type { DomainEvent } from '../../server/dispatch/events';
import { t } from '../../server/i18n/catalogue';
import type { BotEngine } from '../engine/engine';
import type { BotPorts } from '../engine/ports';
import type { BotInput, EngineResult } from '../engine/types';
import { conversationOf, saveState } from './conversations';
import { ActionNotAvailable, ActionRefused, type ActionExecutor } from './executor';
import { postBotMessage } from './post';

export interface Conversed {
  result: EngineResult;
  /** False when an action could not be carried out; the person got an honest message instead. */
  ok: boolean;
}

/**
 * Runs the engine for one person's message, transport-free: loads the person's conversation
 * state, runs the engine, executes its actions (stored before any reply), saves the new state
 * and posts the replies (private ones in the person's Buurtbot channel, others in the room).
 * Messages of one person are handled one at a time, so a flow never sees two answers at once.
 */
export function createBotRuntime(options: {
  deps: Pick<Deps, 'db' | 'clock' | 'logger' | 'dispatcher'>;
  engine: BotEngine;
  ports: BotPorts;
  executor: ActionExecutor;
}) {
  const { deps, engine, ports, executor } = options;
  const queues = new Map<string, Promise<unknown>>();

  function serially<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = queues.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    queues.set(key, tail);
    void tail.then(() => {
      if (queues.get(key) === tail) queues.delete(key);
    });
    return next;
  }

  async function converse(input: BotInput): Promise<Conversed> {
    const { db, clock, dispatcher, logger } = deps;
    const { conversation, created } = await conversationOf(
      db,
      input.projectId,
      input.author.userId,
    );
    for (const event of created) await dispatcher.publish(event);
    const result = await engine.handleMessage(input, conversation.state, ports);

    const events: DomainEvent[] = [];
    let ok = true;
    let refusal: ActionRefused | undefined;
    try {
      for (const action of result.actions) {
        events.push(
          ...(await executor.execute(action, { db, clock, authorName: input.author.displayName })),
        );
      }
    } catch (error) {
      ok = false;
      if (error instanceof ActionRefused) refusal = error;
      else if (!(error instanceof ActionNotAvailable))
        logger.error({ err: error }, 'bot action failed');
    }
    await saveState(
      db,
      { projectId: input.projectId, userId: input.author.userId },
      result.state,
      clock.now(),
    );
    for (const event of events) await dispatcher.publish(event);

    const privateTarget = {
      channelId: conversation.channelId,
      projectId: input.projectId,
      channelKind: 'bot' as const,
    };
    const roomTarget = {
      channelId: input.channel.id,
      projectId: input.projectId,
      channelKind: input.channel.kind,
    };
    const locale = result.state.locale ?? input.author.locale;
    const replies = ok
      ? result.replies
      : [
          {
            visibility: 'private' as const,
            text: t(locale, refusal ? refusal.key : 'staff.not_available_yet'),
          },
        ];
    for (const reply of replies) {
      const target = reply.visibility === 'private' ? privateTarget : roomTarget;
      const buttons = reply.choices?.map((c) => ({ label: c.label, value: c.value }));
      await dispatcher.publish(await postBotMessage(db, clock, target, reply.text, buttons));
    }
    return { result, ok };
  }

  return {
    converse: (input: BotInput) =>
      serially(`${input.projectId}:${input.author.userId}`, () => converse(input)),
  };
}

export type BotRuntime = ReturnType<typeof createBotRuntime>;
