import type { ChannelKind, Role } from '../../server/protocol/roles';
import type { Locale } from '../../server/i18n/locale';
import type { BotAction } from './actions';
import type { Intent } from './intents';
import type { ConversationState } from './state';
import type { BotReply } from '../../server/protocol/bot-reply';

/** One message (or button press) from a person, as the adapter hands it to the engine. */
export interface BotInput {
  /** The message text, or the `value` of the pressed button when `button` is true. */
  text: string;
  /** True when the person pressed one of the bot's buttons instead of typing. */
  button?: boolean;
  author: {
    userId: string;
    displayName: string;
    role: Role;
    /** The language the person chose in their profile. */
    locale: Locale;
  };
  projectId: string;
  channel: { id: string; kind: ChannelKind };
  /** The language of the client that sent this message, when it differs from the profile. */
  locale?: Locale;
  /** True when the adapter saw the bot addressed directly (a mention, a reply to the bot). */
  addressedToBot?: boolean;
  /** The stored message this input is, when the adapter knows it (so it can be taken back). */
  messageId?: string;
}

export interface EngineResult {
  replies: BotReply[];
  /** Domain actions for the server to execute, in order, before it delivers the replies. */
  actions: BotAction[];
  /** The new conversation state to store (JSON-serialisable). */
  state: ConversationState;
  /** What the engine understood, for logs and metrics (never shown to others). */
  understood?: {
    intent: Intent;
    confidence: number;
    source: 'command' | 'button' | 'classifier' | 'flow' | 'safety';
  };
}
