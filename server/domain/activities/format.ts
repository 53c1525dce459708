import type { Locale } from '../../i18n/locale';
// The language of a project's shared rooms is the project's own: projectLocale() in
// server/domain/projects/locale.ts. A person's private messages follow their own setting.

/** "vrijdag 14 maart, 20:00" in the person's language, in the activity's time zone. */
export function formatWhen(locale: Locale, instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
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
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(instant);
}

/** "6 december 2026" */
export function formatDate(locale: Locale, instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(instant);
}
