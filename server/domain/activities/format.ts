import { defaultLocale, type Locale } from '../../i18n/locale';

/**
 * The language of a project's shared rooms (the activities room, the common room): what
 * Buurtbot writes there for everyone. A project has no language setting of its own; every
 * project is Dutch (the Utrecht region), so this is Dutch only, not Dutch and English. A
 * person's private messages follow their own language setting.
 */
export function roomLocale(): Locale {
  return defaultLocale;
}

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
