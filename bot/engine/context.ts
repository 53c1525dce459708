import type { MessageKey, MessageParams } from '../../server/i18n/catalogue';
import { t } from '../../server/i18n/catalogue';
import type { Locale } from '../../server/i18n/locale';
import type { IntentClassifier } from './nlu/classifier';
import type { BotPorts } from './ports';
import type { ConversationState } from './state';
import type { BotInput } from './types';
import type { Choice, Visibility } from '../../server/protocol/bot-reply';

/** Everything a command or flow step may use while handling one message. */
export interface EngineContext {
  input: BotInput;
  /** The language to answer in. */
  locale: Locale;
  ports: BotPorts;
  classifier: IntentClassifier;
  now: Date;
  state: ConversationState;
  /** Translates in the conversation's language. */
  t(key: MessageKey, params?: MessageParams): string;
  /** Where replies that are not personal go: the room they came from, or the private conversation. */
  roomVisibility: Visibility;
}

export function createContext(fields: Omit<EngineContext, 't' | 'roomVisibility'>): EngineContext {
  const kind = fields.input.channel.kind;
  return {
    ...fields,
    t: (key, params) => t(fields.locale, key, params),
    roomVisibility: kind === 'common' || kind === 'activities' ? 'channel' : 'private',
  };
}

/** A choice list from (label key, value) pairs, numbered from 1. */
export function choices(
  ctx: EngineContext,
  items: readonly (readonly [MessageKey, string])[],
): Choice[] {
  return items.map(([key, value], index) => ({ n: index + 1, label: ctx.t(key), value }));
}
