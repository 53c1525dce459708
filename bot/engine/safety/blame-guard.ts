import { findBlame, mentionsALabel, type BlameMember } from '../../../server/protocol/blame';
import type { MessageTakeBackAction } from '../actions';
import type { EngineContext } from '../context';
import type { Intent } from '../intents';
import type { FlowData } from '../state';
import { normalize } from '../../../server/protocol/text';
import type { Choice } from '../../../server/protocol/bot-reply';
import { accusesNeighbour } from './shaming';

/**
 * No public blame. A message in a shared room that names a member (or a home, or "de buurman")
 * together with a label or accusation gets a private answer: take the message back (deleted for
 * everyone), or make it a private report. The buttons carry the message id; the server deletes
 * only the presser's own message.
 */

const TAKE_BACK = 'blame:takeback:';
const REPORT = 'blame:report:';

export type BlameButton = { kind: 'take_back' | 'report'; messageId: string };

/** A pressed (or typed) guard button: "blame:takeback:<message id>". */
export function blameButton(value: string): BlameButton | undefined {
  const text = value.trim();
  if (text.startsWith(TAKE_BACK))
    return { kind: 'take_back', messageId: text.slice(TAKE_BACK.length) };
  if (text.startsWith(REPORT)) return { kind: 'report', messageId: text.slice(REPORT.length) };
  return undefined;
}

/** The author is no neighbour of themselves: "Ik ben Ruud en ik was vroeger verslaafd". */
function othersThan(members: readonly BlameMember[], authorName: string): BlameMember[] {
  const author = normalize(authorName);
  return members.filter((m) => normalize(m.name) !== author);
}

/**
 * Whether a shared-room message blames a neighbour in public: `findBlame` over the project's
 * members, or the older guard (a neighbour word and a complaint or report intent, asked for only
 * when needed).
 */
export async function blamesNeighbour(
  ctx: EngineContext,
  text: string,
  intentOf: () => Promise<Intent>,
): Promise<boolean> {
  if (await accusesNeighbour(text, intentOf)) return true;
  // Most messages have no label at all: then the members are not looked up.
  if (!mentionsALabel(text)) return false;
  const members = await ctx.ports.members(ctx.input.projectId);
  return findBlame(text, othersThan(members, ctx.input.author.displayName)) !== null;
}

/** Flow data of the guard step (concern flow): the report draft and the message to take back. */
export function guardData(base: FlowData, messageId: string | undefined): FlowData {
  return messageId
    ? { ...base, fromSharedRoom: true, messageId }
    : { ...base, fromSharedRoom: true };
}

/** The guard's question and its buttons (no take-back when the message id is unknown). */
export function guardPrompt(
  ctx: EngineContext,
  data: FlowData,
): { text: string; choices: Choice[] } {
  const messageId = typeof data.messageId === 'string' ? data.messageId : undefined;
  const id = messageId ?? 'none';
  const offered: [Parameters<EngineContext['t']>[0], string][] = messageId
    ? [
        ['bot.blame.take_back', `${TAKE_BACK}${messageId}`],
        ['bot.blame.report', `${REPORT}${id}`],
      ]
    : [['bot.blame.report', `${REPORT}${id}`]];
  return {
    text: ctx.t(messageId ? 'bot.blame.offer' : 'bot.blame.offer_report_only'),
    choices: offered.map(([key, value], index) => ({ n: index + 1, label: ctx.t(key), value })),
  };
}

export function takeBack(ctx: EngineContext, messageId: string): MessageTakeBackAction {
  return {
    type: 'message.take_back',
    projectId: ctx.input.projectId,
    userId: ctx.input.author.userId,
    messageId,
  };
}
