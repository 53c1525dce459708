import type { Locale } from './locale';
import { nl } from './nl';
import { en } from './en';

export type MessageKey = keyof typeof nl;
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Locale, Record<MessageKey, string>> = { nl, en };

/** Translates a catalogue key; `{name}` placeholders are filled from params. */
export function t(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = catalogues[locale][key] ?? nl[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The keys of a text that depends on a count: none (optional), one, or more. */
export interface CountedKeys {
  none?: MessageKey;
  one: MessageKey;
  many: MessageKey;
}

/** Which of them a count takes: "Je gast", "Je 2 gasten", "nog 1 plek", "nog 3 plekken". */
export function countedKey(n: number, keys: CountedKeys): MessageKey {
  return n === 0 && keys.none ? keys.none : n === 1 ? keys.one : keys.many;
}

export function isMessageKey(key: string): key is MessageKey {
  return key in nl;
}
