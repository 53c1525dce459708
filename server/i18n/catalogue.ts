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

export function isMessageKey(key: string): key is MessageKey {
  return key in nl;
}
