import { mentionsALabel } from '../../server/protocol/blame';
import { normalize } from '../../server/protocol/text';
import { parseCommand } from './commands';
import { assessDanger } from './safety/emergency';
import { pointsAtSomeone } from './safety/shaming';
import type { BotInput } from './types';

/** In a shared room the bot answers free text only when addressed by name. */
export const addressedToBuurtbot = /^\s*@?buurtbot\b[\s,:!]*/i;

/**
 * Whether Buurtbot passes over a message without a word or a deed, whatever the person's
 * conversation holds: ordinary chat in a shared room (`common`, `activities`) that is not
 * addressed to Buurtbot, not a button, command or menu number, has no danger in it (named,
 * described or only a cue) and points at nobody and labels nobody. Most messages in a busy room
 * are like that; the runtime then skips the turn, so the conversation is neither read nor
 * written. The engine gives such a message no reply, no action and leaves the state as it was
 * (`unheard.test.ts` holds the two to the same answer).
 */
export function passesUnheard(
  input: Pick<BotInput, 'text' | 'button' | 'addressedToBot' | 'channel'>,
): boolean {
  const kind = input.channel.kind;
  if (kind !== 'common' && kind !== 'activities') return false;
  if (input.button === true || input.addressedToBot === true) return false;
  const text = input.text.trim();
  if (addressedToBuurtbot.test(text) || parseCommand(text) || /^\d{1,2}$/.test(normalize(text)))
    return false;
  const danger = assessDanger(text);
  if (danger.kinds.length > 0 || danger.uncertain || danger.asking === true) return false;
  return !pointsAtSomeone(text) && !mentionsALabel(text);
}
