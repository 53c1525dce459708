import type { Locale } from '../i18n/locale';

/**
 * Dates and times as people write them ("vrijdag 14 maart, 20:00"), in a language and a time
 * zone: one set of formatters for the server, Buurtbot and the web client.
 */

/** The `Intl` locale of one of Buurtkamer's languages. */
export function intlLocale(locale: Locale): string {
  return locale === 'nl' ? 'nl-NL' : 'en-GB';
}

/** "vrijdag 14 maart, 20:00" in the person's language, in the activity's time zone. */
export function formatWhen(locale: Locale, instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(instant);
}

/** "20:00" */
export function formatTime(locale: Locale, instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(instant);
}

/** "6 december 2026" */
export function formatDate(locale: Locale, instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(instant);
}

/** "december 2026" from a month as the server counts it (`2026-12`). */
export function formatMonth(locale: Locale, month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(intlLocale(locale), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, m - 1, 15)));
}
