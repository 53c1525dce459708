import { isDeepStrictEqual } from 'node:util';
import type { Deps } from '../../server/deps';
import type { DomainEvent } from '../../server/domain/events';
import { t } from '../../server/i18n/catalogue';
import type { BotEngine } from '../engine/engine';
import { passesUnheard } from '../engine/unheard';
import type { BotPorts } from '../engine/ports';
import type { BotInput, EngineResult } from '../engine/types';
import type { BotReply } from '../../server/protocol/bot-reply';
import { conversationOf } from '../../server/domain/buurtbot/conversations';
import { personWithConversationOf, saveState } from './conversations';
import type { ConversationRow } from '../../server/domain/buurtbot/conversations';
import { ActionNotAvailable, ActionRefused, type ActionExecutor } from './executor';
import { postBotMessage } from '../../server/domain/buurtbot/messages';

/**
 * Where an adapter (Discord) takes replies as well: after each reply is stored (private ones in
 * the person's Buurtbot channel, the others in the room), `deliver` gets it, e.g. to send it as an
 * ephemeral reply or a direct message. Room replies also reach bridged rooms through the bridge.
 */
export interface ReplySink {
  deliver(reply: BotReply): Promise<void>;
}

export interface ConverseOptions {
  sink?: ReplySink;
  /**
   * For someone without an account here (an unlinked Discord user): no conversation is stored
   * for them, private replies go to the sink only, and `permit` decides what of the engine's
   * result may happen (an emergency answer, say, but no report).
   */
  guest?: { permit(result: EngineResult): EngineResult };
}

export interface Conversed {
  result: EngineResult;
  /** False when an action could not be carried out; the person got an honest message instead. */
  ok: boolean;
}

/** A member's message as the web adapter has it: the author's name and language are read here. */
export interface MemberMessage extends Pick<
  BotInput,
  'text' | 'button' | 'projectId' | 'channel' | 'messageId'
> {
  userId: string;
  role: BotInput['author']['role'];
}

/** Runs work for one key at a time, in the order it was asked for. */
function serialQueues() {
  const queues = new Map<string, Promise<unknown>>();
  return function serially<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = queues.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    queues.set(key, tail);
    void tail.then(() => {
      if (queues.get(key) === tail) queues.delete(key);
    });
    return next;
  };
}

/** Carries out the engine's actions in order; the first that fails stops the rest. */
async function runActions(
  executor: ActionExecutor,
  deps: Pick<Deps, 'db' | 'clock' | 'logger'>,
  result: EngineResult,
  input: BotInput,
): Promise<{ events: DomainEvent[]; ok: boolean; refusal: ActionRefused | undefined }> {
  const { db, clock, logger } = deps;
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
  return { events, ok, refusal };
}

/** Buurtbot's messages that actions posted in the person's own Buurtbot channel, as replies. */
function notesOf(events: readonly DomainEvent[], channelId: string | undefined): BotReply[] {
  return events.flatMap((event) =>
    event.type === 'message.created' &&
    event.message.authorIsBot &&
    channelId !== undefined &&
    event.message.channelId === channelId
      ? [
          {
            visibility: 'private' as const,
            text: event.message.body,
            choices: event.message.meta?.buttons?.map((b, i) => ({ n: i + 1, ...b })),
          },
        ]
      : [],
  );
}

interface RuntimeParts {
  deps: Pick<Deps, 'db' | 'clock' | 'logger' | 'dispatcher'>;
  engine: BotEngine;
  ports: BotPorts;
  executor: ActionExecutor;
}

/**
 * Runs the engine for one person's message, transport-free: loads the person's conversation
 * state, runs the engine, executes its actions (stored before any reply), saves the new state
 * and posts the replies (private ones in the person's Buurtbot channel, others in the room).
 * Messages of one person are handled one at a time, so a flow never sees two answers at once.
 */
export function createBotRuntime(parts: RuntimeParts) {
  const serially = serialQueues();
  return {
    converse: (input: BotInput, options: ConverseOptions = {}) =>
      serially(`${input.projectId}:${input.author.userId}`, () => converse(parts, input, options)),
    /**
     * `converse` for a member's own message in the web app, where the adapter knows who wrote
     * it but not their profile: undefined when the person no longer exists, or when Buurtbot
     * passes the message over (`passesUnheard`: ordinary chat in a shared room).
     */
    converseMember: async (message: MemberMessage) =>
      // Ordinary chat in a shared room: no turn, so the conversation is neither read nor written.
      passesUnheard(message)
        ? undefined
        : serially(`${message.projectId}:${message.userId}`, () => converseMember(parts, message)),
  };
}

async function converse(
  parts: RuntimeParts,
  input: BotInput,
  options: ConverseOptions,
): Promise<Conversed> {
  const conversation = options.guest ? undefined : await openConversation(parts.deps, input);
  return turn(parts, input, options, conversation);
}

/** A member's message: their name, language and conversation come from one read. */
async function converseMember(
  parts: RuntimeParts,
  message: MemberMessage,
): Promise<Conversed | undefined> {
  const { db } = parts.deps;
  const person = await personWithConversationOf(db, message.projectId, message.userId);
  if (!person) return undefined;
  const input: BotInput = {
    text: message.text,
    button: message.button,
    author: {
      userId: message.userId,
      displayName: person.displayName,
      role: message.role,
      locale: person.locale,
    },
    projectId: message.projectId,
    channel: message.channel,
    messageId: message.messageId,
  };
  const conversation = person.conversation ?? (await openConversation(parts.deps, input));
  return turn(parts, input, {}, conversation);
}

async function openConversation(deps: RuntimeParts['deps'], input: BotInput) {
  const { conversation, created } = await conversationOf(
    deps.db,
    input.projectId,
    input.author.userId,
  );
  for (const event of created) await deps.dispatcher.publish(event);
  return conversation;
}

/** One turn of the conversation, once its state is known. */
async function turn(
  { deps, engine, ports, executor }: RuntimeParts,
  input: BotInput,
  options: ConverseOptions,
  conversation: ConversationRow | undefined,
): Promise<Conversed> {
  const { db, clock, dispatcher, logger } = deps;
  const { sink, guest } = options;
  const proposed = await engine.handleMessage(input, conversation?.state, ports);
  const result = guest ? guest.permit(proposed) : proposed;

  const { events, ok, refusal } = await runActions(executor, deps, result, input);
  // Most messages in a shared room leave the conversation as it was: no write for those.
  if (conversation && !isDeepStrictEqual(result.state, conversation.state)) {
    await saveState(
      db,
      { projectId: input.projectId, userId: input.author.userId },
      result.state,
      clock.now(),
    );
  }
  for (const event of events) await dispatcher.publish(event);

  const privateTarget = conversation && {
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
  // What an action told the person in their own Buurtbot channel ("Gelukt! Je bent
  // aangemeld ...") is a reply too: a transport with a sink (Discord) delivers it as well.
  const notes = notesOf(events, conversation?.channelId);
  for (const note of notes)
    await sink
      ?.deliver(note)
      .catch((error: unknown) => logger.warn({ err: error }, 'bot reply not delivered'));
  for (const reply of replies) {
    const target = reply.visibility === 'private' ? privateTarget : roomTarget;
    const buttons = reply.choices?.map((c) => ({ label: c.label, value: c.value }));
    if (target)
      await dispatcher.publish(await postBotMessage(db, clock, target, reply.text, buttons));
    // A transport that cannot deliver (Discord down) never undoes what was stored.
    await sink
      ?.deliver(reply)
      .catch((error: unknown) => logger.warn({ err: error }, 'bot reply not delivered'));
  }
  return { result, ok };
}

export type BotRuntime = ReturnType<typeof createBotRuntime>;
