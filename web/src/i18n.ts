import { signal } from '@preact/signals';
import { t as translate, type MessageKey, type MessageParams } from '../../server/i18n/catalogue';
import { isLocale, type Locale } from '../../server/i18n/locale';

/** The interface language: the person's setting once known, else the browser's, Dutch first. */
export const locale = signal<Locale>(initialLocale());

function initialLocale(): Locale {
  const stored = localStorage.getItem('bk-locale');
  if (isLocale(stored)) return stored;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export function setLocale(next: Locale): void {
  locale.value = next;
  localStorage.setItem('bk-locale', next);
  document.documentElement.lang = next;
}

/** Every visible text goes through the shared message catalogue. */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(locale.value, key, params);
}
