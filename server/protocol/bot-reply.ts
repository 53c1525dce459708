/**
 * What Buurtbot says: a reply with its visibility and, when it asks something, the choices a
 * person can press. The engine produces these; the server builds the ones Buurtbot starts itself
 * (prompts, a burenbericht); the web chat and the Discord adapter show them.
 */

/**
 * Who sees a reply. `private`: only the author, in their private conversation with Buurtbot
 * (channel kind `bot`). `channel`: everyone in the channel the message came from.
 */
export type Visibility = 'private' | 'channel';

/** A choice the person can press (button) or answer with its number. */
export interface Choice {
  /** 1-based number the person may type instead of pressing. */
  n: number;
  label: string;
  /** Sent back as `BotInput.text` with `button: true`. Stable, language-free. */
  value: string;
}

export interface BotReply {
  visibility: Visibility;
  text: string;
  choices?: Choice[];
}
